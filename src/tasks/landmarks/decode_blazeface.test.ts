import { describe, expect, it } from 'vitest';
import { applyAffine } from '../../core/pixels/affine';
import { readTransform } from '../../core/pixels/read_transform';
import { blazefaceAnchors } from './blazeface_anchors';
import { decodeBlazeface } from './decode_blazeface';

/** Input point -> frame point of a width x height frame letterboxed into BlazeFace's 256 px. */
const letterboxed = (width: number, height: number) => {
  const { toFrame } = readTransform(
    { width, height },
    { outputSize: { width: 256, height: 256 }, keepAspect: true },
  );
  return (x: number, y: number) => applyAffine(toFrame, x, y);
};

describe('decodeBlazeface', () => {
  const anchors = blazefaceAnchors(256);
  const logits = new Float32Array(896).fill(-10);
  const regressors = new Float32Array(896 * 16);
  // Anchor 2 sits at (24, 8): a 32x16 box centred 4 px right of it, eyes at ±6 px.
  logits[2] = 0;
  regressors.set([4, 0, 32, 16, -6, 0, 6, 0], 2 * 16);

  it('decodes centre = anchor + offset and size, points = anchor + offset, score = σ(logit)', () => {
    const box = letterboxed(256, 256);
    const [face, ...rest] = decodeBlazeface(logits, regressors, anchors, box, 0.4);
    expect(rest).toEqual([]);
    expect(face!.score).toBeCloseTo(0.5, 6);
    expect(face!.box).toEqual({ x: 12, y: 0, width: 32, height: 16 });
    expect(face!.keypoints[0]).toEqual({ x: 18, y: 8 });
    expect(face!.keypoints[1]).toEqual({ x: 30, y: 8 });
  });

  it('projects back through the letterbox to frame pixels', () => {
    const box = letterboxed(512, 256); // scale 2, 64 px of padding above
    const [face] = decodeBlazeface(logits, regressors, anchors, box, 0.4);
    expect(face!.box).toEqual({ x: 24, y: -128, width: 64, height: 32 });
  });

  it('drops anchors below the score threshold', () => {
    const box = letterboxed(256, 256);
    expect(decodeBlazeface(logits, regressors, anchors, box, 0.6)).toEqual([]);
  });

  it('rejects outputs of the wrong size', () => {
    const box = letterboxed(256, 256);
    expect(() => decodeBlazeface(logits.subarray(1), regressors, anchors, box, 0.5)).toThrow(
      'BlazeFace outputs must hold 896 scores and 896 x 16 box values, got 895 and 14336.',
    );
  });
});
