import type { FrameScheduler, VisibilityHost } from './frame_loop';

/** A scheduler whose ticks the test fires by hand. */
export class ManualScheduler implements FrameScheduler {
  readonly #pending = new Map<number, (nowMs: number) => void>();
  #nextId = 1;
  requested = 0;
  cancelled = 0;

  request(cb: (nowMs: number) => void): () => void {
    const id = this.#nextId++;
    this.requested++;
    this.#pending.set(id, cb);
    return () => {
      if (this.#pending.delete(id)) this.cancelled++;
    };
  }

  get pending(): number {
    return this.#pending.size;
  }

  /** Fires every callback requested so far, as one browser frame would. */
  tick(nowMs = 0): void {
    const callbacks = [...this.#pending.values()];
    this.#pending.clear();
    for (const cb of callbacks) cb(nowMs);
  }
}

export class FakeVisibility {
  visibilityState: DocumentVisibilityState = 'visible';
  readonly listeners = new Set<() => void>();

  addEventListener(type: string, listener: () => void): void {
    if (type === 'visibilitychange') this.listeners.add(listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    if (type === 'visibilitychange') this.listeners.delete(listener);
  }

  set(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    for (const listener of [...this.listeners]) listener();
  }

  asHost(): VisibilityHost {
    return this as unknown as VisibilityHost;
  }
}

export { deferred, flushPromises, type Deferred } from '../../../tests/helpers/promises';
