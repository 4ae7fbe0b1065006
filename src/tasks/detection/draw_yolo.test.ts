import { describe, expect, it } from 'vitest';
import { recordingContext, type Recorded } from '../../render/recording_context';
import { squareLetterbox } from '../../vision/letterbox';
import type { AnchorView, YoloResult } from './detection_result';
import { anchorColours, drawYolo } from './draw_yolo';

const S = 2;
/** Every anchor's boxes share one top-left corner, so their labels all want the same spot. */
const corner = { x1: 100, y1: 100, x2: 300, y2: 600 };

/** A 640 x 640 frame on a 2 x 2 grid with `perCell` anchors in every cell. */
function yoloResult(perCell: number): YoloResult {
  const anchors: AnchorView[] = [];
  for (let row = 0; row < S; row++) {
    for (let col = 0; col < S; col++) {
      for (let anchor = 0; anchor < perCell; anchor++) {
        anchors.push({ row, col, anchor, prior: corner, box: corner, objectness: anchor / 10 });
      }
    }
  }
  const face = { box: corner, score: 0.9, classIndex: 0, label: 'face', row: 0, col: 0, anchor: 0 };
  return {
    mode: 'yolo',
    frame: { width: 640, height: 640 },
    inputSize: 416,
    gridSize: S,
    letterbox: squareLetterbox(640, 640, 416),
    scoreThreshold: 0.5,
    iouThreshold: 0.5,
    candidates: [face],
    detections: [face],
    nmsSteps: [],
    anchors,
  };
}

const view = { width: 640, height: 640, mirror: false };
const labelBackgrounds = (calls: Recorded[]) =>
  calls.filter((c) => c.op === 'fillRect' && c.state.globalAlpha === 1);
const overlap = (a: Recorded, b: Recorded) => {
  const [ax, ay, aw, ah] = a.args as number[];
  const [bx, by, bw, bh] = b.args as number[];
  return ax! < bx! + bw! && bx! < ax! + aw! && ay! < by! + bh! && by! < ay! + ah!;
};

describe('drawYolo', () => {
  it.each([3, 5, 9])('draws the %i anchors the result has for the tapped cell', (perCell) => {
    const { ctx, of } = recordingContext({ width: 640, height: 640, clientWidth: 640 });
    drawYolo(ctx, yoloResult(perCell), view, { boxes: 'none', cell: { row: 1, col: 0 } });
    const priors = of('strokeRect').filter((c) => c.state.lineDash.length > 0);
    expect(priors).toHaveLength(perCell);
    expect(priors.map((c) => c.state.strokeStyle)).toEqual(
      Array.from({ length: perCell }, (_, k) => anchorColours[k % anchorColours.length]),
    );
    const texts = of('fillText').map((c) => c.args[0]);
    expect(texts).toEqual(
      Array.from({ length: perCell }, (_, k) => `${k + 1}: ${(k / 10).toFixed(2)}`),
    );
  });

  it('places the labels so none hides another: the detection first, then by objectness', () => {
    const { calls, ctx } = recordingContext({ width: 640, height: 640, clientWidth: 640 });
    drawYolo(ctx, yoloResult(5), view, { boxes: 'detections', cell: { row: 0, col: 0 } });
    const labels = labelBackgrounds(calls);
    expect(labels).toHaveLength(6);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    // The detection's label (drawn last, green) keeps its spot just above the box.
    const face = labels.at(-1)!;
    expect(face.state.fillStyle).toBe('#22c55e');
    expect((face.args[1] as number) + (face.args[3] as number)).toBeCloseTo(corner.y1);
  });

  it('draws the S x S grid over the model input as one path', () => {
    const { ctx, of } = recordingContext({ width: 640, height: 640, clientWidth: 640 });
    drawYolo(ctx, yoloResult(5), view, { boxes: 'none', cell: null });
    // S + 1 vertical and S + 1 horizontal lines.
    expect(of('moveTo')).toHaveLength(2 * (S + 1));
    expect(of('stroke')[0]!.state.strokeStyle).toBe('rgba(255, 255, 255, 0.45)');
  });
});
