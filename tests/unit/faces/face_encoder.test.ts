import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { euclideanDistance } from '../../../src/tasks/faces/face_distance';
import { FaceEncoder } from '../../../src/tasks/faces/face_encoder';
import { recognise } from '../../../src/tasks/faces/identity_match';
import { defaultTau } from '../../../src/tasks/faces/face_embedder';
import { FaceRecognitionNet } from '../../../src/tasks/faces/face_recognition_net';
import { FaceResNet } from '../../../src/tasks/faces/faceres_net';
import { FaceDetector } from '../../../src/tasks/landmarks/face_detector';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

/** The same photo changed as a camera would change it: mirrored, scaled, darker, brighter. */
function edited(img: FixtureImage, edit: 'mirror' | 'half' | 'dark' | 'bright'): FixtureImage {
  const { width, height, data } = img;
  if (edit === 'half') {
    const w = Math.floor(width / 2);
    const h = Math.floor(height / 2);
    const out = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let c = 0; c < 4; c++)
          out[(y * w + x) * 4 + c] = data[(2 * y * width + 2 * x) * 4 + c]!;
    return { width: w, height: h, data: out };
  }
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 4; c++) {
        const sx = edit === 'mirror' ? width - 1 - x : x;
        const v = data[(y * width + sx) * 4 + c]!;
        out[(y * width + x) * 4 + c] =
          c === 3 ? v : edit === 'dark' ? v * 0.6 : edit === 'bright' ? Math.min(255, v * 1.35) : v;
      }
  return { width, height, data: out };
}

/** Two photos next to each other on one black canvas, top-aligned. */
function sideBySide(a: FixtureImage, b: FixtureImage): FixtureImage {
  const width = a.width + b.width;
  const height = Math.max(a.height, b.height);
  const data = new Uint8Array(width * height * 4);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  for (const [img, left] of [
    [a, 0],
    [b, a.width],
  ] as const) {
    for (let y = 0; y < img.height; y++) {
      data.set(
        img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4),
        (y * width + left) * 4,
      );
    }
  }
  return { width, height, data };
}

describe.each([
  ['face_recognition', 128],
  ['faceres', 1024],
] as const)('FaceEncoder with %s: detect, align, encode (WASM, real weights)', (id, dims) => {
  let encoder: FaceEncoder;
  const tau = defaultTau[id];
  const run = async (img: FixtureImage) =>
    (await encoder.run({ image: img, width: img.width, height: img.height })).result;

  beforeAll(async () => {
    await useWasmBackend();
    encoder = new FaceEncoder(
      new FaceDetector(await loadGraphModelFromCatalogue('blazeface', nodeModelOptions)),
      id === 'faceres'
        ? new FaceResNet(await loadGraphModelFromCatalogue('faceres', nodeModelOptions))
        : new FaceRecognitionNet(
            await loadWeightMapFromCatalogue('face_recognition', nodeModelOptions),
          ),
    );
  });
  afterAll(() => encoder?.dispose());

  it('finds the astronaut’s face, aligned and encoded', async () => {
    const img = loadFixtureImage('astronaut.jpg');
    const { result, aligned } = await encoder.encode({
      image: img,
      width: img.width,
      height: img.height,
    });
    expect(result.faces).toHaveLength(1);
    const face = result.faces[0]!;
    // Hand-checked face on astronaut.jpg (512x512): x 170-285, y 55-185.
    expect(face.crop.cx).toBeGreaterThan(190);
    expect(face.crop.cx).toBeLessThan(265);
    expect(face.crop.cy).toBeGreaterThan(80);
    expect(face.crop.cy).toBeLessThan(165);
    expect(face.encoding).toHaveLength(dims);
    expect(aligned[0]!.data.length).toBe(encoder.net.inputSize ** 2 * 4);
  });

  it('keeps the same face within τ when mirrored, scaled, darker or brighter', async () => {
    const img = loadFixtureImage('astronaut.jpg');
    const ref = (await run(img)).faces[0]!.encoding;
    const distances: Record<string, number> = {};
    for (const edit of ['mirror', 'half', 'dark', 'bright'] as const) {
      const face = (await run(edited(img, edit))).faces[0];
      expect(face, edit).toBeDefined();
      distances[edit] = euclideanDistance(ref, face!.encoding);
    }
    console.info(`${id}: aligned same-face distances`, distances);
    for (const [edit, d] of Object.entries(distances)) expect(d, edit).toBeLessThan(tau);
  });

  it('puts a different person beyond τ', async () => {
    const a = (await run(loadFixtureImage('astronaut.jpg'))).faces[0]!.encoding;
    const messi = (await run(loadFixtureImage('messi5.jpg'))).faces[0];
    expect(messi).toBeDefined();
    const d = euclideanDistance(a, messi!.encoding);
    console.info(`${id}: aligned astronaut vs messi`, d);
    expect(d).toBeGreaterThan(tau);
  });

  it('recognises several faces at once: each labelled, the stranger unknown', async () => {
    const ref = (await run(loadFixtureImage('astronaut.jpg'))).faces[0]!.encoding;
    const eileen = { id: 'e', name: 'Eileen', encoding: ref };
    const both = sideBySide(loadFixtureImage('messi5.jpg'), loadFixtureImage('astronaut.jpg'));
    const result = await run(both);
    expect(result.faces).toHaveLength(2);
    const labels = result.faces
      .map((f) => ({ x: f.box.x, m: recognise(f.encoding, [eileen], tau) }))
      .sort((a, b) => a.x - b.x)
      .map(({ m }) => (m.accepted ? m.identity!.name : 'unknown'));
    expect(labels).toEqual(['unknown', 'Eileen']);
  });

  it('finds no face on a photo of fruit, and leaks no tensors', async () => {
    const img = loadFixtureImage('fruits.jpg');
    expect((await run(img)).faces).toEqual([]);
    const face = loadFixtureImage('astronaut.jpg');
    await run(face);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) await run(face);
    expect(tf.memory().numTensors).toBe(before);
  });
});
