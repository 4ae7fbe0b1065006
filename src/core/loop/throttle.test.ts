import { describe, expect, it } from 'vitest';
import { throttleLatest } from './throttle';

function fakeClock() {
  let t = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimeout: (id: unknown) => {
      const i = timers.findIndex((x) => x.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    advance(ms: number) {
      t += ms;
      for (const timer of timers.filter((x) => x.at <= t)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.fn();
      }
    },
  };
}

describe('throttleLatest', () => {
  it('emits the first value at once, then the latest value once per interval', () => {
    const clock = fakeClock();
    const out: number[] = [];
    const th = throttleLatest<number>((v) => out.push(v), 1000, {}, clock);
    th.push(1);
    th.push(2);
    th.push(3);
    expect(out).toEqual([1]);
    clock.advance(999);
    expect(out).toEqual([1]);
    clock.advance(1);
    expect(out).toEqual([1, 3]);
    clock.advance(5000);
    th.push(4);
    expect(out).toEqual([1, 3, 4]);
  });

  it('cancel drops the pending value', () => {
    const clock = fakeClock();
    const out: number[] = [];
    const th = throttleLatest<number>((v) => out.push(v), 1000, {}, clock);
    th.push(1);
    th.push(2);
    th.cancel();
    clock.advance(2000);
    expect(out).toEqual([1]);
  });

  it('without leading, emits only from a timer, never inside push', () => {
    const clock = fakeClock();
    const out: number[] = [];
    const th = throttleLatest<number>((v) => out.push(v), 100, { leading: false }, clock);
    th.push(1);
    th.push(2);
    expect(out).toEqual([]);
    clock.advance(0);
    expect(out).toEqual([2]);
    th.push(3);
    clock.advance(99);
    expect(out).toEqual([2]);
    clock.advance(1);
    expect(out).toEqual([2, 3]);
    clock.advance(500);
    th.push(4);
    expect(out).toEqual([2, 3]);
    clock.advance(0);
    expect(out).toEqual([2, 3, 4]);
  });
});
