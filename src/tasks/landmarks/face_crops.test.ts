import { describe, expect, it } from 'vitest';
import { boundingBox, cropAroundPoints, cropBounds, cropFromDetection } from './face_crops';

describe('cropFromDetection', () => {
  it('centres on the box, scales its long side and levels the eyes', () => {
    const crop = cropFromDetection(
      {
        box: { x: 10, y: 20, width: 40, height: 30 },
        keypoints: [
          { x: 20, y: 30 },
          { x: 40, y: 50 },
        ],
        score: 0.9,
      },
      1.5,
    );
    expect(crop).toMatchObject({ cx: 30, cy: 35, size: 60, outputSize: 192 });
    expect(crop.angle).toBeCloseTo(Math.PI / 4, 12);
  });
});

describe('cropAroundPoints', () => {
  it.each([
    { angle: 0, why: 'an upright face' },
    { angle: 0.5, why: 'a face tilted by 0.5 rad' },
  ])('measures the extent along the face axes for $why', ({ angle }) => {
    // A 20 x 10 rectangle of points centred at (100, 50), eyes on its top edge, turned by angle.
    const local = [
      [-10, -5],
      [10, -5],
      [10, 5],
      [-10, 5],
    ];
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const points = local.map(([u, v]) => ({ x: 100 + u! * c - v! * s, y: 50 + u! * s + v! * c }));
    const crop = cropAroundPoints(points, angle, 2, 192);
    expect(crop.cx).toBeCloseTo(100, 9);
    expect(crop.cy).toBeCloseTo(50, 9);
    expect(crop.size).toBeCloseTo(40, 9);
    expect(crop.angle).toBeCloseTo(angle, 9);
  });
});

describe('boundingBox and cropBounds', () => {
  it('boxes points', () => {
    expect(
      boundingBox([
        { x: 1, y: 5 },
        { x: 3, y: 2 },
      ]),
    ).toEqual({ x: 1, y: 2, width: 2, height: 3 });
  });
  it('boxes a crop turned by 90° like the upright one', () => {
    const b = cropBounds({ cx: 50, cy: 50, size: 20, angle: Math.PI / 2, outputSize: 192 });
    expect(b.x).toBeCloseTo(40, 9);
    expect(b.width).toBeCloseTo(20, 9);
  });
});
