import type { CornerBox } from './boxes';
import { intersectionOverUnion } from './intersection_over_union';

/** A candidate detection: a corner box, its score in [0, 1] and its class index. */
export interface ScoredBox {
  box: CornerBox;
  score: number;
  classIndex: number;
}

/** What NMS reads of a candidate: any item with a corner box and a score (a class is optional). */
export type NmsCandidate = Pick<ScoredBox, 'box' | 'score'> & { classIndex?: number };

/** One round of greedy NMS: the best box left is kept and removes those overlapping it. */
export interface NmsStep {
  /** Index (into the input) of the box kept in this round. */
  kept: number;
  /** Boxes this one suppressed, with their IoU against it. */
  suppressed: { index: number; iou: number }[];
}

export interface NmsResult {
  /** Indices (into the input) of the survivors, best score first. */
  keep: number[];
  /** Every round in order, so a UI can replay the suppression one step at a time. */
  steps: NmsStep[];
}

export interface NmsOptions {
  /**
   * A box is removed when its IoU with a kept box is at or above this (IoU >= threshold, as
   * the course), in [0, 1]. So 0 keeps one box per class and 1 removes only exact copies.
   */
  iouThreshold: number;
  /**
   * Only boxes of the same class suppress each other (default true); false: class-agnostic.
   * Candidates without a class count as one class.
   */
  perClass?: boolean;
  /** Stop after keeping this many boxes (default: no limit). */
  maxBoxes?: number;
}

/**
 * Greedy non-max suppression, as in the course: sort by score; repeat { pick the box with the
 * highest score, keep it, discard every remaining box with IoU >= threshold against it }.
 * Ties keep input order.
 */
export function nonMaxSuppression(
  boxes: readonly NmsCandidate[],
  { iouThreshold, perClass = true, maxBoxes = Infinity }: NmsOptions,
): NmsResult {
  if (!(iouThreshold >= 0 && iouThreshold <= 1)) {
    throw new RangeError(`The IoU threshold must be in [0, 1], got ${iouThreshold}.`);
  }
  const order = boxes
    .map((_, i) => i)
    .sort((a, b) => (boxes[b] as NmsCandidate).score - (boxes[a] as NmsCandidate).score);
  const removed = new Array<boolean>(boxes.length).fill(false);
  const keep: number[] = [];
  const steps: NmsStep[] = [];
  for (const [rank, i] of order.entries()) {
    if (removed[i] || keep.length >= maxBoxes) continue;
    const best = boxes[i] as NmsCandidate;
    const step: NmsStep = { kept: i, suppressed: [] };
    for (const j of order.slice(rank + 1)) {
      const other = boxes[j] as NmsCandidate;
      if (removed[j] || (perClass && other.classIndex !== best.classIndex)) continue;
      const iou = intersectionOverUnion(best.box, other.box);
      if (iou >= iouThreshold) {
        removed[j] = true;
        step.suppressed.push({ index: j, iou });
      }
    }
    keep.push(i);
    steps.push(step);
  }
  return { keep, steps };
}
