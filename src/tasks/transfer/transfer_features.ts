import * as tf from '@tensorflow/tfjs-core';
import type { CenternetBackbone } from '../../core/models/centernet_backbone';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { PixelSource } from '../task';
import { cropViews } from './crop_views';
import { centreSquare, type ViewBox } from './view_box';

/** A picture and the views of it to extract (ViewBox fractions of its width and height). */
export interface ViewsOf {
  image: PixelSource;
  width: number;
  height: number;
  views: readonly ViewBox[];
}

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

/**
 * The Transfer lab's frozen features x: centernet's MobileNetV3 run up to two inner nodes on a
 * 224x224 crop of raw 0-255 RGB; each output is global-average-pooled over H and W and
 * L2-normalised, then the two are concatenated: x = [x_11 / ||x_11||, x_e / ||x_e||], 1008-d.
 * No gradients flow through it: only the head is trained. Owns the backbone.
 */
export class TransferFeatures {
  readonly #reader = new FrameReader();

  constructor(private readonly backbone: CenternetBackbone) {}

  /** Features of one view of the frame per ViewBox (default: its centred square), [views][1008]. */
  async extract(
    image: PixelSource,
    width: number,
    height: number,
    views: readonly ViewBox[] = [centreSquare(width, height)],
  ): Promise<Float32Array[]> {
    const [features] = await this.extractMany([{ image, width, height, views }]);
    return features!;
  }

  /**
   * Features of several pictures' views in one backbone run, [pictures][views][1008]: each
   * picture's views are cropped in turn, then all go through the backbone as one batch (on WASM
   * a batch of 12 views costs about 30% less per view than batches of 3). A view's features do
   * not depend on the others in its batch.
   */
  async extractMany(pictures: readonly ViewsOf[]): Promise<Float32Array[][]> {
    const crops: tf.Tensor4D[] = [];
    let features: tf.Tensor2D;
    try {
      for (const { image, width, height, views } of pictures) {
        const frame = await this.#reader.open({ image, width, height });
        try {
          crops.push(tf.tidy(() => cropViews(frame, views, backboneInputSize)));
        } finally {
          frame.dispose();
        }
      }
      features = tf.tidy(() => this.features(crops.length === 1 ? crops[0]! : tf.concat(crops, 0)));
    } finally {
      tf.dispose(crops);
    }
    try {
      const data = (await features.data()) as Float32Array;
      const rows = Array.from({ length: data.length / featureSize }, (_, i) =>
        data.slice(i * featureSize, (i + 1) * featureSize),
      );
      return pictures.map(({ views }) => rows.splice(0, views.length));
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
      const pooled = this.backbone.activations(input, backboneNodes).map((o) => {
        const mean = tf.mean(o, [1, 2]); // global average pooling, [n, c]
        return tf.div(mean, tf.maximum(tf.norm(mean, 'euclidean', 1, true), 1e-12));
      });
      return tf.concat(pooled, 1) as tf.Tensor2D;
    });
  }

  dispose(): void {
    this.backbone.dispose();
    this.#reader.dispose();
  }
}
