import { median } from '../loop/median';
import type { BackendName } from './backend_choice';

/** One backend's trial: the timed runs of the lab's model on it, or why it could not run. */
export type BackendTrial =
  { backend: BackendName; ms: number[] } | { backend: BackendName; error: string };

/** The automatic choice for a lab: the fastest backend by median, with every candidate's result. */
export interface BackendPick {
  backend: BackendName;
  /** Median milliseconds a run, per backend that ran; the reason, per backend that did not. */
  candidates: { backend: BackendName; medianMs: number | null; error: string | null }[];
}

/**
 * The fastest backend by median run time (a median, so one slow run, e.g. a GC pause, does not
 * decide); a tie goes to the earlier trial. Null when no backend ran.
 */
export function pickFastest(trials: readonly BackendTrial[]): BackendPick | null {
  const candidates = trials.map((t) =>
    'error' in t || t.ms.length === 0
      ? { backend: t.backend, medianMs: null, error: 'error' in t ? t.error : 'no runs' }
      : { backend: t.backend, medianMs: median(t.ms), error: null },
  );
  let best: (typeof candidates)[number] | null = null;
  for (const c of candidates) {
    if (c.medianMs !== null && (best === null || c.medianMs < best.medianMs!)) best = c;
  }
  return best ? { backend: best.backend, candidates } : null;
}
