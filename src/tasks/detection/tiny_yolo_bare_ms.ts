import type * as tf from '@tensorflow/tfjs-core';
import { bareTimes } from '../../core/models/bare_timer';
import { TinyYoloV2 } from './tiny_yolo_v2';

/**
 * The bare Tiny YOLOv2 time for the bench: milliseconds of predict + reading the output, per run,
 * on random RGB 0-255 input of n x n, after 3 untimed runs. Disposes the weights it is given.
 * (tiny_face_detector is a weight manifest, so the bench's graph-model timer cannot load it.)
 */
export async function tinyYoloBareMs(
  weights: tf.NamedTensorMap,
  runs: number,
  inputSize = 416,
): Promise<number[]> {
  const net = new TinyYoloV2(weights);
  try {
    return await bareTimes(
      (x) => net.predict(x as tf.Tensor4D),
      [1, inputSize, inputSize, 3],
      runs,
    );
  } finally {
    net.dispose();
  }
}
