import type { Component } from 'svelte';
import ConvolutionLabView from './tasks/convolution/ConvolutionLabView.svelte';
import DetectionLabView from './tasks/detection/DetectionLabView.svelte';
import LandmarksLabView from './tasks/landmarks/LandmarksLabView.svelte';
import FacesLabView from './tasks/faces/FacesLabView.svelte';
import StyleLabView from './tasks/style/StyleLabView.svelte';
import TransferLabView from './tasks/transfer/TransferLabView.svelte';
import type { LabContext } from './ui/lab_runtime.svelte';
import type { LabId } from './ui/router.svelte';

/** The component of each lab that works today; the others show "coming soon". */
export const labComponents: Partial<Record<LabId, Component<{ lab: LabContext }>>> = {
  landmarks: LandmarksLabView,
  convolution: ConvolutionLabView,
  detection: DetectionLabView,
  style: StyleLabView,
  transfer: TransferLabView,
  faces: FacesLabView,
};
