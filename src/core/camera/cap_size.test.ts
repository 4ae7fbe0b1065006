import { describe, expect, it } from 'vitest';
import { capSize, MAX_STILL_SIDE } from './cap_size';

describe('capSize', () => {
  it.each([
    { w: 12000, h: 9000, max: 1920, out: { width: 1920, height: 1440 } },
    { w: 8000, h: 5500, max: 1920, out: { width: 1920, height: 1320 } },
    { w: 3000, h: 4000, max: 1920, out: { width: 1440, height: 1920 } },
    { w: 1920, h: 1080, max: 1920, out: { width: 1920, height: 1080 } },
    { w: 640, h: 480, max: 1920, out: { width: 640, height: 480 } },
    { w: 100000, h: 10, max: 1920, out: { width: 1920, height: 1 } },
    { w: 1001, h: 3, max: 100, out: { width: 100, height: 1 } },
  ])('$w x $h capped at $max is $out.width x $out.height', ({ w, h, max, out }) => {
    expect(capSize(w, h, max)).toEqual(out);
  });

  it('never enlarges, and caps at 1920 px by default', () => {
    expect(MAX_STILL_SIDE).toBe(1920);
    expect(capSize(4000, 2000)).toEqual({ width: 1920, height: 960 });
    expect(capSize(1, 1)).toEqual({ width: 1, height: 1 });
  });
});
