import { describe, expect, it } from 'vitest';
import { squareLetterbox } from '../../vision/letterbox';
import { yoloDetections } from './yolo_face_detector';

const logit = (p: number) => Math.log(p / (1 - p));

describe('yoloDetections', () => {
  // A 2 x 2 grid, one tall anchor (1 x 2 cells), one class; a 200 x 100 frame letterboxed
  // into 100 x 100: the frame fills rows 25..75 of the input.
  const layout = { gridSize: 2, anchors: [{ pw: 1, ph: 2 }], labels: ['face'] };
  const letterbox = squareLetterbox(200, 100, 100);

  function output(cells: Record<string, [number, number, number, number, number]>) {
    const out = new Float32Array(2 * 2 * 5).fill(-10);
    for (const [key, t] of Object.entries(cells)) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      out.set(t, (row * 2 + col) * 5);
    }
    return out;
  }

  it('decodes, filters, suppresses and projects boxes to frame pixels', () => {
    const out = output({
      '0,1': [0, 0, 0, 0, logit(0.9)], // centre (0.75, 0.25) of the input, 0.5 x 1
      '1,1': [0, logit(0.1), 0, 0, logit(0.8)], // almost the same box: suppressed
      '1,0': [0, 0, Math.log(0.5), Math.log(0.25), logit(0.4)], // below the threshold
    });
    const r = yoloDetections(out, layout, letterbox, { scoreThreshold: 0.5, iouThreshold: 0.4 });
    expect(r.candidates.map((c) => [c.row, c.col])).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(r.detections).toHaveLength(1);
    const face = r.detections[0]!;
    expect(face).toMatchObject({ row: 0, col: 1, anchor: 0, label: 'face', classIndex: 0 });
    expect(face.score).toBeCloseTo(0.9, 6);
    // Input x 0.5..1 -> frame x 100..200; input y -0.25..0.75 -> frame (y*100 - 25) * 2.
    expect(face.box.x1).toBeCloseTo(100, 4);
    expect(face.box.x2).toBeCloseTo(200, 4);
    expect(face.box.y1).toBeCloseTo(-100, 4);
    expect(face.box.y2).toBeCloseTo(100, 4);
    expect(r.nmsSteps).toEqual([{ kept: 0, suppressed: [{ index: 1, iou: expect.any(Number) }] }]);
  });

  it('gives every cell its anchors: the prior and the decoded box with objectness', () => {
    const r = yoloDetections(output({ '1,0': [0, 0, Math.log(2), 0, 0] }), layout, letterbox, {
      scoreThreshold: 0.5,
      iouThreshold: 0.5,
    });
    expect(r.anchors).toHaveLength(4);
    const a = r.anchors[2]!;
    expect([a.row, a.col, a.anchor, a.objectness]).toEqual([1, 0, 0, 0.5]);
    // Prior: centre (0.25, 0.75) of the input, 0.5 wide, 1 tall -> frame x 0..100.
    expect(a.prior.x1).toBeCloseTo(0, 4);
    expect(a.prior.x2).toBeCloseTo(100, 4);
    // Decoded with t_w = log 2: twice as wide, same height.
    expect(a.box.x1).toBeCloseTo(-50, 4);
    expect(a.box.x2).toBeCloseTo(150, 4);
    expect(a.box.y2 - a.box.y1).toBeCloseTo(a.prior.y2 - a.prior.y1, 4);
  });
});
