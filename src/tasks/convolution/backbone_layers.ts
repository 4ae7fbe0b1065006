/**
 * What kind of block a backbone layer's output comes from, for the course's notes.
 * `linearResidual`: MobileNetV3's skip connection, a_out = z_project + a_in with no activation
 * after the add (a linear bottleneck), unlike the course's ResNet block a[l+2] = g(z[l+2] + a[l]).
 */
export type BlockKind = 'conv' | 'depthwise' | 'pointwise' | 'linearResidual';

export interface BackboneLayer {
  /** Short name shown in the list. */
  label: string;
  /** The node of centernet's graph to execute up to. */
  node: string;
  kind: BlockKind;
  /** For a skip connection: how many convolutions the skip goes around (read from the graph). */
  skips?: number;
}

const mb = 'tower_0/MobilenetV3';

/**
 * A handful of MobileNetV3 layers inside `centernet`, early to late (node names read from
 * public/models/human/centernet.json). Each expanded_conv block is expand (1x1) -> depthwise
 * (3x3) -> project (1x1, no activation), with a skip connection when the shapes allow; the first
 * block has no expand layer, so its skip goes around two convolutions.
 */
export const backboneLayers: readonly BackboneLayer[] = [
  { label: 'Conv (3x3, s = 2)', node: `${mb}/Conv/hard_swish/mul_1`, kind: 'conv' },
  {
    label: 'expanded_conv depthwise',
    node: `${mb}/expanded_conv/depthwise/depthwise`,
    kind: 'depthwise',
  },
  {
    label: 'expanded_conv (skip connection)',
    node: `${mb}/expanded_conv/add`,
    kind: 'linearResidual',
    skips: 2,
  },
  {
    label: 'expanded_conv_1 expand (1x1)',
    node: `${mb}/expanded_conv_1/expand/Relu`,
    kind: 'pointwise',
  },
  {
    label: 'expanded_conv_1 depthwise (s = 2)',
    node: `${mb}/expanded_conv_1/depthwise/depthwise`,
    kind: 'depthwise',
  },
  {
    label: 'expanded_conv_2 (skip connection)',
    node: `${mb}/expanded_conv_2/add`,
    kind: 'linearResidual',
    skips: 3,
  },
  {
    label: 'expanded_conv_3 expand (1x1)',
    node: `${mb}/expanded_conv_3/expand/Relu`,
    kind: 'pointwise',
  },
  {
    label: 'expanded_conv_5 (skip connection)',
    node: `${mb}/expanded_conv_5/add`,
    kind: 'linearResidual',
    skips: 3,
  },
  {
    label: 'expanded_conv_6 expand (1x1)',
    node: `${mb}/expanded_conv_6/expand/hard_swish/mul_1`,
    kind: 'pointwise',
  },
  {
    label: 'expanded_conv_9 (skip connection)',
    node: `${mb}/expanded_conv_9/add`,
    kind: 'linearResidual',
    skips: 3,
  },
  {
    label: 'expanded_conv_11 (skip connection)',
    node: `${mb}/expanded_conv_11/add`,
    kind: 'linearResidual',
    skips: 3,
  },
  {
    label: 'expanded_conv_14 (skip connection)',
    node: `${mb}/expanded_conv_14/add`,
    kind: 'linearResidual',
    skips: 3,
  },
];
