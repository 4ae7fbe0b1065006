import type { FrameScheduler } from './frame_loop';

export interface StepLoopOptions {
  /** Yields to the page before each step (animation frames in the app), so the UI stays live. */
  scheduler: FrameScheduler;
  /** One step of work, awaited before the next is asked for. Returning false ends the loop. */
  step: () => Promise<boolean | void> | boolean | void;
  /** Called once when `step` throws or rejects; the loop has already stopped. */
  onError?: (error: unknown) => void;
}

/**
 * Runs `step` again and again, one at a time, yielding to the page between steps: an iterative
 * computation (gradient descent on G's pixels) that must never block the UI. One loop at a time:
 * start() while running does nothing, and a step still in flight after stop() finishes, but
 * neither it nor a later start() lets the stopped run take another step.
 */
export class StepLoop {
  readonly #opts: StepLoopOptions;
  #running = false;
  /** Bumped by start() and stop(), so a step of an earlier run cannot schedule the next one. */
  #run = 0;
  #cancelTick: (() => void) | null = null;
  #inFlight: Promise<void> = Promise.resolve();

  constructor(opts: StepLoopOptions) {
    this.#opts = opts;
  }

  get running(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#yieldThenStep(++this.#run);
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    this.#run++;
    this.#cancelTick?.();
    this.#cancelTick = null;
  }

  /** Resolves once the step in flight, if any, has finished (it may belong to a stopped run). */
  settled(): Promise<void> {
    return this.#inFlight;
  }

  #yieldThenStep(run: number): void {
    let live = true;
    const cancel = this.#opts.scheduler.request(() => {
      // A scheduler may still call back after cancel; ignore such stale ticks.
      if (!live) return;
      live = false;
      this.#cancelTick = null;
      void this.#step(run);
    });
    this.#cancelTick = () => {
      live = false;
      cancel();
    };
  }

  async #step(run: number): Promise<void> {
    // Steps never overlap, even across stop()/start().
    await this.#inFlight;
    if (run !== this.#run) return;
    const step = (async () => this.#opts.step())();
    this.#inFlight = step.then(
      () => undefined,
      () => undefined,
    );
    let more: boolean | void;
    try {
      more = await step;
    } catch (error) {
      if (run !== this.#run) return;
      this.stop();
      (this.#opts.onError ?? console.error)(error);
      return;
    }
    if (run !== this.#run) return;
    if (more === false) this.stop();
    else this.#yieldThenStep(run);
  }
}
