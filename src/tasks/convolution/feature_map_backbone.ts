import * as tf from '@tensorflow/tfjs-core';
import type { CenternetBackbone } from '../../core/models/centernet_backbone';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { PixelFrame, Timed } from '../task';
import { featureGrid } from './feature_grid';
import type { FeatureResult, FeatureSettings } from './feature_result';
import { rgbaPixels } from './rgba_pixels';

/**
 * The Convolution lab's view into centernet's MobileNetV3: the frame squashed to n x n, run up to
 * one inner node, its first channels laid out as a grid of pictures. Owns the backbone.
 */
export class FeatureMapBackbone {
  readonly #reader = new FrameReader();

  constructor(
    private readonly backbone: CenternetBackbone,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run(
    { image, width, height }: PixelFrame,
    settings: FeatureSettings,
  ): Promise<Timed<FeatureResult>> {
    const { layer, size } = settings;
    const t0 = this.now();
    // centernet takes raw 0-255 RGB floats, no scaling: the frame squashed to n x n.
    const { tensor } = await this.#reader.read(
      { image, width, height },
      { outputSize: { width: size, height: size }, border: 'replicate' },
    );
    const input = tf.expandDims<tf.Tensor4D>(tensor, 0);
    tensor.dispose();
    const t1 = this.now();
    let activation: tf.Tensor4D | undefined;
    let grid: tf.Tensor3D | undefined;
    try {
      const act = this.backbone.activations(input, [layer.node])[0]!; // [1, n_H, n_W, n_C]
      activation = act;
      grid = tf.tidy(
        () => tf.expandDims(featureGrid(act, settings.channels, settings.cols), 2) as tf.Tensor3D,
      );
      const gridImage = await rgbaPixels(grid);
      const t2 = this.now();
      return {
        result: {
          frame: { width, height },
          node: layer.node,
          block: layer.kind,
          inputShape: input.shape,
          shape: act.shape,
          shown: Math.min(settings.channels, act.shape[3]),
          grid: gridImage,
        },
        timings: { preprocess: t1 - t0, inference: t2 - t1 },
      };
    } finally {
      tf.dispose([input, activation as tf.Tensor, grid as tf.Tensor]);
    }
  }

  dispose(): void {
    this.backbone.dispose();
    this.#reader.dispose();
  }
}
