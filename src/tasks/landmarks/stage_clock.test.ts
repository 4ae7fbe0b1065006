import { expect, it } from 'vitest';
import { StageClock } from './stage_clock';

it('sums the laps of each stage', () => {
  const times = [0, 2, 5, 6, 10];
  const clock = new StageClock(() => times.shift()!);
  clock.lap('preprocess'); // 2
  clock.lap('inference'); // 3
  clock.lap('preprocess'); // 1
  clock.lap('postprocess'); // 4
  expect(clock.timings).toEqual({ preprocess: 3, inference: 3, postprocess: 4 });
});
