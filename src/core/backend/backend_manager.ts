import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
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
  /** The WebGL context is gone: stop every lab now, before another backend starts. */
  onBackendLost: () => void;
  /** Another backend took over after the loss: labs restart and reload their models on it. */
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
    this.options.onBackendLost();
    const next = await this.select('wasm');
    // The lost backend's textures are gone. Replace it with a fresh factory, so choosing WebGL
    // again later makes a new context instead of reusing the dead one.
    tf.removeBackend('webgl');
    tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
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
