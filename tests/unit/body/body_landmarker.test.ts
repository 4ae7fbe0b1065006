import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { BodyLandmarker } from '../../../src/tasks/body/body_landmarker';
import type { BodyKeypointName } from '../../../src/tasks/body/body_keypoints';
import type { Pose } from '../../../src/tasks/body/body_result';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { messiRegions } from '../../helpers/messi_regions';
import { useWasmBackend } from '../../helpers/wasm_backend';

function point(pose: Pose, name: BodyKeypointName) {
  const k = pose.keypoints.find((p) => p.name === name);
  if (!k) throw new Error(`no ${name}`);
  return k;
}

describe('BodyLandmarker (MoveNet Lightning, WASM, real weights)', () => {
  let landmarker: BodyLandmarker;

  beforeAll(async () => {
    await useWasmBackend();
    landmarker = new BodyLandmarker(
      await loadGraphModelFromCatalogue('movenet-lightning', nodeModelOptions),
    );
  });
  afterAll(() => landmarker?.dispose());

  it.each(messiRegions)(
    'puts the $name inside its hand-checked region',
    async ({ name, x: xs, y: ys }) => {
      const img = loadFixtureImage('messi5.jpg');
      const { result } = await landmarker.run({ image: img, width: img.width, height: img.height });
      const k = point(result.poses[0]!, name);
      expect(k.score, `${name} score`).toBeGreaterThan(0.3);
      expect(k.x, `${name} x`).toBeGreaterThanOrEqual(xs[0]);
      expect(k.x, `${name} x`).toBeLessThanOrEqual(xs[1]);
      expect(k.y, `${name} y`).toBeGreaterThanOrEqual(ys[0]);
      expect(k.y, `${name} y`).toBeLessThanOrEqual(ys[1]);
    },
  );

  it('reports the frame size and per-stage timings', async () => {
    const img = loadFixtureImage('messi5.jpg');
    const { result, timings } = await landmarker.run({
      image: img,
      width: img.width,
      height: img.height,
    });
    expect(result.frame).toEqual({ width: 548, height: 342 });
    expect(result.poses[0]!.keypoints).toHaveLength(17);
    for (const stage of ['preprocess', 'inference', 'postprocess'] as const) {
      expect(timings[stage]).toBeGreaterThanOrEqual(0);
    }
  });

  it('finds no confident body on a photo of fruit', async () => {
    const img = loadFixtureImage('fruits.jpg');
    const { result } = await landmarker.run({ image: img, width: img.width, height: img.height });
    const confident = result.poses[0]!.keypoints.filter((k) => k.score > 0.3);
    expect(confident.length).toBeLessThan(3);
    expect(result.poses[0]!.score).toBeLessThan(0.2);
  });

  it('leaks no tensors over 20 runs', async () => {
    const img = loadFixtureImage('messi5.jpg');
    await landmarker.run({ image: img, width: img.width, height: img.height });
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++)
      await landmarker.run({ image: img, width: img.width, height: img.height });
    expect(tf.memory().numTensors).toBe(before);
  });
});
