import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { BackendName } from './backend_choice';
import type { BackendEngine } from './backend_manager';
import { useBundledWasm } from './wasm_paths';
import { requestedThreads, wasmThreadsCount } from './wasm_threads';
import { castIntsToFloatsOnWebgpu } from './webgpu_int_cast';
import { webgpuAvailable } from './webgpu_support';

/** The part of TF.js's WebGPUBackend we watch: its device, which the GPU process can lose. */
interface WebgpuBackendLike {
  device: { lost: Promise<unknown> };
}

let webgpuCode: Promise<unknown> | null = null;

/**
 * TF.js's WebGPU backend registers itself when its module loads; it loads only when WebGPU is
 * asked for, so a page that never uses it does not download it. A failed load is tried again.
 */
function loadWebgpuBackend(): Promise<unknown> {
  webgpuCode ??= import('@tensorflow/tfjs-backend-webgpu').then(castIntsToFloatsOnWebgpu, (e) => {
    webgpuCode = null;
    throw e;
  });
  return webgpuCode;
}

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
        if (name === 'webgpu') {
          // TF.js's factory would fail on a missing adapter with a TypeError; say why instead.
          const adapter = await webgpuAvailable();
          if (!adapter.ok) return adapter.reason;
          await loadWebgpuBackend();
        }
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
      if (tf.getBackend() === 'webgpu') {
        // A lost device never comes back (the promise resolves once): any loss while watched
        // means the backend is dead, whatever the reason ('destroyed' or 'unknown').
        let watching = true;
        void (tf.backend() as unknown as WebgpuBackendLike).device.lost.then(() => {
          if (watching) onLost();
        });
        return () => (watching = false);
      }
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
    webgpuAdapter: () => webgpuAvailable(),
    replaceLostWebgpu(): void {
      // As for WebGL: TF.js's factory, registered again, asks for a new adapter and device.
      const factory = tf.findBackendFactory('webgpu');
      try {
        tf.removeBackend('webgpu');
      } catch {
        // Freeing buffers of a lost device may throw; the instance is dropped either way.
      }
      if (factory) tf.registerBackend('webgpu', factory, 3);
    },
  };
}
