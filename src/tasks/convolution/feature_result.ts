import type { BackboneLayer, BlockKind } from './backbone_layers';
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
