import * as tf from '@tensorflow/tfjs-core';
import type { ModelId } from '../../core/models/catalogue';
import type { FaceEmbedder } from './face_embedder';

/**
 * The face encoding f(x) of the Faces lab: a ResNet-34-like network (29 conv layers, as in
 * dlib's face recogniser) mapping a 150x150 aligned face to 128 numbers. Built with tf ops from
 * the `face_recognition` weight manifest of @vladmandic/face-api (layer layout and mean RGB read
 * from its src/faceRecognitionNet/). Owns its weights; call dispose().
 */
export const faceInputSize = 150;
const meanRgb = [122.782, 117.001, 104.298];

interface ConvParams {
  filters: tf.Tensor4D;
  bias: tf.Tensor1D;
  scaleWeights: tf.Tensor1D;
  scaleBiases: tf.Tensor1D;
}

/** The residual blocks in order: 'same' keeps n_H x n_W x n_C, 'down' halves H, W and doubles C. */
export const residualBlocks = [
  ['conv32_1', 'same'],
  ['conv32_2', 'same'],
  ['conv32_3', 'same'],
  ['conv64_down', 'down'],
  ['conv64_1', 'same'],
  ['conv64_2', 'same'],
  ['conv64_3', 'same'],
  ['conv128_down', 'down'],
  ['conv128_1', 'same'],
  ['conv128_2', 'same'],
  ['conv256_down', 'down'],
  ['conv256_1', 'same'],
  ['conv256_2', 'same'],
  ['conv256_down_out', 'down'],
] as const;

export type ResidualBlockName = (typeof residualBlocks)[number][0];

/** What to change or read inside the network while it encodes (the Networks lab's residual part). */
export interface ResidualProbe {
  /** Blocks whose skip connection is cut: a[l+2] = g(z[l+2]) instead of g(z[l+2] + a[l]). */
  cut?: ReadonlySet<ResidualBlockName>;
  /** A block whose a[l], z[l+2] and a[l+2] are returned. */
  tap?: ResidualBlockName;
}

/** A block's input a[l], its second convolution's output z[l+2] and its output a[l+2]. */
export interface ResidualTap {
  a: tf.Tensor4D;
  z: tf.Tensor4D;
  out: tf.Tensor4D;
}

export class FaceRecognitionNet implements FaceEmbedder {
  static readonly modelId: ModelId = 'face_recognition';
  readonly id = 'face_recognition' as const;
  readonly inputSize = faceInputSize;
  readonly dimensions = 128;
  readonly #weights: tf.NamedTensorMap;

  constructor(weights: tf.NamedTensorMap) {
    for (const name of ['conv32_down/conv/filters', 'conv256_down_out/conv2/scale/biases', 'fc']) {
      if (!weights[name]) {
        throw new Error(
          `The face_recognition weights lack "${name}": is the manifest the right one?`,
        );
      }
    }
    this.#weights = weights;
  }

  /**
   * f(x) for a batch of aligned faces: [n, 150, 150, 3] RGB 0-255 -> [n, 128].
   * The caller owns the input and the output.
   */
  embed(faces: tf.Tensor4D): tf.Tensor2D {
    return this.embedProbed(faces, {}).encoding;
  }

  /**
   * f(x) with some skip connections cut, and one block's activations if `tap` names it. The caller
   * owns the input and every tensor returned.
   */
  embedProbed(
    faces: tf.Tensor4D,
    { cut, tap }: ResidualProbe,
  ): { encoding: tf.Tensor2D; tapped: ResidualTap | null } {
    let tapped: ResidualTap | null = null;
    const encoding = tf.tidy((): tf.Tensor2D => {
      const x = tf.div(tf.sub(tf.cast(faces, 'float32'), tf.tensor1d(meanRgb)), 255) as tf.Tensor4D;
      let out = this.#conv(x, 'conv32_down', 2, true, 'valid');
      out = tf.maxPool(out, 3, 2, 'valid');
      for (const [name, kind] of residualBlocks) {
        const block = kind === 'down' ? this.#residualDown(out, name) : this.#residual(out, name);
        // a[l+2] = g(z[l+2] + a[l]); with the skip cut, g(z[l+2]).
        const next = (cut?.has(name) ? tf.relu(block.z) : block.out) as tf.Tensor4D;
        if (name === tap) tapped = { a: tf.keep(out), z: tf.keep(block.z), out: tf.keep(next) };
        out = next;
      }
      const pooled = tf.mean(out, [1, 2]) as tf.Tensor2D; // [n, 256]
      return tf.matMul(pooled, this.#weights.fc as tf.Tensor2D); // [n, 128]
    });
    return { encoding, tapped };
  }

  dispose(): void {
    tf.dispose(Object.values(this.#weights));
  }

  #params(prefix: string): ConvParams {
    const w = this.#weights;
    return {
      filters: w[`${prefix}/conv/filters`] as tf.Tensor4D,
      bias: w[`${prefix}/conv/bias`] as tf.Tensor1D,
      scaleWeights: w[`${prefix}/scale/weights`] as tf.Tensor1D,
      scaleBiases: w[`${prefix}/scale/biases`] as tf.Tensor1D,
    };
  }

  /** conv -> bias -> per-channel affine "scale" layer (dlib's batch norm, folded) -> ReLU? */
  #conv(
    x: tf.Tensor4D,
    prefix: string,
    stride: 1 | 2,
    relu: boolean,
    padding: 'same' | 'valid' = 'same',
  ): tf.Tensor4D {
    const p = this.#params(prefix);
    let out = tf.add(tf.conv2d(x, p.filters, stride, padding), p.bias);
    out = tf.add(tf.mul(out, p.scaleWeights), p.scaleBiases);
    return (relu ? tf.relu(out) : out) as tf.Tensor4D;
  }

  /** z[l+2] (conv, ReLU, conv) and a[l+2] = g(z[l+2] + a[l]). */
  #residual(x: tf.Tensor4D, name: string): { z: tf.Tensor4D; out: tf.Tensor4D } {
    const z = this.#conv(this.#conv(x, `${name}/conv1`, 1, true), `${name}/conv2`, 1, false);
    return { z, out: tf.relu(tf.add(z, x)) as tf.Tensor4D };
  }

  /** A block that halves H and W: the shortcut is average-pooled and zero-padded in channels. */
  #residualDown(x: tf.Tensor4D, name: string): { z: tf.Tensor4D; out: tf.Tensor4D } {
    let out = this.#conv(x, `${name}/conv1`, 2, true, 'valid');
    out = this.#conv(out, `${name}/conv2`, 1, false);
    let shortcut = tf.avgPool(x, 2, 2, 'valid') as tf.Tensor4D;
    // A valid 3x3 stride-2 conv gives one row and column fewer than the pool on odd sizes.
    const [, ph, pw] = shortcut.shape;
    const [, oh, ow] = out.shape;
    if (oh !== ph || ow !== pw)
      out = tf.pad(out, [
        [0, 0],
        [0, ph - oh],
        [0, pw - ow],
        [0, 0],
      ]);
    const extra = out.shape[3] - shortcut.shape[3];
    if (extra > 0)
      shortcut = tf.pad(shortcut, [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, extra],
      ]);
    return { z: out, out: tf.relu(tf.add(shortcut, out)) as tf.Tensor4D };
  }
}
