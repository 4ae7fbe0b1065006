import { FrameLoop, type LoopStats } from '../core/loop/frame_loop';
import type { FrameScheduler } from '../core/loop/frame_scheduler';
import type { Timed } from './lab_task';
import type { Frame } from '../core/camera/frame_source';

export interface LabSessionOptions<R> {
  scheduler: FrameScheduler;
  frame: () => Frame | null;
  /** Inference on one frame; returns plain data, never tensors. */
  run: (frame: Frame) => Promise<Timed<R>>;
  /** Draws the latest result on the overlay. Timed as the `draw` stage. */
  draw: (result: R) => void;
  visibility?: Document;
  onError: (e: unknown) => void;
}

/**
 * One lab running on one source: a frame loop that reads a frame, runs the task, draws the
 * result, and keeps the latest result and timings as reactive state for the panel and HUD.
 */
export class LabSession<R> {
  #result = $state.raw<R | null>(null);
  #stats = $state.raw<LoopStats | null>(null);
  readonly #loop: FrameLoop;

  constructor(opts: LabSessionOptions<R>) {
    this.#loop = new FrameLoop({
      scheduler: opts.scheduler,
      visibility: opts.visibility,
      onError: opts.onError,
      onStats: (s) => {
        this.#stats = s;
      },
      process: async () => {
        const frame = opts.frame();
        if (!frame || frame.width === 0) return;
        const { result, timings } = await opts.run(frame);
        const t0 = performance.now();
        opts.draw(result);
        this.#result = result;
        return { ...timings, draw: performance.now() - t0 };
      },
    });
  }

  get result(): R | null {
    return this.#result;
  }

  get stats(): LoopStats | null {
    return this.#stats;
  }

  start(): void {
    this.#loop.start();
  }

  stop(): void {
    this.#loop.stop();
  }
}
