import { describe, expect, it } from 'vitest';
import { squareLetterbox, unletterbox } from '../../vision/letterbox';
import { cropToFrame } from '../../vision/rotate_crop';
import { applyAffine } from './affine';
import { readTransform } from './read_transform';

const points = [
  [0, 0],
  [1.5, 2.25],
  [100, 40],
] as const;

function expectMaps(
  toFrame: readonly number[],
  reference: (x: number, y: number) => { x: number; y: number },
) {
  for (const [x, y] of points) {
    const got = applyAffine(toFrame as never, x, y);
    const want = reference(x, y);
    expect(got.x).toBeCloseTo(want.x, 9);
    expect(got.y).toBeCloseTo(want.y, 9);
  }
}

describe('readTransform', () => {
  it('stretches the whole frame onto the output by default', () => {
    const { toFrame } = readTransform(
      { width: 640, height: 480 },
      { outputSize: { width: 320, height: 120 } },
    );
    expect(toFrame).toEqual([2, -0, 0, 0, 4, 0]);
  });

  it.each([
    [640, 480, 416],
    [480, 640, 192],
    [1280, 720, 512],
    [548, 342, 192],
    [641, 480, 416],
    [300, 300, 256],
  ])('letterboxes %ix%i into %i as squareLetterbox and unletterbox do', (w, h, n) => {
    const { toFrame } = readTransform(
      { width: w, height: h },
      { outputSize: { width: n, height: n }, keepAspect: true },
    );
    const box = squareLetterbox(w, h, n);
    expectMaps(toFrame, (x, y) => unletterbox(box, x / n, y / n));
  });

  it('letterboxes a wide roi into a tall output: bars above and below', () => {
    const { fromFrame } = readTransform(
      { width: 100, height: 100 },
      {
        outputSize: { width: 10, height: 20 },
        roi: { cx: 50, cy: 50, width: 40, height: 20 },
        keepAspect: true,
      },
    );
    // The roi's 40 px width fills 10 px; its 20 px height becomes 5 px, centred in 20.
    expect(applyAffine(fromFrame, 30, 40)).toEqual({ x: 0, y: 7.5 });
    expect(applyAffine(fromFrame, 70, 60)).toEqual({ x: 10, y: 12.5 });
  });

  it("maps a turned square roi as a landmark crop's cropToFrame does", () => {
    const crop = { cx: 210, cy: 130, size: 96, angle: -0.7, outputSize: 192 };
    const { toFrame } = readTransform(
      { width: 640, height: 480 },
      {
        outputSize: { width: 192, height: 192 },
        roi: { cx: 210, cy: 130, width: 96, height: 96, angle: -0.7 },
      },
    );
    expectMaps(toFrame, (x, y) => cropToFrame(crop, x, y));
  });

  it('mirrors: output x reads the frame at the mirrored point', () => {
    const frame = { width: 64, height: 48 };
    const outputSize = { width: 32, height: 24 };
    const plain = readTransform(frame, { outputSize }).toFrame;
    const { toFrame } = readTransform(frame, { outputSize, flipHorizontally: true });
    expectMaps(toFrame, (x, y) => applyAffine(plain, 32 - x, y));
  });

  it('gives the inverse too: frame -> output -> frame is the identity', () => {
    const { toFrame, fromFrame } = readTransform(
      { width: 640, height: 480 },
      {
        outputSize: { width: 224, height: 160 },
        roi: { cx: 300, cy: 200, width: 150, height: 90, angle: 0.3 },
        keepAspect: true,
        flipHorizontally: true,
      },
    );
    for (const [x, y] of points) {
      const p = applyAffine(fromFrame, x, y);
      const back = applyAffine(toFrame, p.x, p.y);
      expect(back.x).toBeCloseTo(x, 9);
      expect(back.y).toBeCloseTo(y, 9);
    }
  });

  it.each([
    [
      { outputSize: { width: 0, height: 3 } },
      'A frame read needs a whole, positive output size, got 0x3.',
    ],
    [
      { outputSize: { width: 2.5, height: 3 } },
      'A frame read needs a whole, positive output size, got 2.5x3.',
    ],
    [
      { outputSize: { width: 2, height: 3 }, roi: { cx: 1, cy: 1, width: -1, height: 3 } },
      'A region to read must have a positive size, got -1x3.',
    ],
  ])('refuses %j', (options, message) => {
    expect(() => readTransform({ width: 4, height: 4 }, options)).toThrow(message);
  });

  it('refuses an empty frame', () => {
    expect(() =>
      readTransform({ width: 0, height: 4 }, { outputSize: { width: 1, height: 1 } }),
    ).toThrow('A frame must have a positive size, got 0x4.');
  });
});
