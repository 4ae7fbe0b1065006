import type { BackendName } from './backend_choice';
import { median } from '../loop/median';
import type { BackendTrial } from './backend_pick';

/**
 * How long one run (warm-up included) of a later candidate may take before the trial gives up on
 * it: ten times the best median so far, and never under 5 s, as a GPU's first run compiles its
 * shaders. A software-rendered WebGL took 42 s for CenterNet's first run where WASM takes 0.1 s;
 * the lab should not wait for that to learn it loses.
 */
export function trialRunLimitMs(trials: readonly BackendTrial[]): number {
  const medians = trials.flatMap((t) => ('ms' in t && t.ms.length > 0 ? [median(t.ms)] : []));
  return medians.length === 0 ? Infinity : Math.max(5000, 10 * Math.min(...medians));
}

/**
 * Times the lab's model on each candidate backend in turn: starts it, then `timeRuns` loads the
 * model on it, runs it and returns the timed runs' milliseconds, giving up on a run over
 * `limitMs` (trialRunLimitMs of the trials before it). A backend that cannot start, or whose run
 * throws (no WebGL, a lost context, no WebAssembly, too slow), is kept with its reason and the
 * trial goes on. The caller starts the backend it picks afterwards: the last one tried stays active.
 */
export async function measureBackends(
  start: (name: BackendName) => Promise<string | null>,
  candidates: readonly BackendName[],
  timeRuns: (backend: BackendName, limitMs: number) => Promise<number[]>,
): Promise<BackendTrial[]> {
  const trials: BackendTrial[] = [];
  for (const backend of candidates) {
    const reason = await start(backend);
    if (reason !== null) {
      trials.push({ backend, error: reason });
      continue;
    }
    try {
      trials.push({ backend, ms: await timeRuns(backend, trialRunLimitMs(trials)) });
    } catch (e) {
      trials.push({ backend, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return trials;
}
