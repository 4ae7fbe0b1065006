/** What kind of block a backbone layer's output comes from, for the course's notes. */
export type BlockKind = 'conv' | 'depthwise' | 'pointwise' | 'residual';

export interface BackboneLayer {
  /** Short name shown in the list. */
  label: string;
  /** The node of centernet's graph to execute up to. */
  node: string;
  kind: BlockKind;
}

const mb = 'tower_0/MobilenetV3';

/**
 * A handful of MobileNetV3 layers inside `centernet`, early to late (node names read from
 * public/models/human/centernet.json). Each expanded_conv block is expand (1x1) -> depthwise
 * (3x3) -> project (1x1), with a skip connection when the shapes allow.
 */
export const backboneLayers: readonly BackboneLayer[] = [
  { label: 'Conv (3x3, s = 2)', node: `${mb}/Conv/hard_swish/mul_1`, kind: 'conv' },
  {
    label: 'expanded_conv depthwise',
    node: `${mb}/expanded_conv/depthwise/depthwise`,
    kind: 'depthwise',
  },
  { label: 'expanded_conv (residual)', node: `${mb}/expanded_conv/add`, kind: 'residual' },
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
  { label: 'expanded_conv_2 (residual)', node: `${mb}/expanded_conv_2/add`, kind: 'residual' },
  {
    label: 'expanded_conv_3 expand (1x1)',
    node: `${mb}/expanded_conv_3/expand/Relu`,
    kind: 'pointwise',
  },
  { label: 'expanded_conv_5 (residual)', node: `${mb}/expanded_conv_5/add`, kind: 'residual' },
  {
    label: 'expanded_conv_6 expand (1x1)',
    node: `${mb}/expanded_conv_6/expand/hard_swish/mul_1`,
    kind: 'pointwise',
  },
  { label: 'expanded_conv_9 (residual)', node: `${mb}/expanded_conv_9/add`, kind: 'residual' },
  { label: 'expanded_conv_11 (residual)', node: `${mb}/expanded_conv_11/add`, kind: 'residual' },
  { label: 'expanded_conv_14 (residual)', node: `${mb}/expanded_conv_14/add`, kind: 'residual' },
];
