import { RollingStats, type LoopStats } from './rolling_stats';
import type { StageTimings } from './stage_timings';

export type { LoopStats } from './rolling_stats';

export type VisibilityHost = Pick<
  Document,
  'visibilityState' | 'addEventListener' | 'removeEventListener'
>;

export interface FrameLoopOptions {
  scheduler: FrameScheduler;
  /** One frame of work. May return the stage timings (ms) it measured. */
  process: (nowMs: number) => Promise<StageTimings | void> | StageTimings | void;
  /** When given, the loop pauses while the page is hidden. */
  visibility?: VisibilityHost;
  /** Clock in ms for the total frame time and fps; defaults to performance.now. */
  now?: () => number;
  /** Called after each processed frame. */
  onStats?: (stats: LoopStats) => void;
  /** Called once when `process` throws or rejects; the loop has already stopped. */
  onError?: (error: unknown) => void;
  /** Number of recent frames the medians and fps cover. */
  statsWindow?: number;
}

/**
 * Runs `process` at most once per scheduler tick and never queues work: a tick that
 * arrives while a frame is in flight is counted as dropped and skipped.
 */
export class FrameLoop {
  readonly #opts: FrameLoopOptions;
  readonly #now: () => number;
  readonly #stats: RollingStats;
  #running = false;
  #inFlight = false;
  /** Bumped by stop(), so a frame started by an earlier run cannot report into a later one. */
  #run = 0;
  #cancelTick: (() => void) | null = null;

  constructor(opts: FrameLoopOptions) {
    this.#opts = opts;
    this.#now = opts.now ?? (() => performance.now());
    this.#stats = new RollingStats(opts.statsWindow);
  }

  get running(): boolean {
    return this.#running;
  }

  get stats(): LoopStats {
    return this.#stats.snapshot();
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#stats.reset();
    this.#opts.visibility?.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (!this.#hidden()) this.#schedule();
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    this.#run++;
    this.#unschedule();
    this.#opts.visibility?.removeEventListener('visibilitychange', this.#onVisibilityChange);
  }

  #hidden(): boolean {
    return this.#opts.visibility?.visibilityState === 'hidden';
  }

  #schedule(): void {
    if (this.#cancelTick) return;
    let live = true;
    const cancel = this.#opts.scheduler.request((nowMs) => {
      // A scheduler may still call back after cancel; ignore such stale ticks.
      if (!live) return;
      live = false;
      this.#cancelTick = null;
      this.#onTick(nowMs);
    });
    this.#cancelTick = () => {
      live = false;
      cancel();
    };
  }

  #unschedule(): void {
    this.#cancelTick?.();
    this.#cancelTick = null;
  }

  #onTick(nowMs: number): void {
    // Ask for the next tick first, so ticks during a slow frame are seen and dropped.
    this.#schedule();
    if (this.#inFlight) {
      this.#stats.addDropped();
      return;
    }
    void this.#runFrame(nowMs);
  }

  async #runFrame(nowMs: number): Promise<void> {
    const run = this.#run;
    const startMs = this.#now();
    // Stays true until the frame settles, even across stop()/start(), so two frames never overlap.
    this.#inFlight = true;
    let timings: StageTimings | void;
    try {
      timings = await this.#opts.process(nowMs);
    } catch (error) {
      if (run !== this.#run) return;
      this.stop();
      (this.#opts.onError ?? console.error)(error);
      return;
    } finally {
      this.#inFlight = false;
    }
    if (run !== this.#run) return;
    this.#stats.addProcessed(startMs, timings ?? {}, this.#now() - startMs);
    this.#opts.onStats?.(this.#stats.snapshot());
  }

  readonly #onVisibilityChange = (): void => {
    if (!this.#running) return;
    if (this.#hidden()) {
      this.#unschedule();
    } else {
      this.#stats.clearWindow();
      this.#schedule();
    }
  };
}

/** Asks the browser for the next frame; `nowMs` is the browser's frame timestamp (ms). */
export interface FrameScheduler {
  /** Calls `cb` once on the next frame. Returns a function that cancels the request. */
  request(cb: (nowMs: number) => void): () => void;
}

export type AnimationFrameHost = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/** Optional methods: Firefox before 132 and older Safari lack requestVideoFrameCallback. */
export type VideoFrameHost = Partial<
  Pick<HTMLVideoElement, 'requestVideoFrameCallback' | 'cancelVideoFrameCallback'>
>;

export function animationFrameScheduler(win: AnimationFrameHost): FrameScheduler {
  return {
    request(cb) {
      const handle = win.requestAnimationFrame(cb);
      return () => win.cancelAnimationFrame(handle);
    },
  };
}

/**
 * Ticks once per new video frame, so a 30 fps camera is not processed 60 times a second
 * on a 60 Hz display. Falls back to animation frames where the element lacks
 * requestVideoFrameCallback.
 */
export function videoFrameScheduler(
  video: VideoFrameHost,
  win: AnimationFrameHost,
): FrameScheduler {
  const { requestVideoFrameCallback: rvfc, cancelVideoFrameCallback: cancel } = video;
  if (typeof rvfc !== 'function' || typeof cancel !== 'function') {
    return animationFrameScheduler(win);
  }
  return {
    request(cb) {
      const handle = rvfc.call(video, (nowMs) => cb(nowMs));
      return () => cancel.call(video, handle);
    },
  };
}
