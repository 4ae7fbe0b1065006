/** Timers, injectable for tests. */
export interface RecorderTimers {
  setInterval: (fn: () => void, ms: number) => number;
  clearInterval: (id: number) => void;
}

/**
 * Records while held: `press()` captures one frame at once and then one every `periodMs` until
 * `release()`. A click is a press and release: one frame. A second press while held does nothing.
 */
export class HoldRecorder {
  #timer: number | null = null;

  constructor(
    private readonly capture: () => void,
    private readonly periodMs = 200,
    private readonly timers: RecorderTimers = {
      setInterval: (fn, ms) => window.setInterval(fn, ms),
      clearInterval: (id) => window.clearInterval(id),
    },
  ) {}

  get recording(): boolean {
    return this.#timer !== null;
  }

  press(): void {
    if (this.#timer !== null) return;
    this.capture();
    this.#timer = this.timers.setInterval(this.capture, this.periodMs);
  }

  release(): void {
    if (this.#timer === null) return;
    this.timers.clearInterval(this.#timer);
    this.#timer = null;
  }
}
