import type * as tf from '@tensorflow/tfjs-core';

/** Anything tf.browser.fromPixels reads: a video, an image, a canvas, an ImageBitmap, raw RGBA. */
export type PixelSource = Parameters<typeof tf.browser.fromPixels>[0];

/** A frame as tasks read it: a pixel source with its size in pixels (x right, y down). */
export interface PixelFrame {
  image: PixelSource;
  width: number;
  height: number;
}
