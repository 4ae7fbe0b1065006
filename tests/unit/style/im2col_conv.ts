import * as tf from '@tensorflow/tfjs-core';

/**
 * Test oracle: a 'same'-padded convolution written as im2col + matMul, so autodiff gives its weight
 * gradients on WASM too (the app trains with trainable_conv.ts, which is 10x faster; this one was
 * 15 s per training step: the gradient of its 81-way concat is slow). Same as tf.conv2d SAME.
 * x [B, H, W, C_in], w [k, k, C_in, C_out] -> [B, ceil(H / s), ceil(W / s), C_out].
 */
export function im2colConv(x: tf.Tensor4D, w: tf.Tensor4D, stride: 1 | 2): tf.Tensor4D {
  return tf.tidy(() => {
    const [b, h, wd, c] = x.shape;
    const [k, , , cOut] = w.shape;
    const oh = Math.ceil(h / stride);
    const ow = Math.ceil(wd / stride);
    // TF's SAME rule: total padding max((out - 1) s + k - n, 0), the odd pixel after.
    const padH = Math.max((oh - 1) * stride + k - h, 0);
    const padW = Math.max((ow - 1) * stride + k - wd, 0);
    const top = Math.floor(padH / 2);
    const left = Math.floor(padW / 2);
    // With stride 2, one extra row and column of zeros lets every tap take a 2*out window.
    const extra = stride - 1;
    const xp = tf.pad(x, [
      [0, 0],
      [top, padH - top + extra],
      [left, padW - left + extra],
      [0, 0],
    ]);
    const taps: tf.Tensor4D[] = [];
    for (let dy = 0; dy < k; dy++) {
      for (let dx = 0; dx < k; dx++) {
        const win = tf.slice(xp, [0, dy, dx, 0], [b, oh * stride, ow * stride, c]);
        taps.push(stride === 1 ? win : everyOther(win as tf.Tensor4D));
      }
    }
    // [B, oh, ow, k*k*C_in] in (dy, dx, c) order, the order of w reshaped to [k*k*C_in, C_out].
    const patches = tf.reshape(tf.concat(taps, 3), [b * oh * ow, k * k * c]);
    const y = tf.matMul(patches, tf.reshape(w, [k * k * c, cOut]));
    return tf.reshape(y, [b, oh, ow, cOut]) as tf.Tensor4D;
  });
}

/** Rows and columns 0, 2, 4, ...: [B, 2h, 2w, C] -> [B, h, w, C], with rank-5 ops only. */
function everyOther(x: tf.Tensor4D): tf.Tensor4D {
  const [b, h2, w2, c] = x.shape;
  const h = h2 / 2;
  const w = w2 / 2;
  const split = tf.reshape(x, [b * h, 2, w, 2, c]);
  return tf.reshape(tf.slice(split, [0, 0, 0, 0, 0], [b * h, 1, w, 1, c]), [b, h, w, c]);
}
