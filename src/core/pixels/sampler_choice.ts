import { median } from '../loop/median';

export type SamplerWay = 'planes' | 'canvas';

/**
 * Chooses how to read camera frames on this device by measuring: the camera's own planes
 * (VideoFrame.copyTo, then plain code) win on a machine without a GPU, a canvas drawing may win
 * where the GPU decodes video. The first frames alternate between the two; once each has
 * `trials` timed frames (the first `warmUp` of each not counted: code still compiling), the
 * lower median wins for good. A way that cannot work here (no VideoFrame, a format we do not
 * read) is ruled out at once.
 */
export class SamplerChoice {
  readonly #ms: Record<SamplerWay, number[]> = { planes: [], canvas: [] };
  readonly #seen: Record<SamplerWay, number> = { planes: 0, canvas: 0 };
  #chosen: SamplerWay | null = null;

  constructor(
    private readonly trials = 8,
    private readonly warmUp = 3,
  ) {}

  /** The way to read the next frame. */
  next(): SamplerWay {
    if (this.#chosen) return this.#chosen;
    return this.#seen.planes <= this.#seen.canvas ? 'planes' : 'canvas';
  }

  /** The way chosen for good, or null while still trying both. */
  get chosen(): SamplerWay | null {
    return this.#chosen;
  }

  /** A frame read `way` cost `ms` (reading the frame and every crop taken from it). */
  record(way: SamplerWay, ms: number): void {
    if (this.#chosen) return;
    this.#seen[way]++;
    if (this.#seen[way] > this.warmUp) this.#ms[way].push(ms);
    const { planes, canvas } = this.#ms;
    if (planes.length >= this.trials && canvas.length >= this.trials) {
      this.#chosen = median(planes) <= median(canvas) ? 'planes' : 'canvas';
    }
  }

  /** `way` cannot work on this device: the other is chosen. */
  ruleOut(way: SamplerWay): void {
    this.#chosen = way === 'planes' ? 'canvas' : 'planes';
  }
}
