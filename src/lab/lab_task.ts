import type { StageTimings } from '../core/loop/stage_timings';
import type { PixelFrame } from '../core/pixels/pixel_frame';

/** A result with the milliseconds each stage took to make it. */
export interface Timed<R> {
  result: R;
  timings: StageTimings;
}

/**
 * A lab's inference: preprocess, infer, decode, as plain data; never tensors, never the DOM.
 * Owns its models; dispose() releases them.
 */
export interface LabTask<R> {
  run(frame: PixelFrame): Promise<Timed<R>>;
  /** Forgets what it tracked from earlier frames: a new picture went live. */
  reset?(): void;
  dispose(): void;
}
