import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { im2colConv } from './im2col_conv';
import { trainableConv } from '../../../src/tasks/style/trainable_conv';
import { useWasmBackend } from '../../helpers/wasm_backend';

describe('im2colConv', () => {
  beforeAll(useWasmBackend);

  it.each([
    { size: 8, k: 3, cIn: 2, cOut: 4, stride: 1 as const },
    { size: 8, k: 3, cIn: 3, cOut: 5, stride: 2 as const },
    { size: 12, k: 9, cIn: 3, cOut: 2, stride: 1 as const },
    { size: 7, k: 3, cIn: 2, cOut: 2, stride: 2 as const },
  ])(
    'matches tf.conv2d SAME ($size px, $k x $k, stride $stride)',
    ({ size, k, cIn, cOut, stride }) => {
      const x = tf.randomNormal([2, size, size, cIn], 0, 1, 'float32', 1) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, cIn, cOut], 0, 1, 'float32', 2) as tf.Tensor4D;
      const ours = im2colConv(x, w, stride);
      const theirs = tf.conv2d(x, w, stride, 'same');
      expect(ours.shape).toEqual(theirs.shape);
      expect(tf.max(tf.abs(tf.sub(ours, theirs))).dataSync()[0]).toBeLessThan(1e-4);
      tf.dispose([x, w, ours, theirs]);
    },
  );

  it('gives weight gradients on WASM equal to a hand-checked case', () => {
    // y = sum(conv(x, w)) with x all ones (3x3, one channel) and a 3x3 kernel: dy/dw_ij counts
    // the output positions where tap (i, j) lands inside the image: 4 at corners, 6 at edges, 9 at centre.
    const x = tf.ones([1, 3, 3, 1]) as tf.Tensor4D;
    const w = tf.zeros([3, 3, 1, 1]) as tf.Tensor4D;
    const g = tf.grad((wv: tf.Tensor) => tf.sum(im2colConv(x, wv as tf.Tensor4D, 1)))(w);
    expect(Array.from(g.dataSync())).toEqual([4, 6, 4, 6, 9, 6, 4, 6, 4]);
    tf.dispose([x, w, g]);
  });
});

describe('trainableConv', () => {
  beforeAll(useWasmBackend);

  it.each([
    { size: 8, k: 3, cIn: 2, cOut: 4, stride: 1 as const },
    { size: 8, k: 3, cIn: 3, cOut: 5, stride: 2 as const },
    { size: 12, k: 9, cIn: 3, cOut: 2, stride: 1 as const },
  ])(
    'has the value and both gradients of the im2col convolution ($k x $k, stride $stride)',
    ({ size, k, cIn, cOut, stride }) => {
      const x = tf.randomNormal([2, size, size, cIn], 0, 1, 'float32', 3) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, cIn, cOut], 0, 1, 'float32', 4) as tf.Tensor4D;
      const probe = tf.randomNormal(
        [2, Math.ceil(size / stride), Math.ceil(size / stride), cOut],
        0,
        1,
        'float32',
        5,
      );
      const loss = (conv: typeof im2colConv) => (a: tf.Tensor, b: tf.Tensor) =>
        tf.sum(tf.mul(conv(a as tf.Tensor4D, b as tf.Tensor4D, stride), probe));
      const [ours, theirs] = [trainableConv, im2colConv].map((c) => tf.grads(loss(c))([x, w]));
      for (const i of [0, 1]) {
        expect(tf.max(tf.abs(tf.sub(ours![i]!, theirs![i]!))).dataSync()[0]).toBeLessThan(1e-3);
      }
      tf.dispose([x, w, probe, ...ours!, ...theirs!]);
    },
  );
});
