import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { FaceDetector } from '../../../src/tasks/landmarks/face_detector';
import { Face68Net } from '../../../src/tasks/landmarks/face68_net';
import { face68Parts } from '../../../src/tasks/landmarks/face68_layout';
import { Face68Landmarker } from '../../../src/tasks/landmarks/face68_landmarker';
import { cropFromFaceBox } from '../../../src/tasks/landmarks/face68_tracks';
import type { Face68 } from '../../../src/tasks/landmarks/landmarks_result';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { astronautRegions, inRegion } from './astronaut_regions';
import type { TensorFrame } from '../../../src/core/pixels/tensor_frame';
import { fixtureFrame } from './frame_tensor';

const partRegions = [
  { part: 'rightEye', region: astronautRegions.rightEye },
  { part: 'leftEye', region: astronautRegions.leftEye },
  { part: 'innerLips', region: astronautRegions.mouth },
  { part: 'outerLips', region: astronautRegions.mouth },
] as const;

describe('Face68Landmarker (face-api 68-point net built from its weights, WASM)', () => {
  let detector: FaceDetector;
  let landmarker: Face68Landmarker;
  let astronaut: TensorFrame;
  let face: Face68;

  async function run68(image: TensorFrame): Promise<Face68[]> {
    const faces = await detector.detect(image, 1);
    const crops = faces.map((f) => ({ crop: cropFromFaceBox(f), score: f.score }));
    return landmarker.run(image, crops);
  }

  beforeAll(async () => {
    await useWasmBackend();
    detector = new FaceDetector(await loadGraphModelFromCatalogue('blazeface', nodeModelOptions));
    landmarker = new Face68Landmarker(
      new Face68Net(await loadWeightMapFromCatalogue('face_landmark_68', nodeModelOptions)),
    );
    astronaut = fixtureFrame('astronaut-320.jpg');
    [face] = (await run68(astronaut)) as [Face68];
  });
  afterAll(() => {
    detector?.dispose();
    landmarker?.dispose();
    astronaut?.dispose();
  });

  it('regresses 68 points, all on the face', () => {
    expect(face.points).toHaveLength(68);
    expect(face.points.filter((p) => !inRegion(p, astronautRegions.face))).toEqual([]);
  });

  it.each(partRegions)('puts every $part point in its hand-checked region', ({ part, region }) => {
    const range = face68Parts.find((p) => p.part === part)!;
    for (let i = range.from; i <= range.to; i++) {
      const p = face.points[i]!;
      expect(inRegion(p, region), `point ${i} at (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBe(
        true,
      );
    }
  });

  it('puts the nose tip (30) on the nose and the chin (8) below the mouth', () => {
    expect(inRegion(face.points[30]!, astronautRegions.noseTip)).toBe(true);
    expect(face.points[8]!.y).toBeGreaterThan(astronautRegions.mouth.y[1]);
  });

  it('finds nothing on a photo of fruit', async () => {
    const fruits = fixtureFrame('fruits.jpg');
    try {
      expect(await run68(fruits)).toEqual([]);
    } finally {
      fruits.dispose();
    }
  });

  it('names the weights it misses', () => {
    expect(() => new Face68Net({})).toThrow(
      /^The face_landmark_68 weights lack dense0\/conv0\/filters, dense0\/conv0\/bias, .*; is it the right manifest\?$/,
    );
  });

  it('leaks no tensors over 10 runs', async () => {
    await run68(astronaut);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await run68(astronaut);
    expect(tf.memory().numTensors).toBe(before);
  });
});
