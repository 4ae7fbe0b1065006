import { seededRandom, shuffled } from '../../core/random/seeded_random';

export interface TrainDevSplit {
  /** Indices into the samples, ascending. */
  train: number[];
  dev: number[];
}

/**
 * A stratified train / dev split: each class keeps about `devFraction` of its samples for the dev
 * set (at least one when it has two or more, never all of them), chosen by a seeded shuffle so the
 * same samples and seed give the same split.
 */
export function trainDevSplit(
  labels: readonly number[],
  devFraction: number,
  seed: number,
): TrainDevSplit {
  if (!(devFraction >= 0 && devFraction < 1)) {
    throw new RangeError(`trainDevSplit: devFraction must be in [0, 1), got ${devFraction}.`);
  }
  const byClass = new Map<number, number[]>();
  labels.forEach((label, i) => byClass.set(label, [...(byClass.get(label) ?? []), i]));
  const random = seededRandom(seed);
  const train: number[] = [];
  const dev: number[] = [];
  for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
    const indices = shuffled(byClass.get(label)!, random);
    const wanted = Math.round(indices.length * devFraction);
    const devCount =
      devFraction === 0 || indices.length < 2
        ? 0
        : Math.min(indices.length - 1, Math.max(1, wanted));
    dev.push(...indices.slice(0, devCount));
    train.push(...indices.slice(devCount));
  }
  return { train: train.sort((a, b) => a - b), dev: dev.sort((a, b) => a - b) };
}
