import type { FieldLayer } from '../../vision/receptive_field';

const mb = 'tower_0/MobilenetV3';

/**
 * centernet's MobileNetV3 as the receptive field sees it, block by block: each block's spatial
 * convolution (the first Conv, then each expanded_conv's depthwise f x f; the 1x1s change no
 * field), with its stride. Read from public/models/human/centernet.json (a test checks it).
 */
export const backboneFieldLayers: readonly (FieldLayer & { block: string })[] = [
  { block: 'Conv', kernel: 3, stride: 2 },
  { block: 'expanded_conv', kernel: 3, stride: 1 },
  { block: 'expanded_conv_1', kernel: 3, stride: 2 },
  { block: 'expanded_conv_2', kernel: 3, stride: 1 },
  { block: 'expanded_conv_3', kernel: 5, stride: 2 },
  { block: 'expanded_conv_4', kernel: 5, stride: 1 },
  { block: 'expanded_conv_5', kernel: 5, stride: 1 },
  { block: 'expanded_conv_6', kernel: 3, stride: 2 },
  { block: 'expanded_conv_7', kernel: 3, stride: 1 },
  { block: 'expanded_conv_8', kernel: 3, stride: 1 },
  { block: 'expanded_conv_9', kernel: 3, stride: 1 },
];

/** The field layers up to and including `block`. */
export function fieldLayersTo(block: string): FieldLayer[] {
  const end = backboneFieldLayers.findIndex((l) => l.block === block);
  if (end < 0) throw new RangeError(`"${block}" is not a block of the backbone.`);
  return backboneFieldLayers.slice(0, end + 1);
}

/** A layer whose units the lab follows: its output node and the block it ends. */
export interface UnitLayer {
  id: 'shallow' | 'deep';
  label: string;
  node: string;
  block: string;
}

/** Shallow (receptive field 19 px at 224) and deep (99 px), side by side as in the course. */
export const unitLayers: readonly UnitLayer[] = [
  {
    id: 'shallow',
    label: 'expanded_conv_2',
    node: `${mb}/expanded_conv_2/add`,
    block: 'expanded_conv_2',
  },
  {
    id: 'deep',
    label: 'expanded_conv_5',
    node: `${mb}/expanded_conv_5/add`,
    block: 'expanded_conv_5',
  },
];

/**
 * A real 1x1 convolution: expanded_conv_6's project layer, 192 channels to 64 (a linear
 * bottleneck: batch norm folded into its bias, no activation), and the nodes around it.
 */
export const oneByOneLayer = {
  label: 'expanded_conv_6/project',
  input: `${mb}/expanded_conv_6/depthwise/hard_swish/mul_1`,
  output: `${mb}/expanded_conv_6/project/BatchNorm/FusedBatchNorm`,
  weights: `${mb}/expanded_conv_6/project/Conv2D_weights`,
  bias: `${mb}/expanded_conv_6/project/Conv2D_bn_offset`,
} as const;
