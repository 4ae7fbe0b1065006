import { untrack } from 'svelte';

/** Bytes (or parts) loaded so far of a total; total is 0 while unknown. */
export type ProgressCallback = (loaded: number, total: number) => void;

/** Where a model (or a task built on models) is in its life, as the UI shows it. */
export type LoadPhase =
  | { kind: 'idle' }
  | { kind: 'loading'; loaded: number; total: number }
  | { kind: 'ready' }
  /** `error`: what the loader threw (a ModelFileError the UI words in the reader's language). */
  | { kind: 'failed'; message: string; error?: unknown };

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/**
 * One loaded thing and its life: idle, loading with progress, ready or failed with the loader's
 * message; then dispose(). Owns the value: a load that lands after dispose() is released at once,
 * so leaving a lab mid-load leaks nothing.
 */
export class Loadable<T> {
  #phase = $state.raw<LoadPhase>({ kind: 'idle' });
  #value = $state.raw<T | null>(null);
  #loading: Promise<T | null> | null = null;
  #disposed = false;
  #waiters: Waiter<T>[] = [];

  /** `release` frees a value (usually `(v) => v.dispose()`). */
  constructor(private readonly release: (value: T) => void) {}

  get phase(): LoadPhase {
    return this.#phase;
  }

  /** The value once ready, else null. */
  get value(): T | null {
    return this.#value;
  }

  /**
   * Loads once: while loading or ready, a call returns the first load; after a failure it tries
   * again. Never throws: a failure is the `failed` phase. Resolves to the value, or null.
   * Called from an `$effect` (a lab's mount), it adds no dependency: nothing it or `create` reads
   * re-runs that effect.
   */
  load(create: (onProgress: ProgressCallback) => Promise<T>): Promise<T | null> {
    return untrack(() => {
      if (this.#disposed) return Promise.resolve(null);
      if (this.#loading && this.#phase.kind !== 'failed') return this.#loading;
      this.#phase = { kind: 'loading', loaded: 0, total: 0 };
      this.#loading = this.#load(create);
      return this.#loading;
    });
  }

  /** The value, once a load (perhaps not begun yet) succeeds; rejects on failure or dispose. */
  whenReady(): Promise<T> {
    return untrack(() => {
      if (this.#value !== null) return Promise.resolve(this.#value);
      const failed = this.#failure();
      if (failed) return Promise.reject(failed);
      return new Promise<T>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#value !== null) this.release(this.#value);
    this.#value = null;
    this.#settleWaiters();
  }

  async #load(create: (onProgress: ProgressCallback) => Promise<T>): Promise<T | null> {
    try {
      const value = await create((loaded, total) => {
        if (!this.#disposed) this.#phase = { kind: 'loading', loaded, total };
      });
      if (this.#disposed) {
        this.release(value);
        return null;
      }
      this.#value = value;
      this.#phase = { kind: 'ready' };
      return value;
    } catch (e) {
      this.#phase = {
        kind: 'failed',
        message: e instanceof Error ? e.message : String(e),
        error: e,
      };
      return null;
    } finally {
      this.#settleWaiters();
    }
  }

  #failure(): Error | null {
    if (this.#disposed) return new Error('Closed before it had loaded.');
    if (this.#phase.kind === 'failed') return new Error(this.#phase.message);
    return null;
  }

  #settleWaiters(): void {
    const value = this.#value;
    const failed = this.#failure();
    if (value === null && !failed) return;
    for (const w of this.#waiters.splice(0)) {
      if (value !== null) w.resolve(value);
      else w.reject(failed!);
    }
  }
}
