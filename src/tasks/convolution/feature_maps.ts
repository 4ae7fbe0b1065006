import type { GraphModel } from '@tensorflow/tfjs-converter';
import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { FeatureMapBackbone } from './feature_map_backbone';

export type { FeatureResult, FeatureSettings } from './feature_result';

/**
 * FeatureMapBackbone on a GraphModel loaded with `modelId` and `inputShape`, as
 * ConvolutionLabView.svelte and convolution_task.ts still use it. Delete this file once they use
 * FeatureMapBackbone on a CenternetBackbone and import the types from feature_result.ts (issue 15).
 */
export class BackboneFeatures extends FeatureMapBackbone {
  static readonly modelId = CenternetBackbone.modelId;
  static readonly inputShape = CenternetBackbone.inputShape;

  constructor(model: GraphModel) {
    super(new CenternetBackbone(model));
  }
}
