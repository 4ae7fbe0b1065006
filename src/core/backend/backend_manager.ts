import {
  backendCandidates,
  backendsAfterLoss,
  isSoftwareRenderer,
  type BackendName,
  type BackendPreference,
} from './backend_choice';

export type BackendNotice =
  | { kind: 'fallback'; from: BackendName; to: BackendName; reason: string }
  | { kind: 'software'; renderer: string }
  | { kind: 'context-lost'; to: BackendName };

/** What the manager needs of TF.js (tf_backend_engine.ts), injected so tests can fake it. */
export interface BackendEngine {
  /** Makes `name` the active backend: null when it started, else why it did not. */
  start(name: BackendName): Promise<string | null>;
  /** The active WebGL backend's GPU renderer, null when the browser does not say. */
  webglRenderer(): string | null;
  /** Calls `onLost` when the active WebGL backend loses its context; returns the unwatch. */
  watchContextLoss(onLost: () => void): () => void;
  /** Drops the lost WebGL backend, so choosing WebGL later makes a new context. */
  replaceLostWebgl(): void;
}

export interface BackendManagerOptions {
  onNotice: (n: BackendNotice) => void;
  /** The WebGL context is gone: stop every lab now, before another backend starts. */
  onBackendLost: () => void;
  /** Another backend took over after the loss: labs restart and reload their models on it. */
  onContextLost: (next: BackendName) => void;
}

/**
 * Owns the TF.js backend: picks one (WebGL, then WASM, then CPU), falls back with a notice when
 * one fails to start, and survives a lost WebGL context by moving down the same chain.
 */
export class BackendManager {
  #active: BackendName | null = null;
  #unwatch: (() => void) | null = null;

  constructor(
    private readonly options: BackendManagerOptions,
    private readonly engine: BackendEngine,
  ) {}

  get active(): BackendName | null {
    return this.#active;
  }

  select(preference: BackendPreference): Promise<BackendName> {
    return this.#startFirst(backendCandidates(preference), preference === 'auto');
  }

  dispose(): void {
    this.#stopWatching();
  }

  /** The first candidate that starts; each one that did not is a notice naming the one that did. */
  async #startFirst(candidates: BackendName[], skipSoftwareWebgl: boolean): Promise<BackendName> {
    this.#stopWatching();
    this.#active = null;
    const failed: { from: BackendName; reason: string }[] = [];
    for (const name of candidates) {
      const reason = await this.engine.start(name);
      if (reason !== null) {
        failed.push({ from: name, reason });
        continue;
      }
      if (name === 'webgl' && skipSoftwareWebgl) {
        const renderer = this.engine.webglRenderer();
        if (renderer && isSoftwareRenderer(renderer)) {
          this.options.onNotice({ kind: 'software', renderer });
          continue;
        }
      }
      for (const f of failed) this.options.onNotice({ kind: 'fallback', ...f, to: name });
      this.#active = name;
      if (name === 'webgl') this.#unwatch = this.engine.watchContextLoss(() => this.#recover());
      return name;
    }
    throw new Error(
      `No TensorFlow.js backend could start on this device (${failed.map((f) => `${f.from}: ${f.reason}`).join('; ')}).`,
    );
  }

  async #recover(): Promise<void> {
    this.#stopWatching();
    this.options.onBackendLost();
    // The dead WebGL instance would "start" again: drop it first, then go down the chain.
    this.engine.replaceLostWebgl();
    const next = await this.#startFirst(backendsAfterLoss('webgl'), false);
    this.options.onNotice({ kind: 'context-lost', to: next });
    this.options.onContextLost(next);
  }

  #stopWatching(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }
}
