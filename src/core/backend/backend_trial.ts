import type { BackendName } from './backend_choice';
import type { BackendTrial } from './backend_pick';

/**
 * Times the lab's model on each candidate backend in turn: starts it, then `timeRuns` loads the
 * model on it, runs it and returns the timed runs' milliseconds. A backend that cannot start, or
 * whose run throws (no WebGL, a lost context, no WebAssembly), is kept with its reason and the
 * trial goes on. The caller starts the backend it picks afterwards: the last one tried stays active.
 */
export async function measureBackends(
  start: (name: BackendName) => Promise<string | null>,
  candidates: readonly BackendName[],
  timeRuns: (backend: BackendName) => Promise<number[]>,
): Promise<BackendTrial[]> {
  const trials: BackendTrial[] = [];
  for (const backend of candidates) {
    const reason = await start(backend);
    if (reason !== null) {
      trials.push({ backend, error: reason });
      continue;
    }
    try {
      trials.push({ backend, ms: await timeRuns(backend) });
    } catch (e) {
      trials.push({ backend, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return trials;
}
