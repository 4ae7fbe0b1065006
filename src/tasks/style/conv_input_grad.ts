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

export function conv2dInputGrad(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  stride: number,
  padding: Padding,
): tf.Tensor4D {
  const [kh, kw] = filter.shape;
  const f = tf.customGrad((input) => {
    const value = tf.conv2d(input as tf.Tensor4D, filter, stride, padding);
    return {
      value,
      gradFunc: (dy) => {
        const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
        const padded = padForInputGrad(
          dy as tf.Tensor4D,
          (input as tf.Tensor4D).shape,
          [kh, kw],
          stride,
          padding,
        );
        return tf.conv2d(padded, flipped as tf.Tensor4D, 1, 'valid');
      },
    };
  });
  return f(x) as tf.Tensor4D;
}

export function depthwiseConv2dInputGrad(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  stride: number,
  padding: Padding,
): tf.Tensor4D {
  const [kh, kw] = filter.shape;
  const f = tf.customGrad((input) => {
    const value = tf.depthwiseConv2d(input as tf.Tensor4D, filter, stride, padding);
    return {
      value,
      gradFunc: (dy) => {
        const flipped = tf.reverse(filter, [0, 1]) as tf.Tensor4D;
        const padded = padForInputGrad(
          dy as tf.Tensor4D,
          (input as tf.Tensor4D).shape,
          [kh, kw],
          stride,
          padding,
        );
        return tf.depthwiseConv2d(padded, flipped, 1, 'valid');
      },
    };
  });
  return f(x) as tf.Tensor4D;
}
