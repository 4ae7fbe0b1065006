import { describe, expect, it } from 'vitest';
import { liveInputSize } from '../../../src/tasks/style/live_input_size';

describe('liveInputSize', () => {
  it.each([
    { w: 640, h: 480, long: 256, out: [256, 192] },
    { w: 480, h: 640, long: 128, out: [96, 128] },
    { w: 1280, h: 720, long: 256, out: [256, 144] },
    { w: 548, h: 342, long: 128, out: [128, 80] },
    { w: 100, h: 100, long: 128, out: [128, 128] },
    { w: 1000, h: 10, long: 128, out: [128, 4] },
  ])('$w x $h at $long -> $out', ({ w, h, long, out }) => {
    expect(liveInputSize(w, h, long)).toEqual(out);
  });

  it.each([
    { w: 0, h: 480, long: 128, message: 'A frame to stylise needs a positive size, not 0x480.' },
    {
      w: 640,
      h: 480,
      long: 130,
      message: "The network's size must be a positive multiple of 4, not 130.",
    },
  ])('rejects $w x $h at $long', ({ w, h, long, message }) => {
    expect(() => liveInputSize(w, h, long)).toThrow(message);
  });
});
