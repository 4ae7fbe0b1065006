import { describe, expect, it } from 'vitest';
import { StepPlayer, type Timers } from './step_player';

function fakeTimers() {
  let fn: (() => void) | null = null;
  const timers: Timers = {
    setInterval: (f) => {
      fn = f;
      return 1;
    },
    clearInterval: () => {
      fn = null;
    },
  };
  return { timers, tick: () => fn?.(), running: () => fn !== null };
}

describe('StepPlayer', () => {
  it('steps forward and back within 0 .. count - 1', () => {
    const p = new StepPlayer(() => {}, 100, fakeTimers().timers);
    p.reset(3);
    p.back();
    expect(p.index).toBe(0);
    p.forward();
    p.forward();
    p.forward();
    expect(p.index).toBe(2);
    p.back();
    expect(p.index).toBe(1);
  });

  it('plays one step per tick and stops at the last position', () => {
    const t = fakeTimers();
    const p = new StepPlayer(() => {}, 100, t.timers);
    p.reset(16);
    p.play();
    expect(p.playing).toBe(true);
    for (let i = 0; i < 14; i++) t.tick();
    expect(p.index).toBe(14);
    expect(t.running()).toBe(true);
    t.tick();
    expect(p.index).toBe(15);
    expect(p.playing).toBe(false);
    expect(t.running()).toBe(false);
  });

  it('tells its listener about every change', () => {
    let changes = 0;
    const p = new StepPlayer(() => changes++, 100, fakeTimers().timers);
    p.reset(3);
    expect(changes).toBeGreaterThan(0);
    const afterReset = changes;
    p.forward();
    p.back();
    expect(changes).toBe(afterReset + 2);
  });

  it('restarts from the first position when played at the end, and reset pauses', () => {
    const t = fakeTimers();
    const p = new StepPlayer(() => {}, 100, t.timers);
    p.reset(2);
    p.forward();
    p.play();
    expect(p.index).toBe(0);
    p.reset(4);
    expect(p.playing).toBe(false);
    expect(t.running()).toBe(false);
  });
});
