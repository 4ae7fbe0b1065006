import * as tf from '@tensorflow/tfjs-core';
import type { HeadWeights } from './softmax_head';

/**
 * The trained dense head as a 1x1 convolution (course 4, week 3: turning FC layers into
 * convolutional layers): filter [1, 1, d, k] and bias [k]. Applied to a backbone feature map
 * [n, h, w, d] it gives the head's logits z at every position, [n, h, w, k], as the Detection lab's
 * convolutional sliding windows need. W [d, k] row-major already has the filter's memory layout.
 * The caller disposes the tensors.
 */
export function headAsConvolution(head: HeadWeights): { filter: tf.Tensor4D; bias: tf.Tensor1D } {
  return {
    filter: tf.tensor4d(head.kernel, [1, 1, head.inputSize, head.classCount]),
    bias: tf.tensor1d(head.bias),
  };
}
