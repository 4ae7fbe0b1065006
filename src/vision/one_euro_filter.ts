/**
 * The One Euro filter (Casiez, Roussel, Vogel, CHI 2012, https://gery.casiez.net/1euro/):
 * a low-pass filter whose cut-off rises with the signal's speed, so a still point stops
 * jittering and a moving one does not lag.
 *   α(f_c) = 1 / (1 + 1 / (2π f_c Δt)),   f_c = minCutoff + beta |dx/dt|
 */
export interface OneEuroParams {
  /** Cut-off frequency when still, in Hz: lower smooths more. */
  minCutoff: number;
  /** How fast the cut-off rises with speed (per unit of the signal per second): higher lags less. */
  beta: number;
  /** Cut-off for the speed estimate, in Hz. */
  derivativeCutoff?: number;
}

export const defaultOneEuroParams: Required<OneEuroParams> = {
  minCutoff: 1,
  beta: 0.05,
  derivativeCutoff: 1,
};

function smoothingFactor(cutoff: number, dt: number): number {
  const r = 2 * Math.PI * cutoff * dt;
  return r / (r + 1);
}

/** Filters one scalar signal sampled at irregular times. */
export class OneEuroFilter {
  #x: number | null = null;
  #dx = 0;
  #t = 0;

  constructor(private readonly params: OneEuroParams) {
    if (!(params.minCutoff > 0)) {
      throw new RangeError(`The minimum cut-off must be above 0 Hz, got ${params.minCutoff}.`);
    }
    if (!(params.beta >= 0)) throw new RangeError(`beta must be 0 or more, got ${params.beta}.`);
  }

  /** The filtered value of `x` measured at `timeSeconds`. */
  filter(x: number, timeSeconds: number): number {
    const prev = this.#x;
    const dt = timeSeconds - this.#t;
    if (prev === null || !(dt > 0)) {
      this.#x = prev === null ? x : prev;
      this.#t = timeSeconds;
      if (prev === null) return x;
      return prev;
    }
    const dCut = this.params.derivativeCutoff ?? defaultOneEuroParams.derivativeCutoff;
    const aD = smoothingFactor(dCut, dt);
    this.#dx = aD * ((x - prev) / dt) + (1 - aD) * this.#dx;
    const cutoff = this.params.minCutoff + this.params.beta * Math.abs(this.#dx);
    const a = smoothingFactor(cutoff, dt);
    this.#x = a * x + (1 - a) * prev;
    this.#t = timeSeconds;
    return this.#x;
  }

  reset(): void {
    this.#x = null;
    this.#dx = 0;
  }
}

/** One filter per coordinate of a list of points that keeps its length. */
export class PointsFilter {
  #filters: OneEuroFilter[] = [];

  constructor(private readonly params: OneEuroParams) {}

  filter<P extends { x: number; y: number }>(points: readonly P[], timeSeconds: number): P[] {
    if (this.#filters.length !== points.length * 2) {
      this.#filters = Array.from(
        { length: points.length * 2 },
        () => new OneEuroFilter(this.params),
      );
    }
    return points.map((p, i) => ({
      ...p,
      x: this.#filters[2 * i]!.filter(p.x, timeSeconds),
      y: this.#filters[2 * i + 1]!.filter(p.y, timeSeconds),
    }));
  }
}
