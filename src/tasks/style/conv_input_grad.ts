import * as tf from '@tensorflow/tfjs-core';
// Autodiff needs each op's gradient registered; tfjs-core alone registers none.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

/**
 * Convolutions whose gradient flows to their input only (the weights are frozen), computed with
 * forward convolutions of flipped weights. Needed because WASM lacks the backprop kernels
 * (Conv2DBackpropFilter, DepthwiseConv2dNativeBackpropInput/Filter) and its
 * Conv2DBackpropInput is 3-15x slower than a forward convolution.
 * Tensors NHWC; weights [k_h, k_w, c_in, c_out] (conv) or [k_h, k_w, c, 1] (depthwise).
 */
export type Padding = 'same' | 'valid';

/** Inserts s - 1 zeros between rows and between columns: [b, h, w, c] -> [b, (h-1)s+1, (w-1)s+1, c]. */
export function dilateSpatial(x: tf.Tensor4D, s: number): tf.Tensor4D {
  if (s === 1) return x;
  return tf.tidy(() => {
    const [b, h, w, c] = x.shape;
    const zeros = tf.zerosLike(x);
    const cols = tf.stack([x, ...Array<tf.Tensor4D>(s - 1).fill(zeros)], 3); // [b, h, w, s, c]
    const wide = tf.slice(tf.reshape(cols, [b, h, w * s, c]), 0, [
      b,
      h,
      (w - 1) * s + 1,
      c,
    ]) as tf.Tensor4D;
    const zw = tf.zerosLike(wide);
    const rows = tf.stack([wide, ...Array<tf.Tensor4D>(s - 1).fill(zw)], 2); // [b, h, s, w', c]
    const tall = tf.reshape(rows, [b, h * s, (w - 1) * s + 1, c]);
    return tf.slice(tall, 0, [b, (h - 1) * s + 1, (w - 1) * s + 1, c]) as tf.Tensor4D;
  });
}

/** Padding before the input for TF's SAME rule (extra pixel after), or 0 for VALID. */
function padBefore(n: number, k: number, s: number, out: number, padding: Padding): number {
  return padding === 'same' ? Math.floor(Math.max((out - 1) * s + k - n, 0) / 2) : 0;
}

/**
 * dL/dx from dL/dy: dilate dy by the stride, pad it so a VALID convolution with the spatially
 * flipped kernel gives back the input's size.
 */
function padForInputGrad(
  dy: tf.Tensor4D,
  inShape: readonly number[],
  k: [number, number],
  s: number,
  padding: Padding,
): tf.Tensor4D {
  const [, nh, nw] = inShape as [number, number, number, number];
  const [, oh, ow] = dy.shape;
  const d = dilateSpatial(dy, s);
  const top = k[0] - 1 - padBefore(nh, k[0], s, oh, padding);
  const left = k[1] - 1 - padBefore(nw, k[1], s, ow, padding);
  const bottom = nh + k[0] - 1 - d.shape[1] - top;
  const right = nw + k[1] - 1 - d.shape[2] - left;
  return tf.pad(d, [
    [0, 0],
    [top, bottom],
    [left, right],
    [0, 0],
  ]);
}

type Conv = (x: tf.Tensor4D, filter: tf.Tensor4D, stride: number, padding: Padding) => tf.Tensor4D;

/**
 * `conv(x)` whose gradient flows to x only: dL/dx = conv(pad(dilate(dy)), flipped, 1, valid),
 * the transposed convolution written as a forward one.
 */
function withInputGrad(conv: Conv, flip: (f: tf.Tensor4D) => tf.Tensor4D): Conv {
  return (x, filter, stride, padding) => {
    const [kh, kw] = filter.shape;
    const f = tf.customGrad((input) => {
      const inputShape = (input as tf.Tensor4D).shape;
      return {
        value: conv(input as tf.Tensor4D, filter, stride, padding),
        gradFunc: (dy) => {
          const padded = padForInputGrad(dy as tf.Tensor4D, inputShape, [kh, kw], stride, padding);
          return conv(padded, flip(filter), 1, 'valid');
        },
      };
    });
    return f(x) as tf.Tensor4D;
  };
}

/** tf.conv2d, differentiable in its input: kernels flipped in space, in/out channels swapped. */
export const conv2dInputGrad = withInputGrad(
  (x, f, s, p) => tf.conv2d(x, f, s, p),
  (f) => tf.transpose(tf.reverse(f, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D,
);

/** tf.depthwiseConv2d, differentiable in its input: each channel's kernel flipped in space. */
export const depthwiseConv2dInputGrad = withInputGrad(
  (x, f, s, p) => tf.depthwiseConv2d(x, f, s, p),
  (f) => tf.reverse(f, [0, 1]) as tf.Tensor4D,
);
