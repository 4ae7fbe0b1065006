import { describe, expect, it } from 'vitest';
import { workSize } from './work_size';

describe('workSize', () => {
  it.each([
    [640, 480, 320, 320, 240],
    [480, 640, 320, 240, 320],
    [1280, 720, 320, 320, 180],
    [868, 600, 320, 320, 221],
    [200, 100, 320, 200, 100], // never scaled up
    [640, 480, 640, 640, 480],
    [5000, 1, 320, 320, 1],
  ])('%i x %i with long side %i is %i x %i', (w, h, long, ww, wh) => {
    expect(workSize(w, h, long)).toEqual({ width: ww, height: wh });
  });

  it('rejects an empty frame and a zero working size', () => {
    expect(() => workSize(0, 480, 320)).toThrow('A frame must have a positive size, got 0x480.');
    expect(() => workSize(640, 480, 0)).toThrow('The working size must be at least 1, got 0.');
  });
});
