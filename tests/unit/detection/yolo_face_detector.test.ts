import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWeightMapFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { TinyYoloV2, tinyYoloGridSize } from '../../../src/tasks/detection/tiny_yolo_v2';
import { tinyYoloBareMs } from '../../../src/tasks/detection/tiny_yolo_bare_ms';
import { YoloFaceDetector } from '../../../src/tasks/detection/yolo_face_detector';
import { intersectionOverUnion } from '../../../src/vision/intersection_over_union';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { loadFaceApiTinyFaceDetector } from './face_api_reference';

// Hand-drawn on astronaut.jpg (512x512, see tests/fixtures/README.md): cheek to cheek,
// hairline to chin.
const astronautFace = { x1: 177, y1: 80, x2: 273, y2: 171 };

const frameOf = (img: FixtureImage) => ({ image: img, width: img.width, height: img.height });

describe('tinyYoloGridSize', () => {
  it.each([
    { n: 224, S: 7 },
    { n: 320, S: 10 },
    { n: 416, S: 13 },
    { n: 608, S: 19 },
  ])('$n px -> $S x $S', ({ n, S }) => expect(tinyYoloGridSize(n)).toBe(S));
});

describe('YoloFaceDetector (Tiny YOLOv2 from tiny_face_detector weights, WASM)', () => {
  let detector: YoloFaceDetector;

  beforeAll(async () => {
    await useWasmBackend();
    const weights = await loadWeightMapFromCatalogue('tiny_face_detector', nodeModelOptions);
    detector = new YoloFaceDetector(new TinyYoloV2(weights));
  });
  afterAll(() => detector?.dispose());

  it.each([224, 320, 416, 608] as const)(
    'at %i px finds the astronaut’s face (IoU >= 0.5 with the hand-drawn box)',
    async (inputSize) => {
      detector.setOptions({ inputSize });
      const { result } = await detector.run(frameOf(loadFixtureImage('astronaut.jpg')));
      expect(result.gridSize).toBe(tinyYoloGridSize(inputSize));
      expect(result.anchors).toHaveLength(result.gridSize ** 2 * 5);
      expect(result.detections).toHaveLength(1);
      const face = result.detections[0]!;
      expect(face.label).toBe('face');
      expect(intersectionOverUnion(face.box, astronautFace)).toBeGreaterThanOrEqual(0.5);
      // The responsible cell holds the box centre.
      const lb = result.letterbox;
      const cx = (((face.box.x1 + face.box.x2) / 2) * lb.innerWidth) / lb.width + lb.padLeft;
      const cy = (((face.box.y1 + face.box.y2) / 2) * lb.innerHeight) / lb.height + lb.padTop;
      expect(Math.floor((cx / lb.size) * result.gridSize)).toBe(face.col);
      expect(Math.floor((cy / lb.size) * result.gridSize)).toBe(face.row);
    },
  );

  it('at 224 px two neighbouring cells find the face; NMS keeps the better one', async () => {
    detector.setOptions({ inputSize: 224, scoreThreshold: 0.3 });
    try {
      const { result } = await detector.run(frameOf(loadFixtureImage('astronaut.jpg')));
      expect(result.candidates.map((c) => [c.row, c.col])).toEqual([
        [1, 2],
        [1, 3],
      ]);
      expect(result.detections).toEqual([result.candidates[1]]);
      expect(result.nmsSteps).toEqual([
        { kept: 1, suppressed: [{ index: 0, iou: expect.any(Number) as number }] },
      ]);
      expect(result.nmsSteps[0]!.suppressed[0]!.iou).toBeGreaterThan(0.4);
    } finally {
      detector.setOptions({ inputSize: 416, scoreThreshold: 0.5 });
    }
  });

  it('finds no face on a photo of fruit', async () => {
    detector.setOptions({ inputSize: 416 });
    const { result } = await detector.run(frameOf(loadFixtureImage('fruits.jpg')));
    expect(result.detections).toEqual([]);
  });

  it('rejects an input size that is not 224, 320, 416 or 608', () => {
    // @ts-expect-error: a size the network was not built for
    expect(() => detector.setOptions({ inputSize: 400 })).toThrow(
      'Tiny YOLOv2 input size must be one of 224, 320, 416, 608, got 400.',
    );
  });

  it('names a missing weight', () => {
    expect(() => new TinyYoloV2({})).toThrow(
      'The Tiny YOLOv2 weights lack "conv0/filters"; is this the tiny_face_detector manifest?',
    );
  });

  it('gives the same boxes as face-api’s own TinyFaceDetector (IoU >= 0.9 each)', async () => {
    const reference = await loadFaceApiTinyFaceDetector();
    for (const name of ['astronaut.jpg', 'messi5.jpg', 'fruits.jpg']) {
      for (const inputSize of [320, 416] as const) {
        const img = loadFixtureImage(name);
        detector.setOptions({ inputSize, scoreThreshold: 0.5 });
        const ours = (await detector.run(frameOf(img))).result.detections;
        const theirs = await reference.detect(img, inputSize, 0.5);
        expect(ours.length, `${name} at ${inputSize}`).toBe(theirs.length);
        for (const t of theirs) {
          const best = Math.max(...ours.map((o) => intersectionOverUnion(o.box, t.box)));
          expect(best, `${name} at ${inputSize}`).toBeGreaterThanOrEqual(0.9);
        }
      }
    }
  });

  it('gives face-api’s raw output [1, S, S, 25] on a square photo (within 1e-3)', async () => {
    const reference = await loadFaceApiTinyFaceDetector();
    const img = loadFixtureImage('astronaut.jpg'); // square: no padding on either side
    const weights = await loadWeightMapFromCatalogue('tiny_face_detector', nodeModelOptions);
    const net = new TinyYoloV2(weights);
    try {
      for (const n of [224, 416]) {
        const x = tf.tidy(() =>
          tf.expandDims(tf.image.resizeBilinear(tf.browser.fromPixels(img, 3), [n, n]), 0),
        );
        const out = net.predict(x as tf.Tensor4D);
        const ours = (await out.data()) as Float32Array;
        tf.dispose([x, out]);
        const theirs = await reference.forward(img, n);
        expect(ours.length).toBe(tinyYoloGridSize(n) ** 2 * 25);
        expect(theirs.length).toBe(ours.length);
        const maxDiff = ours.reduce((m, v, i) => Math.max(m, Math.abs(v - theirs[i]!)), 0);
        expect(maxDiff, `${n} px`).toBeLessThan(1e-3);
      }
    } finally {
      net.dispose();
    }
  });

  it('leaks no tensors over 10 runs', async () => {
    detector.setOptions({ inputSize: 416 });
    const frame = frameOf(loadFixtureImage('astronaut.jpg'));
    await detector.run(frame);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await detector.run(frame);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('tinyYoloBareMs (for the bench)', () => {
  it('times predict + read and frees everything', async () => {
    await useWasmBackend();
    const before = tf.memory().numTensors;
    const weights = await loadWeightMapFromCatalogue('tiny_face_detector', nodeModelOptions);
    const times = await tinyYoloBareMs(weights, 3, 224);
    expect(times).toHaveLength(3);
    expect(times.every((t) => t > 0)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
