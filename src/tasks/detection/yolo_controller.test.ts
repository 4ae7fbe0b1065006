import { describe, expect, it } from 'vitest';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import { squareLetterbox } from '../../vision/letterbox';
import type { AnchorView, YoloDetection, YoloResult } from './detection_result';
import { YoloController } from './yolo_controller.svelte';

// The controller's logic on a fixed result: the frame loop (LabRuntime) is not started.
const lab = {} as LabContext;

function withResult<C extends object>(controller: C, result: unknown): C {
  Object.defineProperty(controller, 'result', { get: () => result });
  return controller;
}

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
const face = (x: number, score: number, row: number, col: number): YoloDetection => ({
  box: box(x, 100, x + 100, 200),
  score,
  classIndex: 0,
  label: 'face',
  row,
  col,
  anchor: 2,
});

// 640 x 480 into 416 px, a 13 x 13 grid of 5 anchors per cell.
const gridSize = 13;
const anchors: AnchorView[] = Array.from({ length: gridSize * gridSize * 5 }, (_, i) => ({
  row: Math.floor(i / (gridSize * 5)),
  col: Math.floor(i / 5) % gridSize,
  anchor: i % 5,
  prior: box(0, 0, 1, 1),
  box: box(0, 0, 1, 1),
  objectness: 0.1,
}));
const yoloResult: YoloResult = {
  mode: 'yolo',
  frame: { width: 640, height: 480 },
  inputSize: 416,
  gridSize,
  letterbox: squareLetterbox(640, 480, 416),
  scoreThreshold: 0.5,
  iouThreshold: 0.4,
  candidates: [face(100, 0.9, 4, 3), face(110, 0.8, 4, 3), face(400, 0.7, 4, 9)],
  detections: [face(100, 0.9, 4, 3), face(400, 0.7, 4, 9)],
  nmsSteps: [
    { kept: 0, suppressed: [{ index: 1, iou: 0.82 }] },
    { kept: 2, suppressed: [] },
  ],
  anchors,
};

describe('YoloController', () => {
  it.each([
    { taps: [{ x: 320, y: 240 }], cell: { row: 6, col: 6 } },
    {
      taps: [
        { x: 320, y: 240 },
        { x: 330, y: 250 },
      ],
      cell: null,
    }, // the same cell again: cleared
    {
      taps: [
        { x: 320, y: 240 },
        { x: 0, y: 0 },
      ],
      cell: { row: 1, col: 0 },
    },
    { taps: [{ x: 700, y: 240 }], cell: null }, // right of the grid
  ])('taps $taps pick the cell $cell', ({ taps, cell }) => {
    const yolo = withResult(new YoloController(lab), yoloResult);
    for (const p of taps) yolo.tap(p);
    expect(yolo.cell).toEqual(cell);
  });

  it('ignores taps before the first result', () => {
    const yolo = withResult(new YoloController(lab), null);
    yolo.tap({ x: 320, y: 240 });
    expect(yolo.cell).toBeNull();
    expect(yolo.published).toBeNull();
  });

  it("publishes the cell's five anchors, and no cell outside the grid", () => {
    const yolo = withResult(new YoloController(lab), yoloResult);
    yolo.cell = { row: 4, col: 9 };
    expect(yolo.cellAnchors.map((a) => [a.row, a.col, a.anchor])).toEqual(
      [0, 1, 2, 3, 4].map((a) => [4, 9, a]),
    );
    expect(yolo.published?.cell).toEqual({ row: 4, col: 9, anchors: yolo.cellAnchors });
    yolo.cell = { row: 13, col: 0 };
    expect(yolo.cellAnchors).toEqual([]);
    expect(yolo.published?.cell).toBeNull();
  });

  it('publishes detections with their cell and anchor, without the anchor grid', () => {
    const published = withResult(new YoloController(lab), yoloResult).published!;
    expect(published).toMatchObject({ gridSize, candidates: 3, nmsStep: null, cell: null });
    expect(published.detections[1]).toEqual({
      box: box(400, 100, 500, 200),
      score: 0.7,
      label: 'face',
      cell: { row: 4, col: 9 },
      anchor: 2,
    });
    expect(published).not.toHaveProperty('anchors');
  });

  it('picks IoU boxes from the listed boxes, before or after NMS', () => {
    const yolo = withResult(new YoloController(lab), yoloResult);
    yolo.picked = [0, 1];
    expect(yolo.iouBoxes).toEqual([box(100, 100, 200, 200), box(400, 100, 500, 200)]);
    yolo.controls.beforeNms = true;
    expect(yolo.iouBoxes).toEqual([box(100, 100, 200, 200), box(110, 100, 210, 200)]);
    yolo.picked = [2];
    expect(yolo.iouBoxes).toEqual([box(400, 100, 500, 200), null]);
  });

  it('publishes the NMS step-through round by round', () => {
    const yolo = withResult(new YoloController(lab), yoloResult);
    yolo.stepper.start(yoloResult);
    yolo.stepper.next();
    expect(yolo.published?.nmsStep).toEqual({
      done: 1,
      kept: 1,
      keptBoxes: [box(100, 100, 200, 200)],
      finished: false,
    });
    yolo.stepper.next();
    expect(yolo.published?.nmsStep).toMatchObject({ done: 2, kept: 2, finished: true });
  });

  it('shows the output volume S x S x A x (5 + C) of the chosen input size', () => {
    const yolo = new YoloController(lab);
    expect(yolo.volume).toMatchObject({ gridSize: 13, anchors: 5, perAnchor: 6, channels: 25 });
    yolo.inputSize = 224;
    expect(yolo.volume).toMatchObject({ gridSize: 7, anchors: 5, perAnchor: 6 });
  });

  // Face (100, 100)-(200, 200) of 640 x 480 in 416 px (scale 0.65, 52 px on top): (65, 117)-
  // (130, 182), midpoint (97.5, 149.5) px = cell (4, 3) of 32 px cells; 2.03125 x 2.03125
  // cells: anchor 0 (1.603231 x 2.094468) has IoU 3.25656 / (4.12598 + 3.35792 - 3.25656)
  // = 0.770. The second face, x + 300 px (+195 input px): cell (4, 9), the same anchor.
  it('assigns each detected face to its midpoint cell and best-shaped anchor', () => {
    const yolo = withResult(new YoloController(lab), yoloResult);
    expect(yolo.assignments.map((a) => [a.row, a.col, a.anchor])).toEqual([
      [4, 3, 0],
      [4, 9, 0],
    ]);
    expect(yolo.assignments[0]!.iou).toBeCloseTo(0.77, 3);
    expect(yolo.assignments[0]!.detection).toEqual(yoloResult.detections[0]);
    expect(yolo.published?.assignments[1]).toEqual({
      cell: { row: 4, col: 9 },
      anchor: 0,
      iou: yolo.assignments[1]!.iou,
      predictedBy: 2,
    });
    expect(yolo.cellAssignment).toBeNull();
    yolo.cell = { row: 4, col: 9 };
    expect(yolo.cellAssignment).toEqual(yolo.assignments[1]);
  });
});
