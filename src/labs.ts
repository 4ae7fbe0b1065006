import type { Component } from 'svelte';
import type { LabContext } from './lab/lab_runtime.svelte';
import type { LabId } from './ui/router.svelte';

export type LabComponent = Component<{ lab: LabContext }>;

/**
 * Each lab's panel, loaded when the lab is first opened: the app starts with the shell only, and
 * each lab's code (and TF.js layers for Transfer) comes as its own chunk, precached for offline.
 */
export const labLoaders: Record<LabId, () => Promise<LabComponent>> = {
  landmarks: () => import('./tasks/landmarks/LandmarksLabView.svelte').then((m) => m.default),
  detection: () => import('./tasks/detection/DetectionLabView.svelte').then((m) => m.default),
  faces: () => import('./tasks/faces/FacesLabView.svelte').then((m) => m.default),
  style: () => import('./tasks/style/StyleLabView.svelte').then((m) => m.default),
  transfer: () => import('./tasks/transfer/TransferLabView.svelte').then((m) => m.default),
  convolution: () => import('./tasks/convolution/ConvolutionLabView.svelte').then((m) => m.default),
  networks: () => import('./tasks/networks/NetworksLabView.svelte').then((m) => m.default),
};
