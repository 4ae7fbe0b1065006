/** The timer functions the player needs; injected so tests can drive it. */
export interface Timers {
  setInterval: (fn: () => void, ms: number) => number;
  clearInterval: (id: number) => void;
}

const browserTimers: Timers = {
  setInterval: (fn, ms) => window.setInterval(fn, ms),
  clearInterval: (id) => window.clearInterval(id),
};

/**
 * Which position of the filter the step-by-step view shows: forward, back, and play (one step
 * every `periodMs`, stopping at the last). Plain TypeScript: `onChange` tells the component to
 * read it again. Call dispose() (or pause()) to stop its timer.
 */
export class StepPlayer {
  #index = 0;
  #count = 1;
  #timer: number | null = null;
  #playing = false;

  constructor(
    private readonly onChange: () => void = () => {},
    private readonly periodMs = 600,
    private readonly timers: Timers = browserTimers,
  ) {}

  get index(): number {
    return this.#index;
  }

  get count(): number {
    return this.#count;
  }

  get playing(): boolean {
    return this.#playing;
  }

  /** A new set of positions: back to the first, paused. */
  reset(count: number): void {
    this.pause();
    this.#count = Math.max(1, count);
    this.#index = 0;
    this.onChange();
  }

  forward(): void {
    this.#index = Math.min(this.#count - 1, this.#index + 1);
    this.onChange();
  }

  back(): void {
    this.#index = Math.max(0, this.#index - 1);
    this.onChange();
  }

  play(): void {
    if (this.#timer !== null) return;
    if (this.#index >= this.#count - 1) this.#index = 0;
    this.#playing = true;
    this.onChange();
    this.#timer = this.timers.setInterval(() => {
      this.forward();
      if (this.#index >= this.#count - 1) this.pause();
    }, this.periodMs);
  }

  pause(): void {
    if (this.#timer !== null) this.timers.clearInterval(this.#timer);
    this.#timer = null;
    this.#playing = false;
    this.onChange();
  }

  dispose(): void {
    this.pause();
  }
}
