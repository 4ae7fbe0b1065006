import { describe, expect, it } from 'vitest';
import { windowDetections } from './window_detections';
import type { ScanWindow } from './window_scan_result';

const window = (x: number, y: number, size = 10): ScanWindow => ({
  box: { x1: x, y1: y, x2: x + size, y2: y + size },
  scale: 0,
  row: 0,
  col: 0,
});

describe('windowDetections: threshold, then NMS', () => {
  const windows = [window(0, 0), window(2, 0), window(30, 30), window(60, 0)];
  // classes: 0 object, 1 background
  const probabilities = [
    [0.7, 0.3],
    [0.9, 0.1], // overlaps the first with IoU 8/12 = 0.67: suppresses it
    [0.6, 0.4],
    [0.2, 0.8], // background wins, and background is never a box
  ];

  it.each([
    // threshold, IoU threshold, candidates (x1), detections (x1)
    [0.5, 0.5, [0, 2, 30], [2, 30]],
    [0.65, 0.5, [0, 2], [2]],
    [0.5, 0.7, [0, 2, 30], [2, 0, 30]],
    [0.95, 0.5, [], []],
  ])('ŷ > %f, IoU ≥ %f: candidates %j, kept %j', (scoreThreshold, iouThreshold, cand, kept) => {
    const out = windowDetections(windows, probabilities, {
      scoreThreshold,
      iouThreshold,
      backgroundClass: 1,
    });
    expect(out.candidates.map((b) => b.box.x1)).toEqual(cand);
    expect(out.detections.map((b) => b.box.x1)).toEqual(kept);
  });

  it('makes boxes of every class when there is no background class', () => {
    const out = windowDetections(windows, probabilities, {
      scoreThreshold: 0.75,
      iouThreshold: 0.5,
      backgroundClass: null,
    });
    expect(out.detections.map((b) => [b.box.x1, b.classIndex, b.score])).toEqual([
      [2, 0, 0.9],
      [60, 1, 0.8],
    ]);
  });

  it('refuses probabilities that do not match the windows', () => {
    expect(() =>
      windowDetections(windows, [[1, 0]], {
        scoreThreshold: 0.5,
        iouThreshold: 0.5,
        backgroundClass: 1,
      }),
    ).toThrow('There are 4 windows but 1 rows of probabilities.');
  });
});
