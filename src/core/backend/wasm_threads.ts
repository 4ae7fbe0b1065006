/** The threaded WASM binary's worker pool (pthreadPoolSize in tfjs-backend-wasm-threaded-simd.js). */
const POOL_SIZE = 8;

/**
 * How many threads the WASM backend runs a model on. Threads need SharedArrayBuffer, so a page
 * that is not cross-origin isolated gets 1. The thread that calls the model computes a share
 * itself and is blocked until the model returns, so on up to 4 cores every core works on the
 * model (on 2 cores, leaving one for the page would mean 1 thread: no gain); above 4, one core
 * is left to the browser (camera decode, compositing). Never more than the binary's pool: a
 * thread beyond it would be started synchronously on the page's thread. `npm run bench` measures
 * 1 thread against this count on the same build (its threads column).
 */
export function wasmThreadsCount(cores: number | undefined, crossOriginIsolated: boolean): number {
  if (!crossOriginIsolated || !cores || cores < 1) return 1;
  return Math.min(cores <= 4 ? cores : cores - 1, POOL_SIZE);
}
