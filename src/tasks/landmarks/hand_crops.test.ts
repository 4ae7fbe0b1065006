import { describe, expect, it } from 'vitest';
import { cropToFrame } from '../../vision/rotate_crop';
import { cropFromHand, cropFromHandBox, handUprightAngle } from './hand_crops';

const handPointing = (dx: number, dy: number) => {
  const points = Array.from({ length: 21 }, () => ({ x: 100, y: 100 }));
  points[9] = { x: 100 + dx, y: 100 + dy };
  return points;
};

describe('handUprightAngle', () => {
  it.each([
    { dx: 0, dy: -10, angle: 0, why: 'fingers up: no turn' },
    { dx: 10, dy: 0, angle: Math.PI / 2, why: 'fingers right: a quarter turn' },
    { dx: -10, dy: 0, angle: -Math.PI / 2, why: 'fingers left' },
  ])('$why', ({ dx, dy, angle }) => {
    expect(handUprightAngle(handPointing(dx, dy))).toBeCloseTo(angle, 12);
  });

  it('makes the crop point above the wrist lie on the fingers', () => {
    const points = handPointing(10, 0);
    const crop = cropFromHand(points);
    const up = cropToFrame(crop, 112, 0); // top centre of the crop
    expect(up.x).toBeGreaterThan(100);
    expect(up.y).toBeCloseTo(crop.cy, 9);
  });
});

describe('cropFromHandBox', () => {
  it('squares and widens the box', () => {
    expect(cropFromHandBox({ x: 10, y: 20, width: 40, height: 20 }, 1.5)).toEqual({
      cx: 30,
      cy: 30,
      size: 60,
      angle: 0,
      outputSize: 224,
    });
  });
});
