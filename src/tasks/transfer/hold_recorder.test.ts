import { describe, expect, it } from 'vitest';
import { HoldRecorder } from './hold_recorder';

function fakeTimers() {
  const intervals = new Map<number, () => void>();
  let next = 1;
  return {
    intervals,
    timers: {
      setInterval: (fn: () => void) => {
        intervals.set(next, fn);
        return next++;
      },
      clearInterval: (id: number) => intervals.delete(id),
    },
    tick: () => [...intervals.values()].forEach((fn) => fn()),
  };
}

describe('HoldRecorder', () => {
  it('captures one frame on a click', () => {
    const t = fakeTimers();
    let n = 0;
    const r = new HoldRecorder(() => n++, 200, t.timers);
    r.press();
    r.release();
    t.tick();
    expect(n).toBe(1);
    expect(r.recording).toBe(false);
  });

  it('captures at a steady rate while held, and once per press', () => {
    const t = fakeTimers();
    let n = 0;
    const r = new HoldRecorder(() => n++, 200, t.timers);
    r.press();
    r.press(); // key repeat
    t.tick();
    t.tick();
    expect(n).toBe(3);
    expect(t.intervals.size).toBe(1);
    r.release();
    expect(t.intervals.size).toBe(0);
  });
});
