import { describe, expect, it } from 'vitest';
import { ScanReplay, type ReplayClock } from './scan_replay';

function manualClock() {
  const timers: { ms: number; tick: () => void }[] = [];
  const clock: ReplayClock = {
    every(ms, tick) {
      const timer = { ms, tick };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
  };
  return { clock, timers, tick: () => timers.forEach((t) => t.tick()) };
}

describe('ScanReplay', () => {
  it('reveals one window per tick at the chosen speed and stops at the end', () => {
    const { clock, timers, tick } = manualClock();
    const replay = new ScanReplay(clock);
    replay.speed = 10;
    replay.start(3);
    expect(timers.map((t) => t.ms)).toEqual([100]);
    tick();
    tick();
    expect([replay.shown, replay.playing]).toEqual([2, true]);
    tick();
    expect([replay.shown, replay.playing]).toEqual([3, false]);
    expect(timers).toHaveLength(0);
  });

  it('tells its listener about every change', () => {
    const { clock, tick } = manualClock();
    let heard = 0;
    const replay = new ScanReplay(clock, () => heard++);
    replay.start(2);
    tick();
    tick();
    expect(heard).toBe(3);
  });

  it('keeps a single timer when the speed changes or it restarts', () => {
    const { clock, timers } = manualClock();
    const replay = new ScanReplay(clock);
    replay.start(100);
    replay.speed = 50;
    replay.start(100);
    expect(timers.map((t) => t.ms)).toEqual([20]);
    replay.skip();
    expect([replay.shown, timers.length]).toEqual([100, 0]);
  });

  it.each([
    [0, 1],
    [1000, 500],
    [25, 25],
  ])('speed %i is kept within 1..500: %i', (asked, got) => {
    const replay = new ScanReplay(manualClock().clock);
    replay.speed = asked;
    expect(replay.speed).toBe(got);
  });
});
