import type { CornerBox } from '../../vision/boxes';
import type { ScoredBox } from '../../vision/non_max_suppression';

/** How the windows were made: by cropping each one, or by one backbone run per window size. */
export type ScanMode = 'naive' | 'convolutional';

/** One window size's grid of windows, as the heat map draws it. Pixels of the source frame. */
export interface ScanGrid {
  /** Side of the window, frame pixels. */
  size: number;
  /** Frame pixels between neighbouring windows, across and down. */
  strideX: number;
  strideY: number;
  rows: number;
  cols: number;
  /** Index of this grid's first window in `windows`; its windows follow row by row. */
  first: number;
}

export interface ScanWindow {
  /** The window in frame pixels, x right, y down. */
  box: CornerBox;
  /** Index of its grid (window size) in `grids`. */
  scale: number;
  row: number;
  col: number;
}

/** One mode's scan of a frame: every window's class probabilities, candidates and survivors. */
export interface WindowScan {
  mode: ScanMode;
  grids: ScanGrid[];
  windows: ScanWindow[];
  /** ŷ per window, one probability per class (softmax over the head's classes). */
  probabilities: number[][];
  /** Windows whose best non-background class is above the threshold, as boxes. */
  candidates: ScoredBox[];
  /** The candidates that survive non-max suppression, best first. */
  detections: ScoredBox[];
  /** Backbone runs: one per window (naive) or one per window size (convolutional). */
  backboneRuns: number;
  /** Milliseconds for the whole scan (crop or resize, backbone, head). */
  milliseconds: number;
}
