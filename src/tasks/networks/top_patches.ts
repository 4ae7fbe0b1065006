import type { CornerBox } from '../../vision/boxes';
import { intersectionOverUnion } from '../../vision/intersection_over_union';

type Placed = Pick<Patch<unknown>, 'value' | 'box' | 'frame'>;

/** Best first; ties: the earlier frame, then top to bottom, left to right (so order is fixed). */
const better = (a: Placed, b: Placed) =>
  b.value - a.value || a.frame - b.frame || a.box.y1 - b.box.y1 || a.box.x1 - b.box.x1;

/** One image patch a unit answered to: its activation, where it is, and (once kept) its pixels. */
export interface Patch<I> {
  value: number;
  /** The unit's receptive field in the network's input pixels. */
  box: CornerBox;
  /** Which frame of the session it came from (0, 1, ...). */
  frame: number;
  image: I | null;
}

/**
 * The k patches that excite a unit most over a session (the course's "what are deep ConvNets
 * learning": nine patches per unit). Patches that overlap a better one (IoU >= `overlap`) are
 * not kept, so nine patches are nine places, not one place nine times over a still picture.
 * Ties keep the earlier patch (then the higher, then the further left), so the same frames give
 * the same nine.
 */
export class TopPatches<I> {
  #kept: Patch<I>[] = [];

  constructor(
    readonly k = 9,
    readonly overlap = 0.5,
  ) {}

  get patches(): readonly Patch<I>[] {
    return this.#kept;
  }

  /**
   * Offers one frame's candidates; returns those now kept that need their pixels (the caller
   * crops them and sets `image`).
   */
  offer(candidates: readonly Omit<Patch<I>, 'image'>[]): Patch<I>[] {
    const added: Patch<I>[] = [];
    for (const c of [...candidates].sort(better)) {
      if (!this.#wouldKeep(c)) continue;
      const patch: Patch<I> = { ...c, image: null };
      // A better patch takes the place of those it overlaps.
      this.#kept = this.#kept.filter((p) => intersectionOverUnion(p.box, c.box) < this.overlap);
      this.#kept.push(patch);
      this.#kept.sort(better);
      this.#kept.length = Math.min(this.#kept.length, this.k);
      added.push(patch);
    }
    return added.filter((p) => this.#kept.includes(p));
  }

  clear(): void {
    this.#kept = [];
  }

  #wouldKeep(c: Omit<Patch<I>, 'image'>): boolean {
    const overlapping = this.#kept.filter(
      (p) => intersectionOverUnion(p.box, c.box) >= this.overlap,
    );
    if (overlapping.some((p) => p.value >= c.value)) return false;
    const weakest = this.#kept[this.#kept.length - 1];
    return this.#kept.length - overlapping.length < this.k || !weakest || c.value > weakest.value;
  }
}
