import { CenternetBackbone } from '../core/models/centernet_backbone';
import type { LabContext, ProgressCallback } from '../lab/lab_runtime.svelte';

/**
 * centernet's MobileNetV3 through the lab's loader (checked, cached, with progress), its input
 * freed ([-1, -1, -1, 3]) so it runs at any size; not warmed up: each use warms up at its size.
 */
export async function loadCenternet(
  lab: Pick<LabContext, 'loadGraphModel'>,
  onProgress: ProgressCallback,
): Promise<CenternetBackbone> {
  const model = await lab.loadGraphModel(CenternetBackbone.modelId, onProgress, {
    inputShape: CenternetBackbone.inputShape,
    warmUp: false,
  });
  return new CenternetBackbone(model);
}
