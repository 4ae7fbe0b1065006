import { describe, expect, it } from 'vitest';
import { earlyStopping } from './early_stopping';

describe('earlyStopping', () => {
  it.each([
    { losses: [], patience: 2, stop: false, bestEpoch: -1 },
    { losses: [1, 0.8, 0.6], patience: 2, stop: false, bestEpoch: 2 },
    { losses: [1, 0.5, 0.6], patience: 2, stop: false, bestEpoch: 1 },
    { losses: [1, 0.5, 0.6, 0.7], patience: 2, stop: true, bestEpoch: 1 },
    { losses: [1, 0.5, 0.6, 0.4], patience: 2, stop: false, bestEpoch: 3 },
    { losses: [1, 0.5, 0.6], patience: 1, stop: true, bestEpoch: 1 },
  ])(
    'dev losses $losses, patience $patience: stop $stop',
    ({ losses, patience, stop, bestEpoch }) => {
      expect(earlyStopping(losses, { patience })).toEqual({ stop, bestEpoch });
    },
  );

  it('ignores improvements smaller than minDelta', () => {
    expect(earlyStopping([1, 0.999, 0.998], { patience: 2, minDelta: 0.01 })).toEqual({
      stop: true,
      bestEpoch: 0,
    });
  });
});
