/** What the Transfer lab's live prediction publishes each frame. */
export interface TransferResult {
  /** Size of the source frame in pixels. */
  frame: { width: number; height: number };
  /** Class names in the head's output order; empty before training. */
  labels: string[];
  /** ŷ = softmax(x W + b) per class, 0..1, summing to 1; null before training. */
  probabilities: number[] | null;
  /** When the head that made `probabilities` was trained (ISO time); null before training. */
  trainedAt: string | null;
  /** The class with the largest ŷ, or null before training. */
  best: { label: string; probability: number } | null;
}
