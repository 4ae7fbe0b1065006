import type { ModelId } from './core/models/catalogue';
import type { LabId } from './ui/router.svelte';

/**
 * The model whose speed decides a lab's automatic backend: the one it spends most frames in
 * (CenterNet is the backbone of Detection, Style, Transfer and Convolution).
 */
export const labTrialModel: Record<LabId, ModelId> = {
  landmarks: 'facemesh',
  detection: 'centernet',
  faces: 'blazeface',
  style: 'centernet',
  transfer: 'centernet',
  convolution: 'centernet',
  networks: 'blazeface',
};
