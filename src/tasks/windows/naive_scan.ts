import * as tf from '@tensorflow/tfjs-core';
import { backboneInputSize } from '../transfer/transfer_features';
import type { SoftmaxHead } from '../transfer/softmax_head';
import type { OpenedFrame } from '../../core/pixels/read_options';
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
 * x the backbone's pooled features. The backbone runs once per window (in batches). Every
 * window is cut from one reading of the frame, taken before the first batch.
 * Returns ŷ per window, in the windows' order.
 */
export async function naiveScan(
  backbone: WindowBackbone,
  head: WindowHead,
  frame: OpenedFrame,
  windows: readonly ScanWindow[],
  { batchSize = 16, onProgress }: NaiveScanOptions = {},
): Promise<number[][]> {
  const { width, height } = frame;
  // The frame's pixels as they are, [1, h, w, 3] float32 0-255.
  const { tensor } = frame.read({ outputSize: { width, height } });
  const rgb = tf.expandDims<tf.Tensor4D>(tensor, 0);
  tensor.dispose();
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
          rgb,
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
