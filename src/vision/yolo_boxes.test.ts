import { describe, expect, it } from 'vitest';
import { decodeYoloBox, decodeYoloOutput, yoloFilterBoxes } from './yolo_boxes';

const logit = (p: number) => Math.log(p / (1 - p));

describe('decodeYoloBox: b_x = (σ(t_x) + c_x) / S, b_w = p_w e^{t_w} / S', () => {
  // A non-square anchor (p_w = 2, p_h = 5): swapping width and height, or rows and columns,
  // changes every expected value.
  const anchor = { pw: 2, ph: 5 };
  it.each([
    {
      t: { tx: 0, ty: 0, tw: 0, th: 0 },
      row: 0,
      col: 0,
      box: { bx: 0.5 / 10, by: 0.5 / 10, bw: 0.2, bh: 0.5 },
    },
    {
      t: { tx: logit(0.25), ty: logit(0.75), tw: Math.log(2), th: Math.log(0.5) },
      row: 3,
      col: 7,
      box: { bx: 7.25 / 10, by: 3.75 / 10, bw: 0.4, bh: 0.25 },
    },
    {
      t: { tx: 0, ty: 0, tw: Math.log(3), th: 0 },
      row: 9,
      col: 1,
      box: { bx: 1.5 / 10, by: 9.5 / 10, bw: 0.6, bh: 0.5 },
    },
  ])('cell ($row, $col), $t', ({ t, row, col, box }) => {
    const b = decodeYoloBox(t, row, col, anchor, 10);
    for (const k of ['bx', 'by', 'bw', 'bh'] as const) expect(b[k], k).toBeCloseTo(box[k], 12);
  });
});

describe('decodeYoloOutput', () => {
  const anchors = [
    { pw: 1, ph: 2 },
    { pw: 3, ph: 1 },
  ];

  it('reads row, col, anchor, then (t_x, t_y, t_w, t_h, t_o, class logits)', () => {
    const S = 2;
    const C = 2;
    const out = new Float32Array(S * S * anchors.length * (5 + C));
    // Cell row 1, col 0, anchor 1: offset ((1 * S + 0) * A + 1) * (5 + C).
    const o = ((1 * S + 0) * 2 + 1) * (5 + C);
    out.set([0, logit(0.75), Math.log(2), 0, logit(0.9), 0, Math.log(3)], o);
    const preds = decodeYoloOutput(out, { gridSize: S, anchors, numClasses: C });
    expect(preds).toHaveLength(8);
    const p = preds[5]!;
    expect([p.row, p.col, p.anchor]).toEqual([1, 0, 1]);
    expect(p.box.bx).toBeCloseTo(0.5 / 2, 6);
    expect(p.box.by).toBeCloseTo(1.75 / 2, 6);
    expect(p.box.bw).toBeCloseTo(3, 6); // p_w e^{t_w} / S = 3 x 2 / 2
    expect(p.box.bh).toBeCloseTo(0.5, 6); // p_h e^0 / S = 1 / 2
    expect(p.objectness).toBeCloseTo(0.9, 6);
    expect(p.classProbabilities[0]).toBeCloseTo(0.25, 6);
    expect(p.classProbabilities[1]).toBeCloseTo(0.75, 6);
    expect(preds[0]!.objectness).toBe(0.5);
  });

  it('gives class probability [1] to a one-class model with no class logits', () => {
    const preds = decodeYoloOutput(new Float32Array(1 * 1 * 2 * 5), {
      gridSize: 1,
      anchors,
      numClasses: 0,
    });
    expect(preds.map((p) => p.classProbabilities)).toEqual([[1], [1]]);
  });

  it('rejects an output of the wrong size', () => {
    expect(() =>
      decodeYoloOutput(new Float32Array(24), { gridSize: 13, anchors, numClasses: 0 }),
    ).toThrow(
      'A YOLO output for a 13 x 13 grid with 2 anchors and 0 classes must hold 1690 values, got 24.',
    );
  });
});

describe('yoloFilterBoxes', () => {
  const predictions = [
    { objectness: 0.9, classProbabilities: [0.1, 0.7, 0.2] }, // 0.63, class 1
    { objectness: 0.5, classProbabilities: [0.8, 0.1, 0.1] }, // 0.40, class 0
    { objectness: 0.99, classProbabilities: [0.3, 0.3, 0.4] }, // 0.396, class 2
    { objectness: 0.2, classProbabilities: [0, 0, 1] }, // 0.20, class 2
  ];

  it.each([
    { threshold: 0.6, kept: [{ index: 0, score: 0.63, classIndex: 1 }] },
    {
      threshold: 0.396,
      kept: [
        { index: 0, score: 0.63, classIndex: 1 },
        { index: 1, score: 0.4, classIndex: 0 },
        { index: 2, score: 0.396, classIndex: 2 },
      ],
    },
    { threshold: 0.7, kept: [] },
  ])('threshold $threshold keeps $kept.length boxes', ({ threshold, kept }) => {
    const out = yoloFilterBoxes(predictions, threshold);
    expect(out.map((b) => [b.index, b.classIndex])).toEqual(
      kept.map((b) => [b.index, b.classIndex]),
    );
    out.forEach((b, i) => expect(b.score).toBeCloseTo(kept[i]!.score, 12));
  });

  it('uses objectness alone with one class', () => {
    const out = yoloFilterBoxes([{ objectness: 0.55, classProbabilities: [1] }], 0.5);
    expect(out).toEqual([{ index: 0, score: 0.55, classIndex: 0 }]);
  });
});
