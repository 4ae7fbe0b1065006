import type { LabId } from './router.svelte';

/** Where each lab sits in the Deep Learning Specialization: course 4, week 1 to 4. */
export const courseWeek: Record<LabId, 1 | 2 | 3 | 4> = {
  convolution: 1,
  networks: 2,
  transfer: 2,
  landmarks: 3,
  detection: 3,
  faces: 4,
  style: 4,
};
