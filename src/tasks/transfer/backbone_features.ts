import type { GraphModel } from '@tensorflow/tfjs-converter';
import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { TransferFeatures } from './transfer_features';

export { backboneInputSize, backboneNodes } from './transfer_features';

/**
 * TransferFeatures on a GraphModel loaded with `modelId` and `inputShape`, as
 * TransferLabView.svelte, transfer_lab.svelte.ts and windows_lab.svelte.ts still load it. Delete
 * this file once they use TransferFeatures on a CenternetBackbone (issue 15).
 */
export class BackboneFeatures extends TransferFeatures {
  static readonly modelId = CenternetBackbone.modelId;
  static readonly inputShape = CenternetBackbone.inputShape;

  constructor(model: GraphModel) {
    super(new CenternetBackbone(model));
  }
}
