import { FrameLoop, type LoopStats } from '../core/loop/frame_loop';
import { throttleLatest } from '../core/loop/throttle';
import { Loadable, type LoadPhase, type ProgressCallback } from '../core/models/loadable.svelte';
import { framePointFromClient, presenterMinUnit, type OverlayView } from '../render/overlay_view';
import { shownWidthOf } from '../render/shown_width';
import type { LabContext } from './lab_context';
import type { LabTask } from './lab_task';

export type { LabContext, LabSource, PresenterHooks, Stepper } from './lab_context';
export type { LoadPhase, ProgressCallback };

export type DrawResult<R> = (ctx: CanvasRenderingContext2D, result: R, view: OverlayView) => void;

/**
 * The life of one lab: load its task (with progress), run it in a frame loop on the current
 * source whenever a picture is live, draw each result on the overlay, dispose everything on leave.
 * The latest result (at most every 100 ms) and timings are reactive state for the panel and HUD,
 * null while no picture is live. Call `bind()` once while the lab component initialises.
 */
export class LabRuntime<R, T extends LabTask<R> = LabTask<R>> {
  readonly #task = new Loadable<T>((task) => task.dispose());
  /** The loop on the live picture; a new picture gets a new loop. */
  #loop: FrameLoop | null = null;
  #result = $state.raw<R | null>(null);
  #stats = $state.raw<LoopStats | null>(null);

  constructor(
    private readonly ctx: LabContext,
    private readonly create: (onProgress: ProgressCallback) => Promise<T>,
    private readonly draw: DrawResult<R>,
  ) {}

  get phase(): LoadPhase {
    return this.#task.phase;
  }

  get result(): R | null {
    return this.#result;
  }

  get stats(): LoopStats | null {
    return this.#stats;
  }

  /** The loaded task (to tune it: its options take effect from the next frame), else null. */
  get task(): T | null {
    return this.#task.value;
  }

  /**
   * Calls `onPoint` with the source-frame pixel under each pointer press on the stage (the
   * current frame's size, undoing the selfie mirror). Returns the cleanup: call it from an
   * `$effect`.
   */
  onFramePointer(onPoint: (point: FramePoint, view: OverlayView) => void): () => void {
    const { source } = this.ctx;
    return onFramePointer(this.ctx, onPoint, () => {
      const frame = source.frame();
      return frame && { width: frame.width, height: frame.height, mirror: source.mirrored };
    });
  }

  /** Loads on mount, (re)starts the loop whenever a new picture goes live, disposes on unmount. */
  bind(): void {
    $effect(() => {
      void this.load();
      return () => this.dispose();
    });
    $effect(() => {
      void this.ctx.source.epoch;
      if (this.phase.kind !== 'ready' || !this.ctx.source.live) return;
      return this.#start();
    });
  }

  async load(): Promise<void> {
    await this.#task.load(this.create);
  }

  dispose(): void {
    this.#task.dispose();
  }

