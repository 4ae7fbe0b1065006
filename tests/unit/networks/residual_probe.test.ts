import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { FaceRecognitionNet } from '../../../src/tasks/faces/face_recognition_net';
import { FaceDetector } from '../../../src/tasks/landmarks/face_detector';
import { ResidualProbe, type ResidualSettings } from '../../../src/tasks/networks/residual_probe';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

/** The photo mirrored left-right: the same face, other pixels. */
function mirrored(img: FixtureImage): FixtureImage {
  const { width, height } = img;
  const data = new Uint8Array(img.data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + (width - 1 - x)) * 4;
      data.set(img.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

const frame = (img: FixtureImage) => ({ image: img, width: img.width, height: img.height });

describe('the residual block, live: face_recognition with skip connections cut (WASM)', () => {
  let probe: ResidualProbe;
  const settings: ResidualSettings = { block: 'conv64_1', cut: [], referenceRequests: 0 };
  const astronaut = loadFixtureImage('astronaut.jpg');

  beforeAll(async () => {
    await useWasmBackend();
    probe = new ResidualProbe(
      new FaceDetector(await loadGraphModelFromCatalogue('blazeface', nodeModelOptions)),
      new FaceRecognitionNet(
        await loadWeightMapFromCatalogue('face_recognition', nodeModelOptions),
      ),
      () => settings,
    );
  });
  afterAll(() => probe?.dispose());

  it("shows a block's a[l], z[l+2] and a[l+2] for the face found", async () => {
    const before = tf.memory().numTensors;
    const { result } = await probe.run(frame(astronaut));
    expect(tf.memory().numTensors).toBe(before);
    expect(result.face).not.toBeNull();
    // Hand-checked face on astronaut.jpg: x 177-273, y 80-171.
    const { x, y, width, height } = result.face!;
    expect(x + width / 2).toBeGreaterThan(190);
    expect(y + height / 2).toBeLessThan(171);
    const { a, z, out } = result.tapped!;
    // A 'same' block: a[l], z[l+2] and a[l+2] share one shape, so z + a is defined.
    expect(a.shape).toEqual(z.shape);
    expect(out.shape).toEqual(z.shape);
    expect(a.shape[2]).toBe(64);
    expect(result.shift).toBe(0); // nothing cut: f_cut = f
    expect(result.reference).toBeNull();
  });

  it('moves the encoding measurably when a skip connection is cut, and changes d', async () => {
    settings.cut = [];
    settings.referenceRequests = 1; // the astronaut becomes the reference
    await probe.run(frame(astronaut));
    const intact = (await probe.run(frame(mirrored(astronaut)))).result;
    expect(intact.reference!.intact).toBeLessThan(intact.reference!.tau); // same face: accepted
    expect(intact.reference!.cut).toBe(intact.reference!.intact);

    settings.cut = ['conv64_1', 'conv128_1'];
    const before = tf.memory().numTensors;
    const cut = (await probe.run(frame(mirrored(astronaut)))).result;
    expect(tf.memory().numTensors).toBe(before);
    // Measured 0.80 (cutting two of 14 skips moves f(x) further than τ = 0.6); d 0.20 -> 0.09.
    expect(cut.shift!).toBeGreaterThan(0.3);
    expect(cut.reference!.intact).toBeCloseTo(intact.reference!.intact, 5);
    expect(Math.abs(cut.reference!.cut - cut.reference!.intact)).toBeGreaterThan(0.02);
  });

  it('finds no face on fruit, and keeps nothing', async () => {
    const before = tf.memory().numTensors;
    const { result } = await probe.run(frame(loadFixtureImage('fruits.jpg')));
    expect(result.face).toBeNull();
    expect(result.tapped).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  });
});
