import type { NmsStep } from '../../vision/non_max_suppression';

/** Where a step-through of greedy NMS stands after `done` rounds. Indices into the candidates. */
export interface NmsReplayState {
  kept: number[];
  removed: { index: number; by: number; iou: number }[];
  /** Candidates not yet kept or removed. */
  pending: number[];
  /** The round just shown, or null before the first. */
  current: NmsStep | null;
  finished: boolean;
}

/** Replays the first `done` rounds of an NMS step log over `count` candidates. */
export function nmsReplay(steps: readonly NmsStep[], count: number, done: number): NmsReplayState {
  const n = Math.max(0, Math.min(done, steps.length));
  const kept: number[] = [];
  const removed: NmsReplayState['removed'] = [];
  for (const step of steps.slice(0, n)) {
    kept.push(step.kept);
    for (const s of step.suppressed) removed.push({ index: s.index, by: step.kept, iou: s.iou });
  }
  const settled = new Set([...kept, ...removed.map((r) => r.index)]);
  return {
    kept,
    removed,
    pending: Array.from({ length: count }, (_, i) => i).filter((i) => !settled.has(i)),
    current: n > 0 ? (steps[n - 1] ?? null) : null,
    finished: n === steps.length,
  };
}
