import type * as tf from '@tensorflow/tfjs-core';
import type { StageTimings } from '../core/loop/stage_timings';

/** Anything tf.browser.fromPixels reads: a video, an image, a canvas, an ImageBitmap, raw RGBA. */
export type PixelSource = Parameters<typeof tf.browser.fromPixels>[0];

/** A frame as tasks read it: a pixel source with its size in pixels (x right, y down). */
export interface PixelFrame {
  image: PixelSource;
  width: number;
  height: number;
}

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
