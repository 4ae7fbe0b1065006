import * as tf from '@tensorflow/tfjs-core';
import { indexAffine } from './affine';
import type { PixelSource } from './pixel_frame';
import {
  checkDtype,
  rangeScale,
  type FrameRead,
  type OpenedFrame,
  type ReadOptions,
} from './read_options';
import { readTransform } from './read_transform';

/**
 * A frame held as a tensor, read with tf.image.transform: the path for a picture the browser
 * cannot draw on a canvas here, and for tests that build frames with tensor ops.
 */
export class TensorFrame implements OpenedFrame {
  readonly width: number;
  readonly height: number;

  /** `rgb` [h, w, 3] float32 0-255; owned (disposed with the frame) when `owns` is true. */
  constructor(
    private readonly rgb: tf.Tensor3D,
    private readonly owns = true,
  ) {
    [this.height, this.width] = rgb.shape;
  }

  static fromPixels(image: PixelSource): TensorFrame {
    return new TensorFrame(
      tf.tidy(() => tf.cast(tf.browser.fromPixels(image, 3), 'float32')) as tf.Tensor3D,
    );
  }

  read(options: ReadOptions): FrameRead {
    checkDtype(options);
    const transform = readTransform(this, options);
    const { width, height } = options.outputSize;
    const fill = options.border === 'replicate' ? 'nearest' : 'constant';
    const tensor = tf.tidy(() => {
      const image = tf.expandDims(this.rgb, 0) as tf.Tensor4D;
      const m = tf.tensor2d([[...indexAffine(transform.toFrame), 0, 0]]);
      const out = tf.image.transform(image, m, 'bilinear', fill, 0, [height, width]);
      return asRead(tf.squeeze(out, [0]) as tf.Tensor3D, options);
    });
    return { tensor, transform };
  }

  /** The whole frame, [h, w, 3] float32 0-255, owned by this frame. */
  full(): tf.Tensor3D {
    return this.rgb;
  }

  dispose(): void {
    if (this.owns) this.rgb.dispose();
  }
}

/**
 * A float32 0-255 read as `options` asks: in its `range`, or whole int32 values (truncated).
 * For the tensor paths (tf.image.transform, WebGL's canvas read); call inside tf.tidy.
 */
export function asRead(
  rgb: tf.Tensor3D,
  { range, dtype }: Pick<ReadOptions, 'range' | 'dtype'>,
): tf.Tensor3D {
  if (dtype === 'int32') return tf.cast(rgb, 'int32');
  const { scale, offset } = rangeScale(range);
  return scale === 1 && offset === 0 ? rgb : (tf.add(tf.mul(rgb, scale), offset) as tf.Tensor3D);
}
