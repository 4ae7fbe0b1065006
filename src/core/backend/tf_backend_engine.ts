import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendName } from './backend_choice';
import type { BackendEngine } from './backend_manager';
import { useBundledWasm } from './wasm_paths';
import { requestedThreads, wasmThreadsCount } from './wasm_threads';

/**
 * TF.js's own engine behind the BackendManager, with the WASM binaries served from our origin and
 * the WASM backend's threads set before it first starts (it reads the count only then).
 */
export function tfBackendEngine(
  nav: Pick<Navigator, 'hardwareConcurrency'> = navigator,
  isolated: boolean = globalThis.crossOriginIsolated === true,
  search: string = globalThis.location?.search ?? '',
): BackendEngine {
  useBundledWasm();
  setThreadsCount(wasmThreadsCount(nav.hardwareConcurrency, isolated, requestedThreads(search)));
  return {
    async start(name: BackendName): Promise<string | null> {
      try {
        if (!(await tf.setBackend(name))) return 'it failed to initialise';
        await tf.ready();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    webglRenderer(): string | null {
      const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
      if (!gl) return null;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    },
    watchContextLoss(onLost: () => void): () => void {
      const canvas = (tf.backend() as MathBackendWebGL).gpgpu.gl.canvas;
      const lost = (e: Event) => {
        e.preventDefault();
        onLost();
      };
      canvas.addEventListener('webglcontextlost', lost);
      return () => canvas.removeEventListener('webglcontextlost', lost);
    },
    replaceLostWebgl(): void {
      // TF.js keeps the dead instance registered, and setBackend('webgl') would "start" it again.
      // A fresh factory makes a new context when WebGL is chosen later.
      try {
        tf.removeBackend('webgl');
      } catch {
        // Disposing textures of a lost context may throw; the instance is dropped either way.
      }
      tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
    },
  };
}
