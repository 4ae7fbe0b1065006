import type { BackendName, BackendPreference } from '../core/backend/backend_choice';
import {
  BackendManager,
  type BackendEngine,
  type BackendNotice,
} from '../core/backend/backend_manager';
import type { I18n } from './i18n.svelte';

/**
 * The app's side of the backend manager: which backend the labs run on, an epoch that labs
 * remount on (so they reload their models on the new backend), and the notices it raised.
 */
export class BackendWiring {
  /** null while a backend is being chosen or after it was lost: no lab is mounted then. */
  backend = $state<BackendName | null>(null);
  /** Bumped when the backend changes: labs remount and reload their models on it. */
  epoch = $state(0);
  notices = $state<BackendNotice[]>([]);
  readonly #manager: BackendManager;

  constructor(engine: BackendEngine) {
    this.#manager = new BackendManager(
      {
        onNotice: (n) => (this.notices = [...this.notices, n]),
        onBackendLost: () => {
          this.backend = null;
        },
        onContextLost: (next) => {
          this.backend = next;
          this.epoch++;
        },
      },
      engine,
    );
  }

  async use(pref: BackendPreference): Promise<void> {
    this.backend = null;
    this.backend = await this.#manager.select(pref);
    this.epoch++;
  }

  /** Unmounts the labs (no backend for them) while a trial switches TF.js's backend. */
  stopLabs(): void {
    this.backend = null;
  }

  dismiss(index: number): void {
    this.notices = this.notices.filter((_, j) => j !== index);
  }

  dispose(): void {
    this.#manager.dispose();
  }
}

/** A backend notice in the reader's language. */
export function noticeText(i18n: I18n, n: BackendNotice): string {
  switch (n.kind) {
    case 'fallback':
      return i18n.t('backend.fallback', { from: n.from, to: n.to, reason: n.reason });
    case 'software':
      return i18n.t('backend.software', { renderer: n.renderer });
    case 'context-lost':
      return i18n.t('backend.contextLost', { to: n.to });
  }
}