  /**
   * One picture's loop: for each frame, run the task, then draw its result (timed as `draw`).
   * Returns the cleanup, which stops the loop and clears the overlay.
   */
  #start(): () => void {
    const task = this.#task.value;
    const { source, overlay } = this.ctx;
    const ctx2d = overlay.getContext('2d');
    if (!task || !ctx2d) throw new Error('This browser cannot draw on a canvas.');
    // A new picture: nothing tracked in the last one carries over (faces, hands, smoothing).
    task.reset?.();
    const draw = (result: R) => {
      const frame = source.frame();
      const view = overlayViewOf(
        this.ctx,
        frame?.width ?? overlay.width,
        frame?.height ?? overlay.height,
        source.mirrored,
      );
      if (overlay.width !== view.width) overlay.width = view.width;
      if (overlay.height !== view.height) overlay.height = view.height;
      ctx2d.clearRect(0, 0, view.width, view.height);
      drawOverlay(ctx2d, view, this.ctx.presenter.on, () => this.draw(ctx2d, result, view));
    };
    // The panel follows the results at most every 100 ms, from a timer: its update (Svelte's, of
    // the course view and the result's text) stays out of the frames and runs a third as often
    // (0.3-0.7 ms a landmarks frame when it ran in every frame). The overlay shows every frame.
    const publish = throttleLatest<R>(
      (result) => {
        if (this.#loop === loop) this.#result = result;
      },
      100,
      { leading: false },
    );
    const loop: FrameLoop = new FrameLoop({
      scheduler: source.scheduler(),
      visibility: document,
      onError: this.ctx.onError,
      onStats: (s) => {
        this.#stats = s; // never after stop(): the loop drops a late frame's stats
      },
      process: async () => {
        const frame = source.frame();
        if (!frame || frame.width === 0) return;
        const { result, timings } = await task.run(frame);
        const t0 = performance.now();
        draw(result);
        // A frame that finishes after its picture went is drawn but not kept.
        if (this.#loop === loop) publish.push(result);
        return { ...timings, draw: performance.now() - t0 };
      },
    });
    this.#loop = loop;
    this.#result = null;
    this.#stats = null;
    loop.start();
    return () => {
      loop.stop();
      publish.cancel();
      if (this.#loop === loop) {
        this.#loop = null;
        this.#result = null;
        this.#stats = null;
      }
      ctx2d.clearRect(0, 0, overlay.width, overlay.height);
    };
  }
}

/** A point in source-frame pixels, x right, y down. */
export interface FramePoint {
  x: number;
  y: number;
}

/**
 * Pointer presses on the stage (the element showing the whole frame) as source-frame pixels of
 * the frame `view()` describes (null: nothing shown, the press is ignored). Returns the cleanup.
 */
export function onFramePointer(
  lab: Pick<LabContext, 'stage'>,
  onPoint: (point: FramePoint, view: OverlayView) => void,
  view: () => OverlayView | null,
): () => void {
  const { stage } = lab;
  const onDown = (e: PointerEvent) => {
    const v = view();
    if (v) onPoint(framePointFromClient(v, stage.getBoundingClientRect(), e.clientX, e.clientY), v);
  };
  stage.addEventListener('pointerdown', onDown);
  return () => stage.removeEventListener('pointerdown', onDown);
}

/**
 * The overlay's view of a `width` x `height` frame; in presenter mode with the least unit that
 * reads from the back of the room at the size the overlay is shown.
 */
export function overlayViewOf(
  lab: Pick<LabContext, 'overlay' | 'presenter'>,
  width: number,
  height: number,
  mirror: boolean,
): OverlayView {
  const cssWidth = shownWidthOf(lab.overlay);
  const view: OverlayView = { width, height, mirror, cssWidth };
  if (lab.presenter.on) view.minUnit = presenterMinUnit(width, cssWidth);
  return view;
}

/**
 * Runs a lab's drawing; in presenter mode every line and label gets a dark drop shadow, so
 * thin bright strokes keep their contrast on a washed-out projector picture.
 */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  view: OverlayView,
  presenting: boolean,
  draw: () => void,
): void {
  if (!presenting) return draw();
  ctx.save();
  const offset = Math.max(1, (view.minUnit ?? 1) * 0.5);
  ctx.shadowColor = 'rgba(0, 0, 0, 0.9)';
  ctx.shadowOffsetX = offset;
  ctx.shadowOffsetY = offset;
  try {
    draw();
  } finally {
    ctx.restore();
  }
}

/** Sums the progress of several files or models loaded one after another. */
export function combinedProgress(
  onProgress: ProgressCallback,
  parts: number,
): (index: number) => ProgressCallback {
  const loaded = new Array<number>(parts).fill(0);
  const totals = new Array<number>(parts).fill(0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return (index) => (l, t) => {
    loaded[index] = l;
    totals[index] = t;
    onProgress(sum(loaded), sum(totals));
  };
}
