import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { headAsConvolution } from './head_as_convolution';
import { SoftmaxHead } from './softmax_head';

describe('headAsConvolution', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('gives, at every position of a feature map, the dense head applied to that position', () => {
    const head = SoftmaxHead.initial(5, 3, 4);
    const weights = head.weights();
    const map = tf.randomUniform([1, 2, 3, 5], -1, 1, 'float32', 9) as tf.Tensor4D; // [n, h, w, d]
    const { filter, bias } = headAsConvolution(weights);
    const conv = tf.tidy(() => tf.add(tf.conv2d(map, filter, 1, 'valid'), bias).arraySync()); // [1, 2, 3, 3]
    const dense = tf.tidy(() => head.logits(tf.reshape(map, [6, 5]) as tf.Tensor2D).arraySync()); // [6, 3]
    (conv as number[][][][])[0]!.flat().forEach((z, i) => {
      z.forEach((v, j) => expect(v).toBeCloseTo(dense[i]![j]!, 5));
    });
    tf.dispose([map, filter, bias]);
    head.dispose();
  });
});
