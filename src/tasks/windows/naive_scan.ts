import * as tf from '@tensorflow/tfjs-core';
import { backboneInputSize } from '../transfer/transfer_features';
import type { SoftmaxHead } from '../transfer/softmax_head';
import type { PixelSource } from '../task';
import type { WindowBackbone } from './window_backbone';
import type { ScanWindow } from './window_scan_result';

export type WindowHead = Pick<SoftmaxHead, 'kernel' | 'bias'>;

export interface NaiveScanOptions {
  /** Windows per backbone batch (memory vs speed); default 16. */
  batchSize?: number;
  /** Called after each batch with how many windows are done. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The naive sliding-window detector (course 12.2): every window is cropped out of the frame,
 * resized to the backbone's 224 x 224 input and classified on its own: ŷ = softmax(x W + b),
 * x the backbone's pooled features. The backbone runs once per window (in batches).
 * Returns ŷ per window, in the windows' order.
 */
export async function naiveScan(
  backbone: WindowBackbone,
  head: WindowHead,
  image: PixelSource,
  frame: { width: number; height: number },
  windows: readonly ScanWindow[],
  { batchSize = 16, onProgress }: NaiveScanOptions = {},
): Promise<number[][]> {
  const { width, height } = frame;
  const rgb = tf.tidy(() => tf.expandDims(tf.cast(tf.browser.fromPixels(image, 3), 'float32'), 0));
  const out: number[][] = [];
  try {
    for (let start = 0; start < windows.length; start += batchSize) {
      const batch = windows.slice(start, start + batchSize);
      const probabilities = tf.tidy(() => {
        // boxes as [y1, x1, y2, x2] in 0..1 of the frame (cropAndResize's convention)
        const boxes = batch.map(({ box }) => [
          box.y1 / height,
          box.x1 / width,
          box.y2 / height,
          box.x2 / width,
        ]);
        const crops = tf.image.cropAndResize(
          rgb as tf.Tensor4D,
          boxes,
          batch.map(() => 0),
          [backboneInputSize, backboneInputSize],
        ); // [b, 224, 224, 3]
        const x = backbone.crops.features(crops); // [b, 1008]
        return tf.softmax(tf.add(tf.matMul(x, head.kernel), head.bias)); // [b, k]
      });
      try {
        out.push(...((await probabilities.array()) as number[][]));
      } finally {
        probabilities.dispose();
      }
      onProgress?.(out.length, windows.length);
    }
  } finally {
    rgb.dispose();
  }
  return out;
}
