import type * as tf from '@tensorflow/tfjs-core';
import type { CenternetBackbone } from '../../core/models/centernet_backbone';
import { backboneInputSize, backboneNodes, TransferFeatures } from '../transfer/transfer_features';

/** Pixels of the network's input between neighbouring cells of the coarse feature map. */
export const coarseCellStride = 32;

/** A 224 px crop is 7 x 7 coarse cells: the window in cells of the convolutional scan. */
export const windowCells = backboneInputSize / coarseCellStride;

/**
 * The Transfer lab's frozen backbone, seen two ways: pooled features of 224 px crops (the naive
 * scan, exactly what the head was trained on) and its two feature maps over a whole picture of
 * any size (the convolutional scan). Owns the backbone.
 */
export class WindowBackbone {
  readonly crops: TransferFeatures;

  constructor(private readonly backbone: CenternetBackbone) {
    this.crops = new TransferFeatures(backbone);
  }

  /**
   * [1, H, W, 3] raw 0-255 floats, H and W multiples of 32 -> the fine map [1, H/16, W/16, 528]
   * (expanded_conv_11's squeeze-excite) and the coarse map [1, H/32, W/32, 480] (extern1).
   */
  featureMaps(input: tf.Tensor4D): [tf.Tensor4D, tf.Tensor4D] {
    const [, h, w] = input.shape;
    if (h % coarseCellStride !== 0 || w % coarseCellStride !== 0) {
      throw new RangeError(`The backbone's input sides must be multiples of 32, got ${w}x${h}.`);
    }
    return this.backbone.activations(input, backboneNodes) as [tf.Tensor4D, tf.Tensor4D];
  }

  dispose(): void {
    this.backbone.dispose();
  }
}
