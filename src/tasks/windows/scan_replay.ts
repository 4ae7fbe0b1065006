/** A timer the replay runs on (injected, so it can be tested without a page). */
export interface ReplayClock {
  every(ms: number, tick: () => void): () => void;
}

export const intervalClock: ReplayClock = {
  every(ms, tick) {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/**
 * Replays the naive scan window by window, so a teacher can show it slowly: `shown` windows are
 * revealed, `speed` windows per second. One object owns the timer: start() restarts, stop() ends.
 */
export class ScanReplay {
  #shown = 0;
  #total = 0;
  #speed = 20;
  #stop: (() => void) | null = null;

  /** `onChange` hears every change of shown, playing or speed (a UI mirrors them in its state). */
  constructor(
    private readonly clock: ReplayClock = intervalClock,
    private readonly onChange: () => void = () => {},
  ) {}

  get shown(): number {
    return this.#shown;
  }

  get total(): number {
    return this.#total;
  }

  get playing(): boolean {
    return this.#stop !== null && this.#shown < this.#total;
  }

  get speed(): number {
    return this.#speed;
  }

  set speed(windowsPerSecond: number) {
    this.#speed = Math.min(500, Math.max(1, windowsPerSecond));
    if (this.#stop) this.#run();
    this.onChange();
  }

  /** Replays `total` windows from the first. */
  start(total: number): void {
    this.#total = total;
    this.#shown = 0;
    this.#run();
    this.onChange();
  }

  /** Shows every window at once. */
  skip(): void {
    this.stop();
    this.#shown = this.#total;
    this.onChange();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  #run(): void {
    this.#stop?.();
    const ms = 1000 / this.#speed;
    this.#stop = this.clock.every(ms, () => {
      this.#shown = Math.min(this.#total, this.#shown + 1);
      if (this.#shown >= this.#total) this.stop();
      this.onChange();
    });
  }
}
