import { describe, expect, it } from 'vitest';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import { CocoController } from './coco_controller.svelte';
import type { CocoResult, Detection } from './detection_result';

// The controller's logic on a fixed result: the frame loop (LabRuntime) is not started.
const lab = {} as LabContext;
const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
const withResult = (coco: CocoController, result: CocoResult) =>
  Object.defineProperty(coco, 'result', { get: () => result });

const thing = (label: string, score: number): Detection => ({
  box: box(0, 0, 10, 10),
  score,
  classIndex: 0,
  label,
});
const cocoResult: CocoResult = {
  mode: 'coco',
  frame: { width: 640, height: 480 },
  inputSize: 512,
  scoreThreshold: 0.3,
  iouThreshold: 0.4,
  candidates: [thing('cat', 0.9), thing('dog', 0.6), thing('cat', 0.5)],
  detections: [thing('cat', 0.9), thing('dog', 0.6)],
  nmsSteps: [
    { kept: 0, suppressed: [{ index: 2, iou: 1 }] },
    { kept: 1, suppressed: [] },
  ],
};

describe('CocoController', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
  };

  it('remembers the input size across reloads, and ignores a stored size it cannot run', () => {
    const stored = storage();
    expect(new CocoController(lab, stored).inputSize).toBe(384);
    new CocoController(lab, stored).inputSize = 320;
    expect(new CocoController(lab, stored).inputSize).toBe(320);
    stored.setItem('convlens.detection.cocoInputSize', '256');
    expect(new CocoController(lab, stored).inputSize).toBe(384);
  });

  it.each([
    { beforeNms: false, classFilter: null, labels: ['cat', 'dog'] },
    { beforeNms: true, classFilter: null, labels: ['cat', 'dog', 'cat'] },
    { beforeNms: true, classFilter: 'cat', labels: ['cat', 'cat'] },
    { beforeNms: false, classFilter: 'bird', labels: [] },
  ])('lists $labels before NMS: $beforeNms, class $classFilter', (c) => {
    const coco = withResult(new CocoController(lab), cocoResult);
    coco.controls.beforeNms = c.beforeNms;
    coco.classFilter = c.classFilter;
    expect(coco.shown.map((d) => d.label)).toEqual(c.labels);
  });

  it('publishes the detections and the NMS step-through', () => {
    const coco = withResult(new CocoController(lab), cocoResult);
    expect(coco.published).toEqual({
      mode: 'coco',
      frame: { width: 640, height: 480 },
      inputSize: 512,
      scoreThreshold: 0.3,
      iouThreshold: 0.4,
      candidates: 3,
      detections: [
        { box: box(0, 0, 10, 10), score: 0.9, label: 'cat' },
        { box: box(0, 0, 10, 10), score: 0.6, label: 'dog' },
      ],
      nmsStep: null,
    });
    coco.stepper.start(cocoResult);
    coco.stepper.next();
    expect(coco.published?.nmsStep).toEqual({ done: 1, kept: 1, finished: false });
  });
});
