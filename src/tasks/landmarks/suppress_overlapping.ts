import type { Box } from './landmarks_result';

/** IoU = area(A ∩ B) / area(A ∪ B) of two boxes; 0 when either is empty. */
export function boxIoU(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const inter = w * h;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * Greedy non-max suppression: keep the best-scoring item, drop those overlapping it by more
 * than `iouThreshold`, repeat; at most `maxCount` kept, best first.
 */
export function suppressOverlapping<T extends { box: Box; score: number }>(
  items: readonly T[],
  iouThreshold: number,
  maxCount: number,
): T[] {
  const kept: T[] = [];
  for (const item of [...items].sort((a, b) => b.score - a.score)) {
    if (kept.length >= maxCount) break;
    if (kept.every((k) => boxIoU(k.box, item.box) <= iouThreshold)) kept.push(item);
  }
  return kept;
}
