import * as tf from '@tensorflow/tfjs-core';
import type { ModelId } from '../../core/models/catalogue';

/** Input side of face-api's 68-point net, in pixels. */
export const face68InputSize = 112;

/** Mean RGB subtracted before dividing by 255 (face-api's FaceFeatureExtractor). */
export const face68MeanRgb = [122.782, 117.001, 104.298] as const;

const blocks = ['dense0', 'dense1', 'dense2', 'dense3'] as const;

/** Every tensor name the net reads from its weight manifest. */
export function face68WeightNames(): string[] {
  const names: string[] = ['dense0/conv0/filters', 'dense0/conv0/bias'];
  for (const block of blocks) {
    for (let c = block === 'dense0' ? 1 : 0; c < 4; c++) {
      const conv = `${block}/conv${c}`;
      names.push(`${conv}/depthwise_filter`, `${conv}/pointwise_filter`, `${conv}/bias`);
    }
  }
  names.push('fc/weights', 'fc/bias');
  return names;
}

/**
 * face-api's FaceLandmark68Net written with tf ops from its weight map: four dense blocks
 * (each: a stride-2 convolution, then three depthwise-separable 3x3 convolutions whose inputs
 * are the sums of all earlier outputs of the block), 112 -> 56 -> 28 -> 14 -> 7 px,
 * a 7x7 average pool, and a fully connected layer regressing 68 (x, y) pairs in [0, 1]:
 * the course's landmark output vector (l1x, l1y, ..., l68x, l68y).
 * Owns the weight tensors.
 */
/** Sees an inner activation [n, h, w, c] by its layer's name, during a forward pass. */
export type LayerTap = (name: string, activation: tf.Tensor4D) => void;

export class Face68Net {
  static readonly modelId: ModelId = 'face_landmark_68';

  constructor(private readonly weights: tf.NamedTensorMap) {
    const missing = face68WeightNames().filter((n) => !weights[n]);
    if (missing.length > 0) {
      throw new Error(
        `The face_landmark_68 weights lack ${missing.join(', ')}; is it the right manifest?`,
      );
    }
  }

  /**
   * Crops [n, 112, 112, 3] in RGB 0-255 -> [n, 136]: x, y interleaved in [0, 1] of the crop.
   * `onLayer` sees each convolution's output ('dense0/conv0' ... 'dense3/conv3') and the pool's
   * ('avg_pool') inside the computation: it must keep (tf.keep) whatever it holds on to.
   */
  predict(crops: tf.Tensor4D, onLayer?: LayerTap): tf.Tensor2D {
    return tf.tidy(() => {
      const x = tf.div(tf.sub(crops, tf.tensor1d([...face68MeanRgb])), 255) as tf.Tensor4D;
      let out = x;
      for (const block of blocks) out = this.#denseBlock(out, block, onLayer);
      const pooled = tf.avgPool(out, [7, 7], [2, 2], 'valid'); // [n, 1, 1, 256]
      onLayer?.('avg_pool', pooled);
      const flat = tf.reshape(pooled, [pooled.shape[0], -1]) as tf.Tensor2D;
      return tf.add(tf.matMul(flat, this.#w('fc/weights') as tf.Tensor2D), this.#w('fc/bias'));
    });
  }

  dispose(): void {
    tf.dispose(Object.values(this.weights));
  }

  #w(name: string): tf.Tensor {
    return this.weights[name]!;
  }

  #separable(x: tf.Tensor4D, conv: string, stride: 1 | 2): tf.Tensor4D {
    const out = tf.separableConv2d(
      x,
      this.#w(`${conv}/depthwise_filter`) as tf.Tensor4D,
      this.#w(`${conv}/pointwise_filter`) as tf.Tensor4D,
      stride,
      'same',
    );
    return tf.add(out, this.#w(`${conv}/bias`));
  }

  #denseBlock(x: tf.Tensor4D, block: string, onLayer?: LayerTap): tf.Tensor4D {
    const first =
      block === 'dense0'
        ? tf.add(
            tf.conv2d(x, this.#w('dense0/conv0/filters') as tf.Tensor4D, 2, 'same'),
            this.#w('dense0/conv0/bias'),
          )
        : this.#separable(x, `${block}/conv0`, 2);
    const out1 = tf.relu(first) as tf.Tensor4D;
    const out2 = this.#separable(out1, `${block}/conv1`, 1);
    const in3 = tf.relu(tf.add(out1, out2)) as tf.Tensor4D;
    const out3 = this.#separable(in3, `${block}/conv2`, 1);
    const in4 = tf.relu(tf.add(out1, tf.add(out2, out3))) as tf.Tensor4D;
    const out4 = this.#separable(in4, `${block}/conv3`, 1);
    if (onLayer) {
      for (const [i, t] of [out1, out2, out3, out4].entries()) onLayer(`${block}/conv${i}`, t);
    }
    return tf.relu(tf.add(out1, tf.add(out2, tf.add(out3, out4)))) as tf.Tensor4D;
  }
}
