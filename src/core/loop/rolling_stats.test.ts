import { describe, expect, it } from 'vitest';
import { RollingStats } from './rolling_stats';
import type { StageTimings } from './stage_timings';

type Frame = [atMs: number, stageMs: StageTimings, totalMs: number];

describe('RollingStats', () => {
  it.each<[string, Frame[], number, { fps: number; totalMs: number; stageMs: StageTimings }]>([
    ['no frames', [], 30, { fps: 0, totalMs: 0, stageMs: {} }],
    [
      'one frame has no fps yet',
      [[0, { draw: 2 }, 9]],
      30,
      { fps: 0, totalMs: 9, stageMs: { draw: 2 } },
    ],
    [
      'three frames 50 ms apart',
      [
        [0, { inference: 10, draw: 1 }, 12],
        [50, { inference: 30, draw: 3 }, 34],
        [100, { inference: 20 }, 22],
      ],
      30,
      { fps: 20, totalMs: 22, stageMs: { inference: 20, draw: 2 } },
    ],
    [
      'only the last `window` frames count',
      [
        [0, { preprocess: 100 }, 100],
        [1000, { preprocess: 1 }, 4],
        [1100, { preprocess: 3 }, 6],
      ],
      2,
      { fps: 10, totalMs: 5, stageMs: { preprocess: 2 } },
    ],
  ])('%s', (_name, frames, window, expected) => {
    const stats = new RollingStats(window);
    for (const [atMs, stageMs, totalMs] of frames) stats.addProcessed(atMs, stageMs, totalMs);
    expect(stats.snapshot()).toEqual({ ...expected, processed: frames.length, dropped: 0 });
  });

  it('counts drops, and clearWindow keeps the counts but restarts the fps window', () => {
    const stats = new RollingStats();
    stats.addProcessed(0, {}, 1);
    stats.addProcessed(100, {}, 1);
    stats.addDropped();
    stats.clearWindow();
    stats.addProcessed(60_000, {}, 1);
    stats.addProcessed(60_050, {}, 1);
    expect(stats.snapshot()).toMatchObject({ fps: 20, processed: 4, dropped: 1 });
    stats.reset();
    expect(stats.snapshot()).toMatchObject({ fps: 0, processed: 0, dropped: 0, totalMs: 0 });
  });

  it.each([0, -1, 1.5])('rejects window %d', (window) => {
    expect(() => new RollingStats(window)).toThrow(
      `window must be a positive integer, got ${window}`,
    );
  });
});
