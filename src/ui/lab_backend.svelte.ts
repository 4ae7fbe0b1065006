import type { AutoBackend } from '../core/backend/auto_backend';
import type { BackendPreference } from '../core/backend/backend_choice';
import type { RememberedPick } from '../core/backend/backend_memory';

/** What the settings say about the backend of the open lab. */
export type LabBackendStatus =
  | { kind: 'manual' }
  | { kind: 'idle' }
  | { kind: 'measuring'; lab: string }
  | { kind: 'chosen'; lab: string; pick: RememberedPick }
  | { kind: 'none'; lab: string };

export interface LabBackendOptions {
  auto: AutoBackend;
  /** Starts the backend (BackendWiring.use): labs remount on it. */
  use: (preference: BackendPreference) => Promise<void>;
  /** Unmounts the labs, so no lab runs while the trial switches backends under TF.js. */
  stopLabs: () => void;
}

/**
 * The backend for the open lab: in Automatic, the one measured fastest for that lab (measured on
 * its first use, then remembered); otherwise the manual choice or `?backend=`, never overwritten.
 * Calls run one after another, as a trial owns TF.js's backend while it runs.
 */
export class LabBackend {
  #status = $state<LabBackendStatus>({ kind: 'manual' });
  #queue: Promise<void> = Promise.resolve();
  /** The preference last passed to `use`: a lab that needs the same backend does not restart it. */
  #applied: BackendPreference | null = null;

  constructor(private readonly options: LabBackendOptions) {}

  get status(): LabBackendStatus {
    return this.#status;
  }

  /** The lab (null: the start page) or the preference changed, or `remeasure` was asked for. */
  enter(lab: string | null, preference: BackendPreference, remeasure = false): Promise<void> {
    this.#queue = this.#queue.then(() => this.#enter(lab, preference, remeasure));
    return this.#queue;
  }

  async #enter(lab: string | null, preference: BackendPreference, remeasure: boolean) {
    const { auto, stopLabs } = this.options;
    if (preference !== 'auto' || lab === null) {
      this.#status = { kind: preference === 'auto' ? 'idle' : 'manual' };
      await this.#apply(preference, false);
      return;
    }
    const measure = remeasure || auto.remembered(lab) === null;
    if (measure) {
      stopLabs();
      this.#status = { kind: 'measuring', lab };
    }
    const pick = await auto.choose(lab, remeasure);
    this.#status = pick ? { kind: 'chosen', lab, pick } : { kind: 'none', lab };
    // After a trial TF.js sits on the last backend tried: start the pick even if it was applied.
    await this.#apply(pick?.backend ?? 'auto', measure);
  }

  async #apply(preference: BackendPreference, always: boolean): Promise<void> {
    if (!always && this.#applied === preference) return;
    this.#applied = preference;
    await this.options.use(preference);
  }
}
