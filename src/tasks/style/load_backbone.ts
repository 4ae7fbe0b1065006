import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { DifferentiableBackbone } from './differentiable_backbone';

/** Builds the differentiable backbone from centernet's fetched files (model.json + weights). */
export async function backboneFromFiles(
  files: Map<string, ArrayBuffer>,
): Promise<DifferentiableBackbone> {
  return new DifferentiableBackbone(await CenternetBackbone.fromFiles(files));
}
