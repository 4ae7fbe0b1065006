import { describe, expect, it } from 'vitest';
import { frameTimeGoal } from './frame_time_goal';

describe('frameTimeGoal: the satisficing metric "time per frame ≤ N ms"', () => {
  it.each([
    { measured: 23, max: 100, met: true },
    { measured: 100, max: 100, met: true }, // ≤: exactly N is good enough
    { measured: 100.5, max: 100, met: false },
    { measured: 240, max: 100, met: false },
    { measured: 240, max: 250, met: true },
  ])('$measured ms against ≤ $max ms: met $met', ({ measured, max, met }) => {
    expect(frameTimeGoal(measured, max)).toEqual({ maxMs: max, measuredMs: measured, met });
  });

  it.each([null, undefined, 0])('is not judged before a frame is measured (%s)', (measured) => {
    expect(frameTimeGoal(measured, 100)).toEqual({ maxMs: 100, measuredMs: null, met: null });
  });
});
