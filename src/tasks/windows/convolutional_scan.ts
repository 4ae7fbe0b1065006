import * as tf from '@tensorflow/tfjs-core';
import { cellWindow, pooledGridSize, type PooledGrid } from '../../vision/receptive_field';
import { backboneInputSize } from '../transfer/transfer_features';
import type { OpenedFrame } from '../../core/pixels/read_options';
import { coarseCellStride, windowCells, type WindowBackbone } from './window_backbone';
import type { WindowHead } from './naive_scan';
import { pooledWindowFeatures } from './pooled_window_features';
import type { ScanWindow } from './window_scan_result';

/** One window size's convolutional scan: its grid on the frame and ŷ for every cell. */
export interface ConvolutionalScanGrid {
  grid: PooledGrid;
  rows: number;
  cols: number;
  windows: ScanWindow[];
  /** ŷ per window, row by row. */
  probabilities: number[][];
}

/**
 * The network's input size for a frame scanned with windows of `windowSize` pixels: the frame is
 * scaled so a window becomes 224 px (what the head was trained on), each side rounded to a
 * multiple of 32 and at least one window.
 */
export function scanInputSize(
  frame: { width: number; height: number },
  windowSize: number,
): { width: number; height: number } {
  const scale = backboneInputSize / windowSize;
  const side = (n: number) =>
    Math.max(backboneInputSize, Math.round((n * scale) / coarseCellStride) * coarseCellStride);
  return { width: side(frame.width), height: side(frame.height) };
}

/**
 * The convolutional implementation of sliding windows (course 12.2): the backbone runs once over
 * the whole (resized) frame; the global average pool becomes a 7 x 7 average pool with stride 1
 * and the dense head a 1x1 convolution (W [d, k] reshaped to [1, 1, d, k]), so the output is a
 * grid of ŷ, one per window, windows 32 network pixels (windowSize / 7 frame pixels) apart.
 */
export async function convolutionalScan(
  backbone: WindowBackbone,
  head: WindowHead,
  frame: OpenedFrame,
  windowSize: number,
  scale = 0,
): Promise<ConvolutionalScanGrid> {
  const input = scanInputSize(frame, windowSize);
  const grid: PooledGrid = {
    cellStride: coarseCellStride,
    windowCells,
    scaleX: input.width / frame.width,
    scaleY: input.height / frame.height,
  };
  const probabilities = tf.tidy(() => {
    // The frame read at the network's size (half-pixel centres), [1, Hn, Wn, 3] 0-255.
    const { tensor } = frame.read({ outputSize: input, border: 'replicate' });
    const resized = tf.expandDims<tf.Tensor4D>(tensor, 0);
    const [fine, coarse] = backbone.featureMaps(resized);
    const x = pooledWindowFeatures(fine, coarse, windowCells); // [1, rows, cols, 1008]
    const [d, k] = head.kernel.shape;
    const w = tf.reshape(head.kernel, [1, 1, d, k]) as tf.Tensor4D;
    const z = tf.add(tf.conv2d(x, w, 1, 'valid'), head.bias); // [1, rows, cols, k]
    return tf.softmax(z);
  });
  let values: number[][][];
  try {
    values = ((await probabilities.array()) as number[][][][])[0]!;
  } finally {
    probabilities.dispose();
  }
  const rows = pooledGridSize(input.height / coarseCellStride, windowCells);
  const cols = pooledGridSize(input.width / coarseCellStride, windowCells);
  const windows: ScanWindow[] = [];
  const flat: number[][] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      windows.push({ box: cellWindow(row, col, grid), scale, row, col });
      flat.push(values[row]![col]!);
    }
  }
  return { grid, rows, cols, windows, probabilities: flat };
}
