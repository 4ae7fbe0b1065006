/** The threaded WASM binary's worker pool (pthreadPoolSize in tfjs-backend-wasm-threaded-simd.js). */
const POOL_SIZE = 8;

/**
 * How many threads the WASM backend runs a model on. Threads need SharedArrayBuffer, so a page
 * that is not cross-origin isolated gets 1. One core is always left to the browser (camera
 * decode, compositing, the page): measured on 2 cores (`npm run bench`, 2026-12-06), 2 threads
 * gained 1.2-1.35x on the largest models (COCO 125 -> 93 ms, faces 52 -> 41 ms) but lost on the
 * rest (YOLO-416 36 -> 44 ms; the presenter's face mesh fell from 28 to 17 fps), so 2 cores get 1.
 * Never more than the binary's pool: a thread beyond it would be started synchronously on the
 * page's thread. `requested` (the `?threads=` of the address, for the bench and for trying a
 * device) overrides the rule, within the pool.
 */
export function wasmThreadsCount(
  cores: number | undefined,
  crossOriginIsolated: boolean,
  requested: number | null = null,
): number {
  if (!crossOriginIsolated) return 1;
  if (requested !== null) return Math.min(requested, POOL_SIZE);
  if (!cores || cores < 1) return 1;
  return Math.max(1, Math.min(cores - 1, POOL_SIZE));
}

/** `?threads=N` from a query string: a whole number 1..8, else null (ignored). */
export function requestedThreads(search: string): number | null {
  const value = new URLSearchParams(search).get('threads');
  if (value === null || !/^[1-9]$/.test(value)) return null;
  const n = Number(value);
  return n <= POOL_SIZE ? n : null;
}
