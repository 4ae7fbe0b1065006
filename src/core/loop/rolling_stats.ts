import { median } from './median';
import { STAGES, type StageTimings } from './stage_timings';

/** What the frame loop reports. Medians and fps cover the last `window` processed frames. */
export interface LoopStats {
  /** Processed frames per second over the window; 0 until two frames are processed. */
  fps: number;
  /** Frames processed since the loop started. */
  processed: number;
  /** Scheduler ticks skipped because the previous frame was still in flight, since start. */
  dropped: number;
  /** Median per stage (ms), over the frames that reported that stage. */
  stageMs: StageTimings;
  /** Median wall time of a whole frame (ms); 0 before the first frame. */
  totalMs: number;
}

interface Sample {
  /** When the frame started (ms, same clock as the loop's `now`). */
  atMs: number;
  stageMs: StageTimings;
  totalMs: number;
}

export class RollingStats {
  #samples: Sample[] = [];
  #processed = 0;
  #dropped = 0;

  constructor(readonly window = 30) {
    if (!Number.isInteger(window) || window < 1) {
      throw new RangeError(`window must be a positive integer, got ${window}`);
    }
  }

  addProcessed(atMs: number, stageMs: StageTimings, totalMs: number): void {
    this.#processed++;
    this.#samples.push({ atMs, stageMs, totalMs });
    if (this.#samples.length > this.window) this.#samples.shift();
  }

  addDropped(): void {
    this.#dropped++;
  }

  /** Forgets the window but keeps the counts, e.g. after a pause, so fps is not skewed by the gap. */
  clearWindow(): void {
    this.#samples = [];
  }

  reset(): void {
    this.clearWindow();
    this.#processed = 0;
    this.#dropped = 0;
  }

  snapshot(): LoopStats {
    const samples = this.#samples;
    const stageMs: StageTimings = {};
    for (const stage of STAGES) {
      const values = samples.flatMap((s) =>
        s.stageMs[stage] === undefined ? [] : [s.stageMs[stage]],
      );
      if (values.length > 0) stageMs[stage] = median(values);
    }
    const first = samples[0];
    const last = samples[samples.length - 1];
    const spanMs = first && last ? last.atMs - first.atMs : 0;
    return {
      // n frames span n - 1 intervals.
      fps: spanMs > 0 ? ((samples.length - 1) * 1000) / spanMs : 0,
      processed: this.#processed,
      dropped: this.#dropped,
      stageMs,
      totalMs: samples.length > 0 ? median(samples.map((s) => s.totalMs)) : 0,
    };
  }
}
