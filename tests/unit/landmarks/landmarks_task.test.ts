import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { loadLandmarksTask, modelsFor } from '../../../src/tasks/landmarks/load_landmarks_task';
import type { LandmarkMode } from '../../../src/tasks/landmarks/landmarks_result';
import {
  defaultLandmarksOptions,
  type LandmarksOptions,
  type LandmarksTask,
} from '../../../src/tasks/landmarks/landmarks_task';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { astronautRegions, inRegion } from './astronaut_regions';

const loaders = {
  loadGraphModel: (
    id: Parameters<typeof loadGraphModelFromCatalogue>[0],
    onProgress: (l: number, t: number) => void,
  ) => loadGraphModelFromCatalogue(id, { ...nodeModelOptions, onProgress }),
  loadWeights: (
    id: Parameters<typeof loadWeightMapFromCatalogue>[0],
    onProgress: (l: number, t: number) => void,
  ) => loadWeightMapFromCatalogue(id, { ...nodeModelOptions, onProgress }),
};

const frameOf = (img: FixtureImage) => ({ image: img, width: img.width, height: img.height });

describe('modelsFor', () => {
  it.each([
    { modes: ['mesh'], ids: ['blazeface', 'facemesh'] },
    { modes: ['face68'], ids: ['blazeface', 'face_landmark_68'] },
    { modes: ['mesh', 'face68'], ids: ['blazeface', 'facemesh', 'face_landmark_68'] },
    { modes: ['hands', 'body'], ids: ['handtrack', 'handlandmark-lite', 'movenet-lightning'] },
  ] as { modes: LandmarkMode[]; ids: string[] }[])('$modes need $ids', ({ modes, ids }) => {
    expect(modelsFor(modes)).toEqual(ids);
  });
});

describe('LandmarksTask (all four models, WASM, real weights)', () => {
  let task: LandmarksTask;
  let options: LandmarksOptions = { ...defaultLandmarksOptions };
  const astronaut = loadFixtureImage('astronaut-320.jpg');
  const hand = loadFixtureImage('hand-in-frame.jpg');
  let progress: [number, number][] = [];

  beforeAll(async () => {
    await useWasmBackend();
    task = await loadLandmarksTask(
      ['mesh', 'face68', 'hands', 'body'],
      loaders,
      (l, t) => progress.push([l, t]),
      () => options,
    );
  });
  afterAll(() => task?.dispose());

  it('reports load progress summed over the six models', () => {
    const [loaded, total] = progress.at(-1)!;
    expect(total).toBeGreaterThan(10e6);
    expect(loaded).toBe(total);
    progress = [];
  });

  it('regresses the mesh, the 68 points and the body of the astronaut, and no hand', async () => {
    const { result, timings } = await task.run(frameOf(astronaut));
    expect(result.frame).toEqual({ width: 320, height: 320 });
    expect(result.modes).toEqual(['mesh', 'face68', 'hands', 'body']);
    expect(result.faces).toHaveLength(1);
    expect(result.faces68).toHaveLength(1);
    expect(result.hands).toEqual([]);
    expect(inRegion(result.faces68[0]!.points[36]!, astronautRegions.rightEye)).toBe(true);
    expect(inRegion(result.faces68[0]!.points[45]!, astronautRegions.leftEye)).toBe(true);
    const nose = result.poses[0]!.keypoints[0]!;
    expect(nose.score).toBeGreaterThan(0.5);
    expect(inRegion(nose, astronautRegions.noseTip)).toBe(true);
    for (const stage of ['preprocess', 'inference', 'postprocess'] as const) {
      expect(timings[stage]).toBeGreaterThan(0);
    }
  });

  it('tracks the face from frame to frame, and forgets it on reset (a new picture)', async () => {
    task.reset();
    const tracked = async () => (await task.run(frameOf(astronaut))).result.faces[0]?.tracked;
    expect(await tracked()).toBe(false); // found by the detector
    expect(await tracked()).toBe(true); // placed from the last mesh
    task.reset();
    expect(await tracked()).toBe(false);
  });

  it('finds the left hand in the hand photo', async () => {
    const { result } = await task.run(frameOf(hand));
    expect(result.hands.map((h) => h.handedness)).toEqual(['left']);
  });

  it('smooths a still face towards where it was when asked to', async () => {
    options = { ...defaultLandmarksOptions, smoothing: { minCutoff: 0.5, beta: 0 } };
    try {
      const first = (await task.run(frameOf(astronaut))).result.faces[0]!.points[1]!;
      const second = (await task.run(frameOf(astronaut))).result.faces[0]!.points[1]!;
      expect(Math.abs(second.x - first.x)).toBeLessThan(1);
    } finally {
      options = { ...defaultLandmarksOptions };
    }
  });

  it('leaks no tensors over 200 frames of every mode at once, tracking and re-detecting', async () => {
    await task.run(frameOf(astronaut));
    const before = tf.memory().numTensors;
    // The picture changes every 25 frames, so faces and hands are lost and found again.
    for (let i = 0; i < 200; i++)
      await task.run(frameOf(Math.floor(i / 25) % 2 ? hand : astronaut));
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});

describe('LandmarksTask, 68 face points without the mesh (real weights, WASM)', () => {
  let task: LandmarksTask;
  const astronaut = loadFixtureImage('astronaut-320.jpg');
  const fruits = loadFixtureImage('fruits.jpg');

  beforeAll(async () => {
    await useWasmBackend();
    task = await loadLandmarksTask(['face68'], loaders, () => {});
  });
  afterAll(() => task?.dispose());

  it('finds the face, then follows it from its own points', async () => {
    for (let i = 0; i < 3; i++) {
      const { result } = await task.run(frameOf(astronaut));
      expect(result.faces68).toHaveLength(1);
      expect(inRegion(result.faces68[0]!.points[36]!, astronautRegions.rightEye)).toBe(true);
      expect(inRegion(result.faces68[0]!.points[45]!, astronautRegions.leftEye)).toBe(true);
      expect(inRegion(result.faces68[0]!.points[30]!, astronautRegions.noseTip)).toBe(true);
    }
  });

  it('finds no face on fruit once the tracked face is forgotten', async () => {
    task.reset();
    expect((await task.run(frameOf(fruits))).result.faces68).toEqual([]);
  });

  it('leaks no tensors over 60 frames, tracking, checking and re-finding', async () => {
    await task.run(frameOf(astronaut));
    const before = tf.memory().numTensors;
    for (let i = 0; i < 60; i++)
      await task.run(frameOf(Math.floor(i / 20) % 2 ? fruits : astronaut));
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});

describe('loadLandmarksTask', () => {
  it('asks for at least one mode', async () => {
    await expect(loadLandmarksTask([], loaders, () => {})).rejects.toThrow(
      'Choose at least one kind of landmark.',
    );
  });

  it('disposes what it loaded when a later model fails', async () => {
    await useWasmBackend();
    const before = tf.memory().numTensors;
    const failing = {
      ...loaders,
      loadWeights: () => Promise.reject(new Error('face_landmark_68 is missing')),
    };
    await expect(loadLandmarksTask(['mesh', 'face68'], failing, () => {})).rejects.toThrow(
      'face_landmark_68 is missing',
    );
    expect(tf.memory().numTensors).toBe(before);
  });
});
