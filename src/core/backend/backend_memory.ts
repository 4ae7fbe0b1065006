import { isBackendName } from './backend_choice';
import type { BackendPick } from './backend_pick';

/** A remembered automatic choice: the pick and when it was measured (ms since the epoch). */
export interface RememberedPick extends BackendPick {
  measuredAt: number;
}

const key = 'convlens.backendPicks.v1';

/**
 * Which device this is, as far as the speed of the backends goes: the browser, its cores and its
 * GPU. A new browser version or GPU driver measures again.
 */
export function deviceFingerprint(
  nav: Pick<Navigator, 'userAgent' | 'hardwareConcurrency'>,
  webglRenderer: string | null,
): string {
  return [nav.userAgent, nav.hardwareConcurrency, webglRenderer ?? 'no webgl'].join('|');
}

function isRememberedPick(value: unknown): value is RememberedPick {
  const v = value as Partial<RememberedPick> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isBackendName(v.backend) &&
    typeof v.measuredAt === 'number' &&
    Array.isArray(v.candidates) &&
    v.candidates.every((c) => isBackendName(c?.backend))
  );
}

/** The automatic choices per device and lab, kept in localStorage so a lab is measured once. */
export class BackendMemory {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly device: string,
  ) {}

  get(lab: string): RememberedPick | null {
    const pick = this.#all()[this.#key(lab)];
    return isRememberedPick(pick) ? pick : null;
  }

  set(lab: string, pick: RememberedPick): void {
    const all = this.#all();
    all[this.#key(lab)] = pick;
    try {
      this.storage.setItem(key, JSON.stringify(all));
    } catch {
      // A full or blocked storage: the pick still applies now, and is measured again next visit.
    }
  }

  #key(lab: string): string {
    return `${this.device}#${lab}`;
  }

  #all(): Record<string, unknown> {
    try {
      const all: unknown = JSON.parse(this.storage.getItem(key) ?? '{}');
      return typeof all === 'object' && all !== null ? (all as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
}
