import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import type { PixelSource } from '../task';

/** The pooled feature length d: 528 (expanded_conv_11's squeeze-excite) + 480 (extern1). */
export const featureSize = 1008;

/** Side of the square the backbone sees, in pixels. */
export const backboneInputSize = 224;

/**
 * The two inner nodes of centernet's MobileNetV3 whose pooled activations are the features
 * (chosen by the leave-one-source-out benchmark in issue #9 and tests/unit/transfer).
 */
export const backboneNodes = [
  'tower_0/MobilenetV3/expanded_conv_11/squeeze_excite/mul', // [n, 14, 14, 528] at 224 px
  'tower_0/extern1/hard_swish/mul_1', // [n, 7, 7, 480] at 224 px
] as const;

/** A crop of the frame as fractions of its width and height, and whether to mirror it. */
export interface ViewBox {
  /** [y1, x1, y2, x2] in 0..1 of the frame (tf.image.cropAndResize's convention). */
  box: [number, number, number, number];
  flip: boolean;
  /** Multiplies the pixel values (brightness augmentation); 1 leaves them. */
  brightness: number;
}

/** The largest centred square of a width x height frame, as a ViewBox. */
export function centreSquare(width: number, height: number): ViewBox {
  const side = Math.min(width, height);
  const y1 = (height - side) / 2 / height;
  const x1 = (width - side) / 2 / width;
  return { box: [y1, x1, 1 - y1, 1 - x1], flip: false, brightness: 1 };
}

/**
 * The frozen backbone of the Transfer lab: centernet's MobileNetV3 (COCO), run up to two inner
 * nodes on a 224x224 crop of raw 0-255 RGB; each output is global-average-pooled over H and W
 * and L2-normalised, then the two are concatenated: x = [x_11 / ||x_11||, x_e / ||x_e||], 1008-d.
 * No gradients flow through it: only the head is trained. Owns its GraphModel.
 */
export class BackboneFeatures {
  static readonly modelId: ModelId = 'centernet';
  /** The input placeholder's shape to load the graph with, so it runs at 224 px and in batches. */
  static readonly inputShape = [-1, -1, -1, 3];

  constructor(private readonly model: GraphModel) {}

  /** Features of one view of the frame per ViewBox (default: its centred square), [views][1008]. */
  async extract(
    image: PixelSource,
    width: number,
    height: number,
    views: readonly ViewBox[] = [centreSquare(width, height)],
  ): Promise<Float32Array[]> {
    const features = tf.tidy(() => this.features(cropViews(image, views)));
    try {
      const data = (await features.data()) as Float32Array;
      return views.map((_, i) => data.slice(i * featureSize, (i + 1) * featureSize));
    } finally {
      features.dispose();
    }
  }

  /** Runs the backbone once on zeros so the first real frame does not pay for compilation. */
  warmUp(): void {
    // The tidy returns nothing, so it disposes the features too (a returned tensor would be kept).
    tf.tidy(() => {
      this.features(tf.zeros([1, backboneInputSize, backboneInputSize, 3]));
    });
  }

  /** [n, 224, 224, 3] raw 0-255 floats -> [n, 1008] features. */
  features(input: tf.Tensor4D): tf.Tensor2D {
    return tf.tidy(() => {
      const outputs = this.model.execute(input, [...backboneNodes]) as tf.Tensor4D[];
      const pooled = outputs.map((o) => {
        const mean = tf.mean(o, [1, 2]); // global average pooling, [n, c]
        return tf.div(mean, tf.maximum(tf.norm(mean, 'euclidean', 1, true), 1e-12));
      });
      return tf.concat(pooled, 1) as tf.Tensor2D;
    });
  }

  dispose(): void {
    this.model.dispose();
  }
}

/** [views, 224, 224, 3] float32 0-255: each view cropped, resized, optionally mirrored and brightened. */
export function cropViews(image: PixelSource, views: readonly ViewBox[]): tf.Tensor4D {
  return tf.tidy(() => {
    const rgb = tf.expandDims(
      tf.cast(tf.browser.fromPixels(image, 3), 'float32'),
      0,
    ) as tf.Tensor4D;
    const crops = tf.image.cropAndResize(
      rgb,
      views.map((v) => v.box),
      views.map(() => 0),
      [backboneInputSize, backboneInputSize],
    );
    const each = tf.unstack(crops).map((crop, i) => {
      const { flip, brightness } = views[i]!;
      const mirrored = flip ? tf.reverse(crop, 1) : crop;
      return brightness === 1 ? mirrored : tf.clipByValue(tf.mul(mirrored, brightness), 0, 255);
    });
    return tf.stack(each) as tf.Tensor4D;
  });
}
