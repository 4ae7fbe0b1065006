import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  loadGraphModelFromCatalogue,
  loadWeightMapFromCatalogue,
} from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { TensorFrame } from '../../../src/core/pixels/tensor_frame';
import { FaceDetector } from '../../../src/tasks/landmarks/face_detector';
import { Face68Landmarker } from '../../../src/tasks/landmarks/face68_landmarker';
import { Face68Net } from '../../../src/tasks/landmarks/face68_net';
import {
  cropFromFace68,
  cropFromFaceBox,
  defaultFace68TrackOptions,
  Face68Tracks,
  face68TrackScale,
  face68TrackShift,
} from '../../../src/tasks/landmarks/face68_tracks';
import type { Point2 } from '../../../src/tasks/landmarks/landmarks_result';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { videoFrames } from '../../helpers/video_frames';
import { fixtureFrame } from './frame_tensor';

/**
 * 68 points spread over u in [-50, 50], v in [-40, 40] (the eye corners 36 and 45 at u = -50 and
 * 50 on one level, the chin 8 at v = 40, point 0 at v = -40), turned by `angle` about (200, 150).
 */
function turnedFace(angle: number): Point2[] {
  const points: Point2[] = [];
  for (let i = 0; i < 68; i++) {
    const u = i === 36 ? -50 : i === 45 ? 50 : ((i * 37) % 101) - 50;
    const v = i === 36 || i === 45 ? -20 : i === 8 ? 40 : ((i * 53) % 81) - 40;
    points.push({
      x: 200 + u * Math.cos(angle) - v * Math.sin(angle),
      y: 150 + u * Math.sin(angle) + v * Math.cos(angle),
    });
  }
  return points;
}

describe('cropFromFace68', () => {
  it.each([0, 0.4, -1])('turns with the eye line (%s rad) and frames the extent', (angle) => {
    const points = turnedFace(angle);
    const crop = cropFromFace68(points);
    const extent = 100; // the longer side, u
    expect(crop.angle).toBeCloseTo(angle, 6);
    expect(crop.size).toBeCloseTo(extent * face68TrackScale, 6);
    expect(crop.outputSize).toBe(112);
    // The centre is the extent's centre (200, 150) moved along the face's own down axis.
    const shift = extent * face68TrackShift;
    expect(crop.cx).toBeCloseTo(200 - Math.sin(angle) * shift, 6);
    expect(crop.cy).toBeCloseTo(150 + Math.cos(angle) * shift, 6);
  });
});

/** Mean distance between matching points, in fractions of the reference's extent. */
function pointError(points: readonly Point2[], reference: readonly Point2[]): number {
  const xs = reference.map((p) => p.x);
  const ys = reference.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  let sum = 0;
  for (let i = 0; i < reference.length; i++) {
    sum += Math.hypot(points[i]!.x - reference[i]!.x, points[i]!.y - reference[i]!.y);
  }
  return sum / reference.length / extent;
}

