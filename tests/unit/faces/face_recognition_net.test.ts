import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWeightMapFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { euclideanDistance } from '../../../src/tasks/faces/face_distance';
import { FaceRecognitionNet, faceInputSize } from '../../../src/tasks/faces/face_recognition_net';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

/** A square crop of a fixture photo, resized to the 150x150 the network takes: [1,150,150,3]. */
function faceCrop(
  name: string,
  box: { x: number; y: number; size: number },
  edit: (t: tf.Tensor3D) => tf.Tensor3D = (t) => t,
): tf.Tensor4D {
  const img = loadFixtureImage(name);
  return tf.tidy(() => {
    const rgb = tf.browser.fromPixels(img, 3);
    const crop = tf.slice(rgb, [box.y, box.x, 0], [box.size, box.size, 3]);
    const resized = tf.image.resizeBilinear(crop as tf.Tensor3D, [faceInputSize, faceInputSize]);
    return tf.expandDims(edit(resized), 0) as tf.Tensor4D;
  });
}

async function encode(net: FaceRecognitionNet, face: tf.Tensor4D): Promise<Float32Array> {
  const out = net.embed(face);
  try {
    return (await out.data()) as Float32Array;
  } finally {
    tf.dispose([out, face]);
  }
}

// Faces boxed by hand (pixels of the fixture photo): see tests/fixtures/README.md.
const astronaut = { x: 160, y: 50, size: 140 };
const messi = { x: 212, y: 72, size: 56 };
// face-api's own documented threshold on the Euclidean distance for this network.
const tau = 0.6;

describe('FaceRecognitionNet (face_recognition weights, WASM)', () => {
  let net: FaceRecognitionNet;

  beforeAll(async () => {
    await useWasmBackend();
    net = new FaceRecognitionNet(
      await loadWeightMapFromCatalogue('face_recognition', nodeModelOptions),
    );
  });
  afterAll(() => net?.dispose());

  it('gives the same 128-d descriptor as face-api computeFaceDescriptor (within 1e-3)', async () => {
    const require = createRequire(import.meta.url);
    const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as {
      nets: {
        faceRecognitionNet: {
          loadFromDisk(dir: string): Promise<void>;
          computeFaceDescriptor(t: tf.Tensor): Promise<Float32Array>;
        };
      };
    };
    await faceapi.nets.faceRecognitionNet.loadFromDisk('node_modules/@vladmandic/face-api/model');
    const input = faceCrop('astronaut.jpg', astronaut);
    const theirs = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(input);
    const ours = await encode(net, input);
    expect(ours).toHaveLength(128);
    let worst = 0;
    for (let i = 0; i < 128; i++) worst = Math.max(worst, Math.abs(ours[i]! - theirs[i]!));
    expect(worst).toBeLessThan(1e-3);
  });

  it('keeps the same face within τ under crop, scale, flip and brightness changes', async () => {
    const ref = await encode(net, faceCrop('astronaut.jpg', astronaut));
    const variants: [string, tf.Tensor4D][] = [
      ['shifted crop', faceCrop('astronaut.jpg', { x: 170, y: 58, size: 132 })],
      ['looser crop', faceCrop('astronaut.jpg', { x: 150, y: 40, size: 160 })],
      ['mirrored', faceCrop('astronaut.jpg', astronaut, (t) => tf.reverse(t, 1))],
      ['darker', faceCrop('astronaut.jpg', astronaut, (t) => tf.mul(t, 0.7))],
      ['brighter', faceCrop('astronaut.jpg', astronaut, (t) => tf.minimum(tf.mul(t, 1.3), 255))],
    ];
    const distances: Record<string, number> = {};
    for (const [name, face] of variants)
      distances[name] = euclideanDistance(ref, await encode(net, face));
    console.info('same-face distances', distances);
    for (const [name, d] of Object.entries(distances)) expect(d, name).toBeLessThan(tau);
  });

  it('puts a different person beyond τ', async () => {
    const a = await encode(net, faceCrop('astronaut.jpg', astronaut));
    const b = await encode(net, faceCrop('messi5.jpg', messi));
    const d = euclideanDistance(a, b);
    console.info('astronaut vs messi distance', d);
    expect(d).toBeGreaterThan(tau);
  });

  it('leaks no tensors', async () => {
    const face = faceCrop('astronaut.jpg', astronaut);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) tf.dispose(net.embed(face));
    expect(tf.memory().numTensors).toBe(before);
    face.dispose();
  });
});
