import {
  backendCandidates,
  backendsAfterLoss,
  isSoftwareRenderer,
  type BackendName,
  type BackendPreference,
} from './backend_choice';
import type { WebgpuAvailability } from './webgpu_support';

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
  /**
   * Calls `onLost` when the active GPU backend loses its WebGL context or WebGPU device; returns
   * the unwatch.
   */
  watchContextLoss(onLost: () => void): () => void;
  /** Drops the lost WebGL backend, so choosing WebGL later makes a new context. */
  replaceLostWebgl(): void;
  /** WebGPU's adapter, asked without starting it (webgpu_support.ts). Absent: no WebGPU at all. */
  webgpuAdapter?(): Promise<WebgpuAvailability>;
  /** Drops the WebGPU backend whose device was lost, so choosing WebGPU later makes a new one. */
  replaceLostWebgpu?(): void;
}

export interface BackendManagerOptions {
  onNotice: (n: BackendNotice) => void;
  /** The WebGL context is gone: stop every lab now, before another backend starts. */
  onBackendLost: () => void;
  /** Another backend took over after the loss: labs restart and reload their models on it. */
  onContextLost: (next: BackendName) => void;
}

/**
 * Owns the TF.js backend: picks one (WebGPU where there is an adapter, then WebGL, WASM, CPU),
 * falls back with a notice when one fails to start, and survives a lost WebGL context or WebGPU
 * device by moving down the same chain.
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
    const auto = preference === 'auto';
    return this.#startFirst(backendCandidates(preference), auto, auto ? null : preference);
  }

  dispose(): void {
    this.#stopWatching();
  }

  /**
   * The first candidate that starts; each one that did not is a notice naming the one that did.
   * WebGPU, unless it is the one `chosen`, is tried only where it has an adapter (most browsers
   * have none: nothing to tell) and, with `skipSoftware`, a hardware one.
   */
  async #startFirst(
    candidates: BackendName[],
    skipSoftware: boolean,
    chosen: BackendName | null,
  ): Promise<BackendName> {
    this.#stopWatching();
    this.#active = null;
    const failed: { from: BackendName; reason: string }[] = [];
    for (const name of candidates) {
      if (name === 'webgpu' && chosen !== 'webgpu') {
        const adapter = await this.engine.webgpuAdapter?.();
        if (!adapter?.ok || (skipSoftware && adapter.software)) continue;
      }
      const reason = await this.engine.start(name);
      if (reason !== null) {
        failed.push({ from: name, reason });
        continue;
      }
      if (name === 'webgl' && skipSoftware) {
        const renderer = this.engine.webglRenderer();
        if (renderer && isSoftwareRenderer(renderer)) {
          this.options.onNotice({ kind: 'software', renderer });
          continue;
        }
      }
      for (const f of failed) this.options.onNotice({ kind: 'fallback', ...f, to: name });
      this.#active = name;
      if (name === 'webgl' || name === 'webgpu') {
        this.#unwatch = this.engine.watchContextLoss(() => this.#recover(name));
      }
      return name;
    }
    throw new Error(
      `No TensorFlow.js backend could start on this device (${failed.map((f) => `${f.from}: ${f.reason}`).join('; ')}).`,
    );
  }

  async #recover(lost: 'webgl' | 'webgpu'): Promise<void> {
    this.#stopWatching();
    this.options.onBackendLost();
    // The dead instance would "start" again: drop it first, then go down the chain.
    if (lost === 'webgl') this.engine.replaceLostWebgl();
    else this.engine.replaceLostWebgpu?.();
    const next = await this.#startFirst(backendsAfterLoss(lost), false, null);
    this.options.onNotice({ kind: 'context-lost', to: next });
    this.options.onContextLost(next);
  }

  #stopWatching(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }
}
