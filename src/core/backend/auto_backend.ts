import type { BackendName } from './backend_choice';
import type { BackendMemory, RememberedPick } from './backend_memory';
import { pickFastest } from './backend_pick';
import { measureBackends } from './backend_trial';

/**
 * Backends the automatic choice measures. CPU is left out: where it runs, WASM runs too and is
 * several times faster, and timing a large model on it would keep the lab waiting for seconds.
 */
export const measuredBackends: readonly BackendName[] = ['webgl', 'wasm'];

export interface AutoBackendOptions {
  memory: BackendMemory;
  /** Makes a backend active: null when it started, else why not (BackendEngine.start). */
  start: (name: BackendName) => Promise<string | null>;
  /** The timed runs (ms) of the lab's own model on the active backend. */
  timeLabModel: (lab: string) => Promise<number[]>;
  now?: () => number;
  candidates?: readonly BackendName[];
}

/**
 * "Automatic": the backend measured fastest for this lab on this device. A lab is measured on its
 * first use and the pick remembered, so later visits start at once; `remeasure` measures again.
 */
export class AutoBackend {
  constructor(private readonly options: AutoBackendOptions) {}

  /** The remembered pick, without measuring. */
  remembered(lab: string): RememberedPick | null {
    return this.options.memory.get(lab);
  }

  /** The remembered pick, or a new measurement; null when no candidate could run the model. */
  async choose(lab: string, remeasure = false): Promise<RememberedPick | null> {
    const { memory, start, timeLabModel, now = Date.now } = this.options;
    if (!remeasure) {
      const known = memory.get(lab);
      if (known) return known;
    }
    const trials = await measureBackends(start, this.options.candidates ?? measuredBackends, () =>
      timeLabModel(lab),
    );
    const pick = pickFastest(trials);
    if (!pick) return null;
    const remembered = { ...pick, measuredAt: now() };
    memory.set(lab, remembered);
    return remembered;
  }
}
