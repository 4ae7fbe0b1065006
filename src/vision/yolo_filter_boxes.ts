/** What the network says about one anchor of one cell, after σ and softmax. */
export interface ScoredPrediction {
  /** Objectness p_c = σ(t_o), in [0, 1]. */
  objectness: number;
  /** Class probabilities c_1 … c_C (a softmax, sums to 1). One class: [1]. */
  classProbabilities: readonly number[];
}

export interface FilteredBox {
  /** Index into the input predictions. */
  index: number;
  /** Box score = objectness x the best class probability. */
  score: number;
  classIndex: number;
}

/**
 * The course's yolo_filter_boxes: box score = p_c x c_i for every class i; each box takes its
 * best class; boxes whose best score is below the threshold are dropped.
 */
export function yoloFilterBoxes(
  predictions: readonly ScoredPrediction[],
  scoreThreshold: number,
): FilteredBox[] {
  const kept: FilteredBox[] = [];
  for (const [index, p] of predictions.entries()) {
    let classIndex = 0;
    let best = -Infinity;
    for (const [c, prob] of p.classProbabilities.entries()) {
      if (prob > best) {
        best = prob;
        classIndex = c;
      }
    }
    const score = p.objectness * best;
    if (score >= scoreThreshold) kept.push({ index, score, classIndex });
  }
  return kept;
}
