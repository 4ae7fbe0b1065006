export interface EarlyStoppingRule {
  /** Epochs without improvement of the dev loss before stopping. */
  patience: number;
  /** A dev loss must fall by more than this to count as an improvement. */
  minDelta?: number;
}

export interface EarlyStoppingVerdict {
  stop: boolean;
  /** Epoch (0-based) with the lowest dev loss so far; -1 with no losses. */
  bestEpoch: number;
}

/**
 * Early stopping: stop when the dev loss has not improved on its best for `patience` epochs,
 * and keep the parameters of the best epoch.
 */
export function earlyStopping(
  devLosses: readonly number[],
  { patience, minDelta = 0 }: EarlyStoppingRule,
): EarlyStoppingVerdict {
  let bestEpoch = -1;
  let best = Infinity;
  devLosses.forEach((loss, epoch) => {
    if (loss < best - minDelta) {
      best = loss;
      bestEpoch = epoch;
    }
  });
  const since = devLosses.length - 1 - bestEpoch;
  return { stop: bestEpoch >= 0 && since >= patience, bestEpoch };
}
