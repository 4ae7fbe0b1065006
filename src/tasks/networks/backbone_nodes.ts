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

/** The two columns of units shown side by side, as in the course: a shallow and a deep layer. */
export const unitColumns = ['shallow', 'deep'] as const;
export type UnitColumn = (typeof unitColumns)[number];

/** Blocks whose output (the skip connection's add) a column can follow, shallow to deep. */
export const unitBlocks = [
  'expanded_conv',
  'expanded_conv_2',
  'expanded_conv_4',
  'expanded_conv_5',
  'expanded_conv_7',
  'expanded_conv_8',
  'expanded_conv_9',
] as const;
export type UnitBlock = (typeof unitBlocks)[number];

/** The node of a block's output. */
export function unitNode(block: UnitBlock): string {
  return `${mb}/${block}/add`;
}

/** Where the columns start: receptive fields of 19 px (shallow) and 99 px (deep) at 224. */
export const defaultUnitBlocks: Record<UnitColumn, UnitBlock> = {
  shallow: 'expanded_conv_2',
  deep: 'expanded_conv_5',
};

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
