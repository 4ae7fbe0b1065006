import { describe, expect, it } from 'vitest';
import { slidingWindows, windowStarts } from './sliding_windows';

describe('windowStarts', () => {
  it.each([
    // n, f, s, edge, starts
    [10, 4, 2, 'drop', [0, 2, 4, 6]], // floor((10 - 4) / 2) + 1 = 4
    [10, 4, 3, 'drop', [0, 3, 6]], // floor(6 / 3) + 1 = 3, the last ends at 10
    [10, 4, 4, 'drop', [0, 4]], // floor(6 / 4) + 1 = 2: pixels 8-9 are never covered
    [10, 4, 4, 'clip', [0, 4, 8]], // ceil(6 / 4) + 1 = 3: the last window is cut to 8-10
    [10, 4, 3, 'clip', [0, 3, 6]], // no remainder: clip and drop agree
    [10, 10, 5, 'drop', [0]],
    [10, 12, 5, 'drop', []], // a window larger than the frame does not fit
    [10, 12, 5, 'clip', [0]], // ... unless clipped to the frame
    [640, 224, 32, 'drop', [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416]],
  ] as const)('n=%i f=%i s=%i %s -> %j', (n, f, s, edge, want) => {
    expect(windowStarts(n, f, s, edge)).toEqual(want);
  });

  it.each([
    [0, 4, 2, 'The n of a sliding window must be a positive number, got 0.'],
    [10, -1, 2, 'The f of a sliding window must be a positive number, got -1.'],
    [10, 4, 0, 'The s of a sliding window must be a positive number, got 0.'],
    [10, 4, NaN, 'The s of a sliding window must be a positive number, got NaN.'],
  ])('n=%s f=%s s=%s is refused', (n, f, s, message) => {
    expect(() => windowStarts(n, f, s, 'drop')).toThrow(message);
  });
});

describe('slidingWindows', () => {
  it.each([
    // width, height, sizes, stride, edge, count per size
    [640, 480, [224], 32, 'drop', [14 * 9]],
    [640, 480, [224, 160], 32, 'drop', [14 * 9, 16 * 11]],
    [384, 256, [112], 16, 'drop', [18 * 10]],
    [100, 60, [50], 20, 'drop', [3 * 1]],
    [100, 60, [50], 20, 'clip', [4 * 2]],
  ] as const)('%ix%i sizes %j stride %i (%s): %j windows', (w, h, sizes, s, edge, counts) => {
    const { windows, grids } = slidingWindows({ width: w, height: h }, sizes, s, edge);
    expect(grids.map((g) => g.rows * g.cols)).toEqual(counts);
    expect(windows).toHaveLength(counts.reduce((a, b) => a + b, 0));
  });

  it('lists windows row by row, with their boxes in frame pixels', () => {
    const { windows, grids } = slidingWindows({ width: 100, height: 60 }, [50], 20, 'drop');
    expect(grids).toEqual([{ size: 50, stride: 20, rows: 1, cols: 3 }]);
    expect(windows.map((w) => [w.row, w.col, w.box])).toEqual([
      [0, 0, { x1: 0, y1: 0, x2: 50, y2: 50 }],
      [0, 1, { x1: 20, y1: 0, x2: 70, y2: 50 }],
      [0, 2, { x1: 40, y1: 0, x2: 90, y2: 50 }],
    ]);
  });

  it('clips the windows that cross the edge to the frame', () => {
    const { windows } = slidingWindows({ width: 100, height: 60 }, [50], 20, 'clip');
    const last = windows.at(-1)!;
    expect([last.row, last.col, last.size]).toEqual([1, 3, 50]);
    expect(last.box).toEqual({ x1: 60, y1: 20, x2: 100, y2: 60 });
    expect(windows.every((w) => w.box.x2 <= 100 && w.box.y2 <= 60)).toBe(true);
  });

  it('numbers the sizes in the order given', () => {
    const { windows } = slidingWindows({ width: 64, height: 64 }, [64, 32], 32);
    expect(windows.map((w) => `${w.scale}:${w.size}`)).toEqual([
      '0:64',
      '1:32',
      '1:32',
      '1:32',
      '1:32',
    ]);
  });

  it('refuses an empty list of sizes', () => {
    expect(() => slidingWindows({ width: 10, height: 10 }, [], 2)).toThrow(
      'Choose at least one window size.',
    );
  });
});
