import type { Stage, StageTimings } from '../../core/loop/stage_timings';

/**
 * Adds the time since the last lap to a stage, so a pipeline that alternates between stages
 * (detect, crop, infer, project, for several models) still reports one total per stage.
 */
export class StageClock {
  readonly timings: StageTimings = {};
  #last: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.#last = now();
  }

  lap(stage: Stage): void {
    const t = this.now();
    this.timings[stage] = (this.timings[stage] ?? 0) + (t - this.#last);
    this.#last = t;
  }
}
