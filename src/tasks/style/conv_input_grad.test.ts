import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dInputGrad, depthwiseConv2dInputGrad, dilateSpatial } from './conv_input_grad';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  return (await tf.max(tf.abs(tf.sub(a, b))).data())[0]!;
}

describe('dilateSpatial', () => {
  it('inserts zeros between rows and columns', async () => {
    const x = tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);
    expect(await tf.squeeze(dilateSpatial(x, 2)).array()).toEqual([
      [1, 0, 2],
      [0, 0, 0],
      [3, 0, 4],
    ]);
  });
});

// Against TF.js's own gradients (the CPU backend has every backprop kernel).
describe.each([
  // input h, w, kernel, stride, padding
  [8, 8, 3, 1, 'same'],
  [8, 8, 3, 2, 'same'],
  [9, 7, 3, 2, 'same'],
  [9, 9, 3, 2, 'valid'],
  [8, 8, 1, 1, 'same'],
  [10, 10, 5, 2, 'same'],
] as const)('input %ix%i, kernel %i, stride %i, %s', (h, w, k, s, padding) => {
  it('conv2d: the same dL/dx as tf.grad', async () => {
    const x = tf.randomNormal([1, h, w, 3]) as tf.Tensor4D;
    const filter = tf.randomNormal([k, k, 3, 4]) as tf.Tensor4D;
    const weights = tf.randomNormal(tf.conv2d(x, filter, s, padding).shape);
    const ours = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.mul(conv2dInputGrad(t as tf.Tensor4D, filter, s, padding), weights)),
    )(x);
    const theirs = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.mul(tf.conv2d(t as tf.Tensor4D, filter, s, padding), weights)),
    )(x);
    expect(await maxAbsDiff(ours, theirs)).toBeLessThan(1e-4);
  });

  it('depthwise: the same dL/dx as tf.grad', async () => {
    const x = tf.randomNormal([1, h, w, 3]) as tf.Tensor4D;
    const filter = tf.randomNormal([k, k, 3, 1]) as tf.Tensor4D;
    const weights = tf.randomNormal(tf.depthwiseConv2d(x, filter, s, padding).shape);
    const ours = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.mul(depthwiseConv2dInputGrad(t as tf.Tensor4D, filter, s, padding), weights)),
    )(x);
    const theirs = tf.grad((t: tf.Tensor) =>
      tf.sum(tf.mul(tf.depthwiseConv2d(t as tf.Tensor4D, filter, s, padding), weights)),
    )(x);
    expect(await maxAbsDiff(ours, theirs)).toBeLessThan(1e-4);
  });
});
