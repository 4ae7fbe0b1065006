/**
 * A satisficing metric (course 3, week 1): it only has to be good enough. Here the live
 * prediction's time per frame must be at most `maxMs`; among the runs that meet it, the
 * optimising metric (dev F1) picks the best.
 */
export interface FrameTimeGoal {
  /** N of "time per frame ≤ N ms". */
  maxMs: number;
  /** The measured time per frame (ms), null before a frame was measured. */
  measuredMs: number | null;
  /** null while not measured. */
  met: boolean | null;
}

/** `measuredMs`: the frame loop's median time per frame (ms); 0 or absent before the first. */
export function frameTimeGoal(measuredMs: number | null | undefined, maxMs: number): FrameTimeGoal {
  const measured = measuredMs ? measuredMs : null;
  return { maxMs, measuredMs: measured, met: measured === null ? null : measured <= maxMs };
}
