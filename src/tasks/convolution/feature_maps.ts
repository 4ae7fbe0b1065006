import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import type { PixelFrame, Timed } from '../task';
import type { BackboneLayer, BlockKind } from './backbone_layers';
import { featureGrid } from './feature_grid';
import { rgbaPixels } from './rgba_pixels';
import type { RgbaImage } from './filter_result';

export interface FeatureSettings {
  layer: BackboneLayer;
  /** The square input size n (the frame is squashed to n x n). */
  size: number;
  /** How many channels the grid shows, and in how many columns. */
  channels: number;
  cols: number;
}

/** One frame through the backbone up to a layer, as plain data. */
export interface FeatureResult {
  frame: { width: number; height: number };
  node: string;
  block: BlockKind;
  /** [1, n, n, 3] raw 0-255 RGB, and the layer's output [1, n_H, n_W, n_C]. */
  inputShape: number[];
  shape: number[];
  /** How many channels the grid shows. */
  shown: number;
  grid: RgbaImage;
}

/**
 * The MobileNetV3 backbone inside `centernet`, executed up to one inner node; its input must be
 * loaded with a free size ([1, -1, -1, 3]). Owns the model; dispose() releases it.
 */
export class BackboneFeatures {
  static readonly modelId: ModelId = 'centernet';
  static readonly inputShape = [1, -1, -1, 3];

  constructor(
    private readonly model: GraphModel,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async run(
    { image, width, height }: PixelFrame,
    settings: FeatureSettings,
  ): Promise<Timed<FeatureResult>> {
    const { layer, size } = settings;
    const t0 = this.now();
    // centernet takes raw 0-255 RGB floats, no scaling.
    const input = tf.tidy(() =>
      tf.expandDims(tf.image.resizeBilinear(tf.browser.fromPixels(image, 3), [size, size]), 0),
    );
    const t1 = this.now();
    let activation: tf.Tensor4D | undefined;
    let grid: tf.Tensor3D | undefined;
    try {
      activation = this.model.execute(input, layer.node) as tf.Tensor4D; // [1, n_H, n_W, n_C]
      const act = activation;
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
          shape: activation.shape,
          shown: Math.min(settings.channels, activation.shape[3]),
          grid: gridImage,
        },
        timings: { preprocess: t1 - t0, inference: t2 - t1 },
      };
    } finally {
      tf.dispose([input, activation as tf.Tensor, grid as tf.Tensor]);
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}
