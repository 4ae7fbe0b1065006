import { env } from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedWasm from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/**
 * Serve the WASM binaries from our own origin (Vite emits them as assets; the SW precaches them).
 * In a worker (the Style lab's trainer) the threaded binary cannot start its threads from inside
 * the worker, so a worker keeps the single-threaded SIMD binary even on an isolated page.
 */
export function useBundledWasm(inWorker: boolean = typeof document === 'undefined'): void {
  if (inWorker) env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plainWasm,
    'tfjs-backend-wasm-simd.wasm': simdWasm,
    'tfjs-backend-wasm-threaded-simd.wasm': threadedWasm,
  });
}
