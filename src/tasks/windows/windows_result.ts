import type { WindowScan } from './window_scan_result';

/** Both scans of one frozen frame, side by side, as the panel and the e2e tests read them. */
export interface WindowsResult {
  frame: { width: number; height: number };
  labels: string[];
  naive: WindowScan;
  convolutional: WindowScan;
  /** Naive milliseconds / convolutional milliseconds. */
  speedUp: number;
}
