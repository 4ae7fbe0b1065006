import * as tf from '@tensorflow/tfjs-core';
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
  const input = tf.randomUniform([1, inputSize, inputSize, 3], 0, 255) as tf.Tensor4D;
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      const out = net.predict(input);
      await out.data();
      out.dispose();
      if (i >= 3) times.push(performance.now() - t0);
    }
  } finally {
    input.dispose();
    net.dispose();
  }
  return times;
}