describe('Face68Tracks (BlazeFace and the 68-point net, real weights, WASM)', () => {
  let detector: FaceDetector;
  let landmarker: Face68Landmarker;

  beforeAll(async () => {
    await useWasmBackend();
    detector = new FaceDetector(await loadGraphModelFromCatalogue('blazeface', nodeModelOptions));
    landmarker = new Face68Landmarker(
      new Face68Net(await loadWeightMapFromCatalogue('face_landmark_68', nodeModelOptions)),
    );
  });
  afterAll(() => {
    detector?.dispose();
    landmarker?.dispose();
  });

  /** One frame through the tracker, as the landmarks task runs it. */
  async function track(tracks: Face68Tracks, frame: TensorFrame) {
    const placed = await tracks.place(frame, 1);
    const faces = await landmarker.run(frame, placed);
    tracks.follow(placed, faces, frame);
    return faces;
  }

  /** The 68 points as BlazeFace places their crop on this very frame (no tracking). */
  async function detected(frame: TensorFrame) {
    const found = await detector.detect(frame, 1);
    const crops = found.map((f) => ({ crop: cropFromFaceBox(f), score: f.score }));
    return landmarker.run(frame, crops);
  }

  it('follows moving faces through a film clip, and finds the new face after a cut', async () => {
    // 61 frames of opencv-doc's Megamind.avi (tests/fixtures/README.md): one face talking and
    // turning, then a cut to another face elsewhere in the picture.
    const frames = videoFrames('megamind-cut.mp4');
    const tracks = new Face68Tracks(detector);
    const detect = vi.spyOn(detector, 'detect');
    const errors: number[] = [];
    let looks = 0; // the tracker's own calls to BlazeFace
    for (const frame of frames) {
      try {
        const before = detect.mock.calls.length;
        const faces = await track(tracks, frame);
        looks += detect.mock.calls.length - before;
        const [reference] = await detected(frame);
        expect(faces).toHaveLength(reference ? 1 : 0);
        if (reference) errors.push(pointError(faces[0]!.points, reference.points));
      } finally {
        frame.dispose();
      }
    }
    const { verifyEvery } = defaultFace68TrackOptions;
    expect(errors).toHaveLength(61);
    // BlazeFace ran on the first frame and then once every verifyEvery frames.
    expect(looks).toBe(Math.ceil(61 / verifyEvery));
    detect.mockRestore();
    // Where the face is the one tracked, the points are where BlazeFace's crop puts them: the
    // mean point within 2% of the face's extent, every point-set within 5%.
    const sorted = [...errors].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeLessThan(0.02);
    // After the cut the old place is tracked until BlazeFace looks again: one run of wrong
    // frames, shorter than verifyEvery.
    const wrong = errors.flatMap((e, i) => (e > 0.05 ? [i] : []));
    expect(wrong.length).toBeGreaterThan(0); // the clip does cut to another face
    expect(wrong.length).toBeLessThan(verifyEvery);
    expect(wrong.at(-1)! - wrong[0]!).toBe(wrong.length - 1);
  }, 120_000);

  it('keeps a still face framed as BlazeFace frames it, frame after frame', async () => {
    const astronaut = fixtureFrame('astronaut-320.jpg');
    try {
      const tracks = new Face68Tracks(detector);
      const [reference] = await detected(astronaut);
      let faces = await track(tracks, astronaut);
      for (let i = 0; i < 30; i++) faces = await track(tracks, astronaut);
      expect(faces).toHaveLength(1);
      expect(pointError(faces[0]!.points, reference!.points)).toBeLessThan(0.015);
    } finally {
      astronaut.dispose();
    }
  });

  it("replaces a drifted track with BlazeFace's crop at the next check", async () => {
    const astronaut = fixtureFrame('astronaut-320.jpg');
    try {
      const tracks = new Face68Tracks(detector, { verifyEvery: 2 });
      const [found] = await tracks.place(astronaut, 1); // BlazeFace's crop
      const [face] = await landmarker.run(astronaut, [found!]);
      // Points slid 40% of the crop to the right, as if the net had followed something else.
      const slide = 0.4 * found!.crop.size;
      const drifted = { ...face!, points: face!.points.map((p) => ({ x: p.x + slide, y: p.y })) };
      tracks.follow([found!], [drifted], astronaut);
      const [tracked] = await tracks.place(astronaut, 1);
      expect(tracked!.crop.cx - found!.crop.cx).toBeGreaterThan(0.3 * found!.crop.size);
      tracks.follow([tracked!], [drifted], astronaut);
      const [checked] = await tracks.place(astronaut, 1); // BlazeFace looks again
      expect(checked!.crop).toEqual(found!.crop);
    } finally {
      astronaut.dispose();
    }
  });

  it('drops a face that is gone by the next check, and forgets all on reset', async () => {
    const astronaut = fixtureFrame('astronaut-320.jpg');
    const fruits = fixtureFrame('fruits.jpg');
    try {
      const tracks = new Face68Tracks(detector, { verifyEvery: 5 });
      expect(await track(tracks, astronaut)).toHaveLength(1);
      // The picture changes to fruit: the net still draws a face on the tracked crop until
      // BlazeFace's next look, 5 frames after its last.
      const counts: number[] = [];
      for (let i = 0; i < 6; i++) counts.push((await track(tracks, fruits)).length);
      expect(counts.indexOf(0)).toBeGreaterThanOrEqual(0);
      expect(counts.indexOf(0)).toBeLessThanOrEqual(4);
      expect(counts.slice(counts.indexOf(0)).every((n) => n === 0)).toBe(true);

      const detect = vi.spyOn(detector, 'detect');
      await track(tracks, astronaut); // no track: BlazeFace looks at once
      await track(tracks, astronaut); // tracked
      tracks.reset();
      await track(tracks, astronaut); // forgotten: BlazeFace looks again
      expect(detect).toHaveBeenCalledTimes(2);
      detect.mockRestore();
    } finally {
      astronaut.dispose();
      fruits.dispose();
    }
  });

  it('leaks no tensors while tracking, checking and re-finding', async () => {
    const astronaut = fixtureFrame('astronaut-320.jpg');
    const fruits = fixtureFrame('fruits.jpg');
    try {
      const tracks = new Face68Tracks(detector, { verifyEvery: 4 });
      await track(tracks, astronaut);
      const before = tf.memory().numTensors;
      for (let i = 0; i < 30; i++) await track(tracks, Math.floor(i / 7) % 2 ? fruits : astronaut);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      astronaut.dispose();
      fruits.dispose();
    }
  });
});
