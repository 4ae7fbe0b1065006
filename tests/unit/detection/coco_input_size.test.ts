// CenterNet at 320, 384 and 512 px (issue 16, item 4) on the test photos, WASM, real weights.
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import {
  CocoDetector,
  cocoInputSizes,
  type CocoInputSize,
} from '../../../src/tasks/detection/coco_detector';
import type { CocoResult } from '../../../src/tasks/detection/detection_result';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

const photos = ['fruits.jpg', 'coffee.jpg', 'messi5.jpg', 'chelsea.jpg'] as const;
const found = new Map<string, CocoResult>();
const key = (size: number, photo: string) => `${size}/${photo}`;

const freeInput = () =>
  loadGraphModelFromCatalogue('centernet', {
    ...nodeModelOptions,
    inputShape: CenternetBackbone.inputShape,
    warmUp: false,
  });

describe.each(cocoInputSizes)('CocoDetector at %i px', (size: CocoInputSize) => {
  let detector: CocoDetector;
  beforeAll(async () => {
    await useWasmBackend();
    detector = new CocoDetector(await freeInput(), {}, undefined, size);
    for (const photo of photos) {
      const img = loadFixtureImage(photo);
      const { result } = await detector.run({ image: img, width: img.width, height: img.height });
      found.set(key(size, photo), result);
    }
  }, 120_000);
  afterAll(() => detector?.dispose());

  it.each([
    ['coffee.jpg', 'cup'],
    ['messi5.jpg', 'person'],
    ['chelsea.jpg', 'cat'],
    ['fruits.jpg', 'orange'],
  ])('labels %s "%s" with the best score', (photo, label) => {
    const result = found.get(key(size, photo))!;
    expect(result.inputSize).toBe(size);
    expect(result.detections[0]?.label).toBe(label);
  });

  it('leaks no tensors', async () => {
    const img = loadFixtureImage('coffee.jpg');
    const before = tf.memory().numTensors;
    await detector.run({ image: img, width: img.width, height: img.height });
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('input size and what is found', () => {
  const labels = (size: number, photo: string) =>
    new Set(found.get(key(size, photo))!.detections.map((d) => d.label));

  it('finds the apples among the oranges from 384 px, not at 320', () => {
    expect(labels(320, 'fruits.jpg').has('apple')).toBe(false);
    expect(labels(384, 'fruits.jpg').has('apple')).toBe(true);
    expect(labels(512, 'fruits.jpg').has('apple')).toBe(true);
  });

  it('finds more of the people behind the footballer at 512 px than at 320', () => {
    const people = (size: number) =>
      found.get(key(size, 'messi5.jpg'))!.detections.filter((d) => d.label === 'person').length;
    expect(people(512)).toBeGreaterThan(people(320));
  });

  it('switches size between frames on the same graph (as the UI does)', async () => {
    const img = loadFixtureImage('chelsea.jpg');
    const frame = { image: img, width: img.width, height: img.height };
    const detector = new CocoDetector(await freeInput(), {}, undefined, 512);
    try {
      for (const size of [320, 512, 384] as const) {
        detector.setOptions({ inputSize: size });
        const { result } = await detector.run(frame);
        expect(result.inputSize).toBe(size);
        expect(result.detections[0]?.label).toBe('cat');
      }
      expect(() => detector.setOptions({ inputSize: 500 as CocoInputSize })).toThrow(
        'inputSize must be one of 320, 384, 512, got 500.',
      );
      expect(detector.inputSize).toBe(384);
    } finally {
      detector.dispose();
    }
  }, 60_000);

  it('refuses a size the head cannot take', () => {
    expect(() => new CocoDetector({} as never, {}, undefined, 256 as CocoInputSize)).toThrow(
      'inputSize must be one of 320, 384, 512, got 256.',
    );
  });
});
