import { describe, expect, it } from 'vitest';
import { liveSizeDrop } from './live_size_rule';

describe('liveSizeDrop: 256 px while it holds 8 fps, else 128', () => {
  it.each([
    { name: 'WebGL, 20 ms a frame: keeps 256', size: 256, processed: 30, totalMs: 20, drop: null },
    {
      name: 'WASM here, 53 ms (19 fps): keeps 256',
      size: 256,
      processed: 30,
      totalMs: 53,
      drop: null,
    },
    { name: '125 ms is 8 fps: keeps 256', size: 256, processed: 30, totalMs: 125, drop: null },
    { name: '200 ms (5 fps): drops to 128', size: 256, processed: 30, totalMs: 200, drop: 5 },
    { name: 'too few frames to judge yet', size: 256, processed: 9, totalMs: 400, drop: null },
    { name: 'already 128: nothing lower', size: 128, processed: 30, totalMs: 400, drop: null },
    { name: 'no frame timed yet', size: 256, processed: 30, totalMs: 0, drop: null },
  ])('$name', ({ size, processed, totalMs, drop }) => {
    const got = liveSizeDrop(size, { processed, totalMs });
    if (drop === null) expect(got).toBeNull();
    else {
      expect(got?.size).toBe(128);
      expect(got?.fps).toBeCloseTo(drop);
    }
  });
});
