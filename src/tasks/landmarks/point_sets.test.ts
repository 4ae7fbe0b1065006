import { describe, expect, it } from 'vitest';
import { nearestPoint, pointSet } from './point_sets';

describe('nearestPoint', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
  ];
  it.each([
    { x: 9, y: 1, radius: 5, index: 1 },
    { x: 9, y: 9, radius: 5, index: 2 },
    { x: 5, y: 5, radius: 2, index: -1 },
  ])('($x, $y) within $radius px is point $index', ({ x, y, radius, index }) => {
    expect(nearestPoint(points, x, y, radius)).toBe(index);
  });
});

describe('pointSet', () => {
  it('gives the picked points when there are some, else the first set', () => {
    expect(pointSet('mesh', 'picked', [5, 9])).toEqual({ id: 'picked', indices: [5, 9] });
    expect(pointSet('mesh', 'picked', []).id).toBe('eyeCorners');
  });
});
