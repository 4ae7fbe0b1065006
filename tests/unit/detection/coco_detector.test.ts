import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { FrameReader } from '../../../src/core/pixels/frame_reader';
import { CocoDetector, topPeaks } from '../../../src/tasks/detection/coco_detector';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';
import { messiRegions } from '../../helpers/messi_regions';
import { useWasmBackend } from '../../helpers/wasm_backend';

const frameOf = (img: FixtureImage) => ({ image: img, width: img.width, height: img.height });

describe('CocoDetector (CenterNet MobileNetV3, WASM, real weights)', () => {
  let detector: CocoDetector;

  beforeAll(async () => {
    await useWasmBackend();
    // The graph as published, at 512 px (the hand-checked boxes below are for this size).
    const model = await loadGraphModelFromCatalogue('centernet', nodeModelOptions);
    detector = new CocoDetector(model, {}, undefined, 512);
  });
  afterAll(() => detector?.dispose());

  it.each([
    { fixture: 'chelsea.jpg', label: 'cat' },
    { fixture: 'coffee.jpg', label: 'cup' },
    { fixture: 'messi5.jpg', label: 'person' },
  ])('labels $fixture "$label" with the best score', async ({ fixture, label }) => {
    const img = loadFixtureImage(fixture);
    const { result } = await detector.run(frameOf(img));
    const best = result.detections[0];
    expect(best?.label).toBe(label);
    expect(best!.score).toBeGreaterThanOrEqual(detector.options.scoreThreshold);
    // The box lies on the picture (frame pixels), with a little slack for the model's edges.
    expect(best!.box.x1).toBeGreaterThan(-0.05 * img.width);
    expect(best!.box.x2).toBeLessThan(1.05 * img.width);
    expect(best!.box.x2 - best!.box.x1).toBeGreaterThan(0.2 * img.width);
  });

  it('puts the footballer’s box around his hand-checked nose and hips', async () => {
    const { result } = await detector.run(frameOf(loadFixtureImage('messi5.jpg')));
    const person = result.detections[0]!;
    for (const r of messiRegions) {
      const [cx, cy] = [(r.x[0] + r.x[1]) / 2, (r.y[0] + r.y[1]) / 2];
      expect(cx, r.name).toBeGreaterThan(person.box.x1);
      expect(cx, r.name).toBeLessThan(person.box.x2);
      expect(cy, r.name).toBeGreaterThan(person.box.y1);
      expect(cy, r.name).toBeLessThan(person.box.y2);
    }
  });

  it('applies our threshold and per-class NMS to the raw heads', async () => {
    detector.setOptions({ scoreThreshold: 0.1 });
    try {
      const { result } = await detector.run(frameOf(loadFixtureImage('chelsea.jpg')));
      expect(result.candidates.every((c) => c.score >= 0.1)).toBe(true);
      const suppressed = result.nmsSteps.reduce((n, s) => n + s.suppressed.length, 0);
      expect(result.detections.length + suppressed).toBe(result.candidates.length);
      expect(suppressed).toBeGreaterThan(0);
    } finally {
      detector.setOptions({ scoreThreshold: 0.3 });
    }
  });

  it('rejects a threshold outside [0, 1]', () => {
    expect(() => detector.setOptions({ iouThreshold: -0.1 })).toThrow(
      'iouThreshold must be in [0, 1], got -0.1.',
    );
  });

  it.each(['coffee.jpg', 'chelsea.jpg'])(
    'picks the same peaks as the graph’s own decoding (tower_0/TopKV2) on %s',
    async (fixture) => {
      const model = await loadGraphModelFromCatalogue('centernet', nodeModelOptions);
      const img = loadFixtureImage(fixture);
      const { tensor } = await new FrameReader(null).read(frameOf(img), {
        outputSize: { width: 512, height: 512 },
        keepAspect: true,
      });
      const input = tf.expandDims(tensor, 0);
      tensor.dispose();
      try {
        const ours = tf.tidy(() => topPeaks(model, input as tf.Tensor4D));
        const graph = model.execute(input, ['tower_0/TopKV2', 'tower_0/TopKV2:1']) as tf.Tensor[];
        const [scores, indices, graphScores, graphIndices] = await Promise.all(
          [...ours.slice(0, 2), ...graph].map((t) => t.data()),
        );
        tf.dispose([...ours, ...graph]);
        expect(scores).toEqual(graphScores);
        expect(indices).toEqual(graphIndices);
      } finally {
        input.dispose();
        model.dispose();
      }
    },
  );

  it('leaks no tensors over 5 runs', async () => {
    const frame = frameOf(loadFixtureImage('coffee.jpg'));
    await detector.run(frame);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) await detector.run(frame);
    expect(tf.memory().numTensors).toBe(before);
  });
});
