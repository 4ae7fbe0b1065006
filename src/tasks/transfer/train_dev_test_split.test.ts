import { describe, expect, it } from 'vitest';
import { trainDevSplit } from './train_dev_split';

const labels = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3];

describe('trainDevSplit', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(trainDevSplit(labels, 0.2, 7)).toEqual(trainDevSplit(labels, 0.2, 7));
    expect(trainDevSplit(labels, 0.2, 7)).not.toEqual(trainDevSplit(labels, 0.2, 8));
  });

  it('partitions the samples', () => {
    const { train, dev } = trainDevSplit(labels, 0.3, 1);
    expect([...train, ...dev].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
  });

  it.each([
    // class sizes 10, 5, 2, 1 -> dev counts
    { fraction: 0.2, devPerClass: [2, 1, 1, 0] },
    { fraction: 0.5, devPerClass: [5, 3, 1, 0] },
    { fraction: 0, devPerClass: [0, 0, 0, 0] },
    { fraction: 0.9, devPerClass: [9, 4, 1, 0] },
  ])('is stratified: dev fraction $fraction gives $devPerClass', ({ fraction, devPerClass }) => {
    const { dev } = trainDevSplit(labels, fraction, 3);
    const counts = [0, 1, 2, 3].map((c) => dev.filter((i) => labels[i] === c).length);
    expect(counts).toEqual(devPerClass);
  });

  it('rejects a dev fraction of 1', () => {
    expect(() => trainDevSplit(labels, 1, 0)).toThrow('devFraction must be in [0, 1), got 1');
  });
});
