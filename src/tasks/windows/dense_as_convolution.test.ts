import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { denseAfterGlobalPool, denseAsConvolution } from './dense_as_convolution';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('dense head after global pooling == avgPool(f, stride 1) + 1x1 convolution', () => {
  it.each([
    // H, W, d, k classes, f window cells
    [7, 7, 16, 2, 7],
    [9, 11, 16, 2, 3],
    [10, 14, 64, 3, 7],
    [5, 6, 1008, 2, 2],
  ])('a %ix%i map of %i channels, %i classes, windows of %i cells', (h, w, d, k, f) => {
    const features = tf.randomUniform([1, h, w, d], 0, 4, 'float32', 7) as tf.Tensor4D;
    const kernel = tf.randomNormal([d, k], 0, 0.1, 'float32', 8) as tf.Tensor2D;
    const bias = tf.randomNormal([k], 0, 1, 'float32', 9) as tf.Tensor1D;
    const grid = denseAsConvolution(features, kernel, bias, f);
    expect(grid.shape).toEqual([1, h - f + 1, w - f + 1, k]);
    const convolutional = grid.arraySync()[0]!;
    for (let r = 0; r <= h - f; r++) {
      for (let c = 0; c <= w - f; c++) {
        const window = tf.slice(features, [0, r, c, 0], [1, f, f, d]);
        const dense = denseAfterGlobalPool(window, kernel, bias);
        const want = dense.arraySync()[0]!;
        want.forEach((z, j) => expect(Math.abs(convolutional[r]![c]![j]! - z)).toBeLessThan(1e-4));
        tf.dispose([window, dense]);
      }
    }
    tf.dispose([features, kernel, bias, grid]);
  });

  it('leaks no tensors', () => {
    const features = tf.ones([1, 8, 8, 4]) as tf.Tensor4D;
    const kernel = tf.ones([4, 2]) as tf.Tensor2D;
    const bias = tf.zeros([2]) as tf.Tensor1D;
    const before = tf.memory().numTensors;
    denseAsConvolution(features, kernel, bias, 3).dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([features, kernel, bias]);
  });

  it.each<[[number, number, number, number], [number, number], number, string]>([
    [[1, 8, 8, 4], [5, 2], 3, 'The head takes 5 features; the map has 4 channels.'],
    [[1, 8, 6, 4], [4, 2], 7, 'A window of 7 cells does not fit in a 8x6 feature map.'],
    [[1, 8, 8, 4], [4, 2], 0, 'A window of 0 cells does not fit in a 8x8 feature map.'],
  ])('map %j, W %j, f=%i is refused', (mapShape, kernelShape, f, message) => {
    const features = tf.zeros(mapShape) as tf.Tensor4D;
    const kernel = tf.zeros(kernelShape) as tf.Tensor2D;
    const bias = tf.zeros([kernelShape[1]!]) as tf.Tensor1D;
    expect(() => denseAsConvolution(features, kernel, bias, f)).toThrow(message);
    tf.dispose([features, kernel, bias]);
  });
});
