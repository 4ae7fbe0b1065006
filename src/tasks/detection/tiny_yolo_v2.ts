import * as tf from '@tensorflow/tfjs-core';

/** Input sizes the network accepts (multiples of 32) and the grid each gives: S = ceil(n / 32). */
export const tinyYoloInputSizes = [224, 320, 416, 608] as const;
export type TinyYoloInputSize = (typeof tinyYoloInputSizes)[number];

/** The face detector's per-channel input mean, RGB 0-255 (face-api src/tinyFaceDetector/const.ts). */
export const tinyFaceMeanRgb = [117.001, 114.697, 97.404] as const;

/** Grid side S for an input of n pixels: five 2x2 max-pools with stride 2, 'same' padding. */
export function tinyYoloGridSize(inputSize: number): number {
  let n = inputSize - 2; // conv0 is a 3x3 'valid' convolution
  for (let i = 0; i < 5; i++) n = Math.ceil(n / 2);
  return n;
}

interface SeparableLayer {
  depthwise: tf.Tensor4D;
  pointwise: tf.Tensor4D;
  bias: tf.Tensor1D;
}

const separableLayers = ['conv1', 'conv2', 'conv3', 'conv4', 'conv5'] as const;

/**
 * Tiny YOLOv2 with depthwise-separable convolutions, as in face-api's Tiny Face Detector
 * (layer layout: @vladmandic/face-api src/tinyYolov2/TinyYolov2Base.ts, runMobilenet):
 *
 *   input (RGB − mean) / 255
 *   conv0 3x3 'valid', 3 -> 16, leaky ReLU (α = 0.1); max-pool 2x2 /2
 *   conv1..conv4 separable 3x3 'same' (16 -> 32 -> 64 -> 128 -> 256), leaky; max-pool 2x2 /2
 *   conv5 separable 3x3 'same', 256 -> 512, leaky; max-pool 2x2 /1
 *   conv8 1x1, 512 -> 25 = 5 anchors x (t_x, t_y, t_w, t_h, t_o)
 *
 * Owns the weight tensors; dispose() releases them.
 */
export class TinyYoloV2 {
  /** conv0 with the input normalisation folded in (see the constructor). */
  readonly #conv0: { filters: tf.Tensor4D; bias: tf.Tensor1D };
  readonly #separable: SeparableLayer[];
  readonly #conv8: { filters: tf.Tensor4D; bias: tf.Tensor1D };
  readonly #weights: tf.NamedTensorMap;
  /** Output channels: A x (5 + C). */
  readonly outputChannels: number;

  constructor(weights: tf.NamedTensorMap, meanRgb: readonly number[] = tinyFaceMeanRgb) {
    this.#weights = weights;
    const get = <T extends tf.Tensor>(name: string, rank: number): T => {
      const t = weights[name];
      if (!t) {
        throw new Error(
          `The Tiny YOLOv2 weights lack "${name}"; is this the tiny_face_detector manifest?`,
        );
      }
      if (t.rank !== rank) {
        throw new Error(`Tiny YOLOv2 weight "${name}" must have rank ${rank}, got [${t.shape}].`);
      }
      return t as T;
    };
    // The network expects x' = (x − mean) / 255. conv0 is linear with 'valid' padding, so
    // W * x' + b = (W / 255) * x + (b − Σ W · mean / 255): folding the normalisation into conv0
    // once is exact (black letterbox padding included) and saves two passes over every frame.
    const filters = get<tf.Tensor4D>('conv0/filters', 4);
    const bias = get<tf.Tensor1D>('conv0/bias', 1);
    this.#conv0 = tf.tidy(() => {
      const scaled = tf.div(filters, 255) as tf.Tensor4D; // [3, 3, 3, 16]
      const mean = tf.reshape(tf.tensor1d([...meanRgb]), [1, 1, 3, 1]);
      const shift = tf.sum(tf.mul(scaled, mean), [0, 1, 2]); // [16]
      return { filters: scaled, bias: tf.sub(bias, shift) as tf.Tensor1D };
    });
    this.#separable = separableLayers.map((name) => ({
      depthwise: get(`${name}/depthwise_filter`, 4),
      pointwise: get(`${name}/pointwise_filter`, 4),
      bias: get(`${name}/bias`, 1),
    }));
    this.#conv8 = { filters: get('conv8/filters', 4), bias: get('conv8/bias', 1) };
    this.outputChannels = this.#conv8.filters.shape[3];
  }

  /**
   * x: [1, n, n, 3] float32 RGB 0-255 (normalised inside, by the folded conv0).
   * Returns [1, S, S, A * (5 + C)]; the caller disposes it. `onLayer` sees each layer's output
   * ('conv0', 'pool0', ..., 'conv5', 'pool5', 'conv8') inside the computation: it must keep
   * (tf.keep) whatever it holds on to.
   */
  predict(x: tf.Tensor4D, onLayer?: (name: string, activation: tf.Tensor4D) => void): tf.Tensor4D {
    return tf.tidy(() => {
      // conv + bias + leaky ReLU (α = 0.1) as one fused op: two passes fewer per layer, about
      // 10% less time on WASM; the output moves by at most 2e-5 (summation order).
      const convLeaky = (t: tf.Tensor4D, filter: tf.Tensor4D, bias: tf.Tensor1D) =>
        tf.fused.conv2d({
          x: t,
          filter,
          strides: 1,
          pad: 'valid',
          bias,
          activation: 'leakyrelu',
          leakyreluAlpha: 0.1,
        });
      let out = convLeaky(x, this.#conv0.filters, this.#conv0.bias);
      onLayer?.('conv0', out);
      out = tf.maxPool(out, 2, 2, 'same');
      onLayer?.('pool0', out);
      for (const [i, layer] of this.#separable.entries()) {
        // Separable = depthwise 3x3 'same', then pointwise 1x1 (with the bias and activation).
        const depthwise = tf.depthwiseConv2d(out, layer.depthwise, 1, 'same');
        out = convLeaky(depthwise, layer.pointwise, layer.bias);
        onLayer?.(`conv${i + 1}`, out);
        out = tf.maxPool(out, 2, i < 4 ? 2 : 1, 'same');
        onLayer?.(`pool${i + 1}`, out);
      }
      const output = tf.fused.conv2d({
        x: out,
        filter: this.#conv8.filters,
        strides: 1,
        pad: 'valid',
        bias: this.#conv8.bias,
      });
      onLayer?.('conv8', output);
      return output;
    });
  }

  dispose(): void {
    tf.dispose([...Object.values(this.#weights), this.#conv0.filters, this.#conv0.bias]);
  }
}
