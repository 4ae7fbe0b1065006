/** What the user chooses for a scan. Sizes and stride in pixels of the source frame. */
export interface WindowsSettings {
  /** Window sides, one grid per size (several scales). */
  sizes: number[];
  /** Pixels between neighbouring windows of the naive scan. */
  stride: number;
  /** A window becomes a box when its best object class has ŷ above this. */
  scoreThreshold: number;
  /** NMS removes a box whose IoU with a kept one is at or above this (IoU >= threshold). */
  iouThreshold: number;
  /** The head's class that means "no object", or null. */
  backgroundClass: number | null;
}

export const defaultWindowsSettings: WindowsSettings = {
  sizes: [224],
  stride: 32,
  scoreThreshold: 0.6,
  iouThreshold: 0.3,
  backgroundClass: null,
};

/** The class to treat as background: one named like it, else the last class (object first). */
export function guessBackgroundClass(labels: readonly string[]): number | null {
  if (labels.length < 2) return null;
  const named = labels.findIndex((l) => /background|背景|other|nothing/i.test(l));
  return named >= 0 ? named : labels.length - 1;
}
