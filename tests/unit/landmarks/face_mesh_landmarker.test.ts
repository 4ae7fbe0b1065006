import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphModelFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { FaceDetector } from '../../../src/tasks/landmarks/face_detector';
import { FaceMeshLandmarker } from '../../../src/tasks/landmarks/face_mesh_landmarker';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { astronautRegions, inRegion } from './astronaut_regions';
import { TensorFrame } from '../../../src/core/pixels/tensor_frame';
import { fixtureFrame } from './frame_tensor';

// Mesh indices (MediaPipe's canonical face): eye corners and lids, nose tip, lips.
const meshRegions = [
  { part: 'right eye', indices: [33, 133, 159, 145], region: astronautRegions.rightEye },
  { part: 'left eye', indices: [263, 362, 386, 374], region: astronautRegions.leftEye },
  { part: 'nose tip', indices: [1], region: astronautRegions.noseTip },
  { part: 'mouth', indices: [13, 14, 61, 291], region: astronautRegions.mouth },
];

describe('FaceDetector and FaceMeshLandmarker (BlazeFace + Face Mesh, WASM, real weights)', () => {
  let detector: FaceDetector;
  let mesh: FaceMeshLandmarker;
  let astronaut: TensorFrame;
  let fruits: TensorFrame;

  beforeAll(async () => {
    await useWasmBackend();
    detector = new FaceDetector(await loadGraphModelFromCatalogue('blazeface', nodeModelOptions));
    mesh = new FaceMeshLandmarker(
      detector,
      await loadGraphModelFromCatalogue('facemesh', nodeModelOptions),
    );
    astronaut = fixtureFrame('astronaut-320.jpg');
    fruits = fixtureFrame('fruits.jpg');
  });
  afterAll(() => {
    mesh?.dispose();
    astronaut?.dispose();
    fruits?.dispose();
  });

  it('detects the one face with its eyes, nose and mouth in the hand-checked regions', async () => {
    const faces = await detector.detect(astronaut, 5);
    expect(faces).toHaveLength(1);
    const [rightEye, leftEye, nose, mouth] = faces[0]!.keypoints;
    expect(faces[0]!.score).toBeGreaterThan(0.7);
    expect(inRegion(rightEye!, astronautRegions.rightEye), 'right eye').toBe(true);
    expect(inRegion(leftEye!, astronautRegions.leftEye), 'left eye').toBe(true);
    expect(inRegion(nose!, astronautRegions.noseTip), 'nose').toBe(true);
    expect(inRegion(mouth!, astronautRegions.mouth), 'mouth').toBe(true);
  });

  it('detects no face on a photo of fruit', async () => {
    expect(await detector.detect(fruits, 5)).toEqual([]);
  });

  it('puts all 468 mesh points on the face', async () => {
    mesh.reset();
    const [face, ...others] = await mesh.run(astronaut);
    expect(others).toEqual([]);
    expect(face!.points).toHaveLength(468);
    expect(face!.score).toBeGreaterThan(0.9);
    expect(face!.tracked).toBe(false);
    const outside = face!.points.filter((p) => !inRegion(p, astronautRegions.face));
    expect(outside).toEqual([]);
  });

  it.each(meshRegions)(
    'puts the $part points ($indices) in the hand-checked region',
    async ({ indices, region }) => {
      mesh.reset();
      const [face] = await mesh.run(astronaut);
      for (const i of indices) {
        const p = face!.points[i]!;
        expect(inRegion(p, region), `point ${i} at (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBe(
          true,
        );
      }
    },
  );

  it('tracks from the previous mesh and stays put on a still picture', async () => {
    mesh.reset();
    const [first] = await mesh.run(astronaut);
    const [second] = await mesh.run(astronaut);
    expect(second!.tracked).toBe(true);
    const drift = Math.hypot(
      second!.points[1]!.x - first!.points[1]!.x,
      second!.points[1]!.y - first!.points[1]!.y,
    );
    expect(drift).toBeLessThan(3);
  });

  it('drops a tracked face when the mesh score falls, and finds nothing on fruit', async () => {
    mesh.reset();
    await mesh.run(astronaut);
    expect(await mesh.run(fruits)).toEqual([]); // the tracked crop now shows fruit
    expect(await mesh.run(fruits)).toEqual([]); // re-detection finds no face
    const [again] = await mesh.run(astronaut);
    expect(again!.tracked).toBe(false);
  });

  it('finds two faces, up to the limit, on two portraits side by side', async () => {
    const a = astronaut.full();
    const pair = new TensorFrame(tf.tidy(() => tf.concat([a, tf.reverse(a, 1)], 1)));
    try {
      mesh.reset();
      mesh.options = { ...mesh.options, maxFaces: 3 };
      const faces = await mesh.run(pair);
      expect(faces).toHaveLength(2);
      const noses = faces.map((f) => f.points[1]!.x).sort((a, b) => a - b);
      expect(noses[0]).toBeLessThan(320);
      expect(noses[1]).toBeGreaterThan(320);
      mesh.reset();
      mesh.options = { ...mesh.options, maxFaces: 1 };
      expect(await mesh.run(pair)).toHaveLength(1);
    } finally {
      pair.dispose();
    }
  });

  it('leaks no tensors over 20 frames, detecting and tracking', async () => {
    mesh.reset();
    await mesh.run(astronaut);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      if (i % 5 === 0) mesh.reset();
      await mesh.run(i % 7 === 6 ? fruits : astronaut);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
