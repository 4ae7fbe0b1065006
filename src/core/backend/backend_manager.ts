import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import {
  backendCandidates,
  isSoftwareRenderer,
  type BackendName,
  type BackendPreference,
} from './backend_choice';
import { useBundledWasm } from './wasm_paths';

export type BackendNotice =
  | { kind: 'fallback'; from: BackendName; to: BackendName; reason: string }
  | { kind: 'software'; renderer: string }
  | { kind: 'context-lost'; to: BackendName };

export interface BackendManagerOptions {
  onNotice: (n: BackendNotice) => void;
  /** Called after the WebGL context was lost and another backend took over: models must reload. */
  onContextLost: (next: BackendName) => void;
}

/**
 * Owns the TF.js backend: picks one (WebGL, then WASM, then CPU), falls back with a notice when
 * one fails to start, and survives a lost WebGL context by moving to the next backend.
 */
export class BackendManager {
  #active: BackendName | null = null;
  #canvas: HTMLCanvasElement | OffscreenCanvas | null = null;
  readonly #onLost = (e: Event) => {
    e.preventDefault();
    void this.#recoverFromLoss();
  };

  constructor(private readonly options: BackendManagerOptions) {
    useBundledWasm();
  }

  get active(): BackendName | null {
    return this.#active;
  }

  async select(preference: BackendPreference): Promise<BackendName> {
    this.#unwatch();
    const candidates = backendCandidates(preference);
    for (const [i, name] of candidates.entries()) {
      const reason = await tryBackend(name);
      if (reason === null && name === 'webgl' && preference === 'auto') {
        const renderer = webglRenderer();
        if (renderer && isSoftwareRenderer(renderer)) {
          this.options.onNotice({ kind: 'software', renderer });
          continue;
        }
      }
      if (reason === null) {
        this.#active = name;
        if (name === 'webgl') this.#watch();
        return name;
      }
      const next = candidates[i + 1];
      if (next) this.options.onNotice({ kind: 'fallback', from: name, to: next, reason });
    }
    throw new Error('No TensorFlow.js backend could start on this device.');
  }

  dispose(): void {
    this.#unwatch();
  }

  async #recoverFromLoss(): Promise<void> {
    this.#unwatch();
    const lost = this.#active;
    tf.removeBackend('webgl');
    const next = await this.select(lost === 'webgl' ? 'wasm' : 'auto');
    this.options.onNotice({ kind: 'context-lost', to: next });
    this.options.onContextLost(next);
  }

  #watch(): void {
    const backend = tf.backend() as MathBackendWebGL;
    this.#canvas = backend.gpgpu.gl.canvas;
    this.#canvas.addEventListener('webglcontextlost', this.#onLost);
  }

  #unwatch(): void {
    this.#canvas?.removeEventListener('webglcontextlost', this.#onLost);
    this.#canvas = null;
  }
}

/** null when the backend started, else why it did not. */
async function tryBackend(name: BackendName): Promise<string | null> {
  try {
    if (!(await tf.setBackend(name))) return 'it failed to initialise';
    await tf.ready();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function webglRenderer(): string | null {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
}
