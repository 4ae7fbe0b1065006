/** Layers of the centernet MobileNetV3 backbone that carry content and style (measured in #7). */
const P = 'tower_0/MobilenetV3/';

export interface StyleLayer {
  /** Graph node name. */
  node: string;
  /** Short name for the UI. */
  label: string;
}

export const styleLayerChoices: StyleLayer[] = [
  { node: `${P}Conv/hard_swish/mul_1`, label: 'Conv (1/2)' },
  { node: `${P}expanded_conv_1/expand/Relu`, label: 'block 1 expand (1/2)' },
  { node: `${P}expanded_conv_3/expand/Relu`, label: 'block 3 expand (1/4)' },
  { node: `${P}expanded_conv_6/expand/hard_swish/mul_1`, label: 'block 6 expand (1/8)' },
  { node: `${P}expanded_conv_10/expand/hard_swish/mul_1`, label: 'block 10 expand (1/16)' },
];

export const defaultContentLayer = `${P}expanded_conv_6/expand/hard_swish/mul_1`;
