import type { Translator } from '../../i18n/translate';
import type { DetectionOptions } from './detection_result';

/** The course's car detection exercise (yolo_eval): score >= 0.6, NMS at IoU 0.5. */
export const courseThresholds: DetectionOptions = { scoreThreshold: 0.6, iouThreshold: 0.5 };

/**
 * The line beside the sliders: the course's values, the mode's own defaults and why they
 * differ (measured on the test photos: at 0.6 the face model at 224 px loses the astronaut's
 * face, 0.53 and 0.55; CenterNet's clear cat scores 0.50 and the fruit 0.30 to 0.39).
 */
export function thresholdNote(
  mode: 'yolo' | 'coco',
  defaults: DetectionOptions,
  i18n: Translator,
): string {
  return i18n.t(mode === 'yolo' ? 'detection.thresholdNoteYolo' : 'detection.thresholdNoteCoco', {
    courseScore: courseThresholds.scoreThreshold,
    courseIou: courseThresholds.iouThreshold,
    score: defaults.scoreThreshold,
    iou: defaults.iouThreshold,
  });
}
