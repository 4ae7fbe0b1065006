import { liveSizeDrop, type LiveSize } from './live_size_rule';
import type { LiveStyleOptions } from './live_style_task';
import { liveStyles } from './live_styles';

/**
 * The live mode's choices: which trained network, and the size it runs at. The size starts at
 * 256 px on every backend and drops to 128 px once 256 px runs under 8 fps (`liveSizeDrop`),
 * which `dropped` reports; a size the user picks is kept.
 */
export class LiveStyleSettings {
  style = $state(liveStyles[0]!.id);
  #size = $state<LiveSize>(256);
  #manual = false;
  #dropped = $state.raw<{ fps: number } | null>(null);

  /** Longer side of the network's input, in pixels. */
  get size(): LiveSize {
    return this.#size;
  }

  /** Set when the size was lowered to 128 px for speed: the rate 256 px ran at. */
  get dropped(): { fps: number } | null {
    return this.#dropped;
  }

  /** The user's pick: kept, never changed for speed. */
  choose(size: LiveSize): void {
    this.#manual = true;
    this.#size = size;
    this.#dropped = null;
  }

  /** The live loop's latest stats: 256 px that runs under 8 fps drops to 128 px. */
  observe(stats: { processed: number; totalMs: number } | null): void {
    if (this.#manual) return;
    const drop = liveSizeDrop(this.#size, stats);
    if (!drop) return;
    this.#size = drop.size;
    this.#dropped = { fps: drop.fps };
  }

  /** Read by the task each frame (a plain object, no reactivity inside inference). */
  taskOptions(): LiveStyleOptions {
    return { size: this.#size };
  }
}
