import * as tf from '@tensorflow/tfjs-core';
import { dilateSpatial } from './conv_input_grad';

/**
 * tf.conv2d(x, w, stride, 'same') with gradients to both x and w built from forward
 * convolutions, so a network's weights can be trained on WASM (it lacks Conv2DBackpropFilter,
 * and its Conv2DBackpropInput is slow). x [B, H, W, C_in], w [k, k, C_in, C_out].
 *   dL/dx = conv(pad(dilate_s(dy)), w flipped in space with C_in and C_out swapped, 1, valid)
 *   dL/dw[p, q, c, o] = Σ_b Σ_i Σ_j x_pad[b, s i + p, s j + q, c] dy[b, i, j, o]
 *     = a valid convolution of x_pad (channels as the batch) with dy (batch as channels),
 *       dilated by s.
 */
export function trainableConv(x: tf.Tensor4D, w: tf.Tensor4D, stride: 1 | 2): tf.Tensor4D {
  const f = tf.customGrad((xi, wi, save) => {
    const input = xi as tf.Tensor4D;
    const filter = wi as tf.Tensor4D;
    // The inputs must be saved to be read in gradFunc (the engine may release its own copies).
    (save as tf.GradSaveFunc)([input, filter]);
    const [, h, wd] = input.shape;
    const [k] = filter.shape;
    const value = tf.conv2d(input, filter, stride, 'same');
    const [, oh, ow] = value.shape;
    // TF's SAME rule: total padding max((out - 1) s + k - n, 0), the odd pixel after.
    const padH = Math.max((oh - 1) * stride + k - h, 0);
    const padW = Math.max((ow - 1) * stride + k - wd, 0);
    const top = Math.floor(padH / 2);
    const left = Math.floor(padW / 2);
    return {
      value,
      gradFunc: (dy, saved) => {
        const g = dy as tf.Tensor4D;
        const [input, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
        // dL/dx: the transposed convolution as a forward one.
        const d = dilateSpatial(g, stride);
        const t = k - 1 - top;
        const l = k - 1 - left;
        const padded = tf.pad(d, [
          [0, 0],
          [t, h + k - 1 - d.shape[1] - t],
          [l, wd + k - 1 - d.shape[2] - l],
          [0, 0],
        ]);
        const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
        const dx = tf.conv2d(padded, flipped, 1, 'valid');
        // dL/dw: positions become the kernel, channels the batch; crop x_pad so it yields k x k.
        const xPad = tf.pad(input, [
          [0, 0],
          [top, padH - top],
          [left, padW - left],
          [0, 0],
        ]);
        const span = (o: number) => (o - 1) * stride + k;
        const xCrop = tf.slice(xPad, [0, 0, 0, 0], [-1, span(oh), span(ow), -1]);
        const xT = tf.transpose(xCrop, [3, 1, 2, 0]) as tf.Tensor4D; // [C_in, H', W', B]
        const gT = tf.transpose(g, [1, 2, 0, 3]) as tf.Tensor4D; // [oh, ow, B, C_out]
        const dwT = tf.conv2d(xT, gT, 1, 'valid', 'NHWC', stride); // [C_in, k, k, C_out]
        return [dx, tf.transpose(dwT, [1, 2, 0, 3])];
      },
    };
  });
  return f(x, w) as tf.Tensor4D;
}
