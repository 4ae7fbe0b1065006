import type { DetectionOptions } from './detection_result';

/** What the user tunes in a detection mode: thresholds and what to draw. UI state only. */
export class DetectionControls {
  scoreThreshold = $state(0.5);
  iouThreshold = $state(0.4);
  /** Draw every box with score >= the threshold instead of the NMS survivors. */
  beforeNms = $state(false);

  /** The mode's own thresholds, to compare with the course's. */
  readonly defaults: DetectionOptions;

  constructor(defaults: DetectionOptions) {
    this.defaults = { ...defaults };
    this.scoreThreshold = defaults.scoreThreshold;
    this.iouThreshold = defaults.iouThreshold;
  }

  get options(): DetectionOptions {
    return { scoreThreshold: this.scoreThreshold, iouThreshold: this.iouThreshold };
  }
}
