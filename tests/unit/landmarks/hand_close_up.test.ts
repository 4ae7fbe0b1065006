import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HandDetector } from '../../../src/tasks/landmarks/hand_detector';
import { closeUpView, stretchedView } from '../../../src/tasks/landmarks/hand_detector_view';
import { HandLandmarker } from '../../../src/tasks/landmarks/hand_landmarker';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { inRegion, type Region } from './astronaut_regions';
import { fixtureFrame } from './frame_tensor';
import { loadHandModels } from './hand_models';
import { TensorFrame } from '../../../src/core/pixels/tensor_frame';
import { closeUpHandRegion, closeUpTips, closeUpWrist, handRegion } from './hand_regions';

/**
 * The close-up shrunk by `s` into the middle of a grey 640x480 frame (as the hand moves away from
 * the camera), and a hand-checked region carried along.
 */
function inset(photo: TensorFrame, s: number) {
  const [w, h] = [Math.round(640 * s), Math.round(480 * s)];
  const [left, top] = [(640 - w) >> 1, (480 - h) >> 1];
  const frame = new TensorFrame(
    tf.tidy(() =>
      tf.pad(
        tf.image.resizeBilinear(photo.full(), [h, w]),
        [
          [top, 480 - h - top],
          [left, 640 - w - left],
          [0, 0],
        ],
        200,
      ),
    ),
  );
  const map = (r: Region): Region => ({
    x: [left + s * r.x[0], left + s * r.x[1]],
    y: [top + s * r.y[0], top + s * r.y[1]],
  });
  return { frame, map };
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

describe('a hand that fills the frame (HandTrack + Hand Landmark Lite, WASM, real weights)', () => {
  let detector: HandDetector;
  let hands: HandLandmarker;
  let closeUp: TensorFrame;
  let inFrame: TensorFrame;
  let fruits: TensorFrame;

  beforeAll(async () => {
    await useWasmBackend();
    ({ detector, hands } = await loadHandModels());
    closeUp = fixtureFrame('hand-close-up.jpg');
    inFrame = fixtureFrame('hand-in-frame.jpg');
    fruits = fixtureFrame('fruits.jpg');
  });
  afterAll(() => {
    hands?.dispose();
    for (const f of [closeUp, inFrame, fruits]) f?.dispose();
  });

  it('is missed by the detector on the stretched frame and found in the close-up view', async () => {
    expect(await detector.detect(closeUp, 2, undefined, stretchedView)).toEqual([]);
    const found = await detector.detect(closeUp, 2, undefined, closeUpView);
    expect(found).toHaveLength(1);
    expect(found[0]!.score).toBeGreaterThan(0.6);
    expect(inRegion(centre(found[0]!.box), closeUpHandRegion)).toBe(true);
  });

  it('finds the hand at arm’s length in the close-up view too, its box in the frame', async () => {
    const [hand] = await detector.detect(inFrame, 2, undefined, closeUpView);
    expect(hand!.score).toBeGreaterThan(0.7);
    expect(inRegion(centre(hand!.box), handRegion)).toBe(true);
  });

  it('finds no hand on the fruit photo in either view', async () => {
    for (const view of [stretchedView, closeUpView]) {
      for (const { score } of await detector.detect(fruits, 2, undefined, view)) {
        expect(score).toBeLessThan(0.7);
      }
    }
    hands.reset();
    for (let i = 0; i < 4; i++) expect(await hands.run(fruits)).toEqual([]);
  });

  it('finds the close hand within two frames: a left hand, each tip in its region', async () => {
    hands.reset();
    const first = await hands.run(closeUp);
    const [hand] = first.length > 0 ? first : await hands.run(closeUp);
    expect(hand!.score).toBeGreaterThan(0.9);
    expect(hand!.handedness).toBe('left');
    for (const { name, index, region } of closeUpTips) {
      const p = hand!.points[index]!;
      expect(inRegion(p, region), `${name} (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBe(true);
    }
    const wrist = hand!.points[0]!;
    expect(inRegion(wrist, closeUpWrist), `wrist (${wrist.x}, ${wrist.y})`).toBe(true);
  });

  it('tracks the close hand without the detector, its tips in place', async () => {
    hands.reset();
    hands.options = { ...hands.options, maxHands: 1 };
    const detect = vi.spyOn(detector, 'detect');
    try {
      await hands.run(closeUp);
      await hands.run(closeUp);
      const calls = detect.mock.calls.length;
      for (let i = 0; i < 6; i++) {
        const [hand] = await hands.run(closeUp);
        for (const { index, region } of closeUpTips) {
          expect(inRegion(hand!.points[index]!, region), `frame ${i}, point ${index}`).toBe(true);
        }
      }
      expect(detect.mock.calls.length).toBe(calls);
    } finally {
      detect.mockRestore();
      hands.options = { ...hands.options, maxHands: 2 };
    }
  });

  it('alternates the two views, one detector run a frame, while nothing is found', async () => {
    hands.reset();
    const detect = vi.spyOn(detector, 'detect');
    try {
      for (let i = 0; i < 4; i++) await hands.run(fruits);
      expect(detect.mock.calls.map((c) => c[3])).toEqual([
        stretchedView,
        closeUpView,
        stretchedView,
        closeUpView,
      ]);
    } finally {
      detect.mockRestore();
    }
  });

  it('leaks no tensors in either view, finding or tracking the close hand', async () => {
    hands.reset();
    await hands.run(closeUp);
    const before = tf.memory().numTensors;
    for (const view of [stretchedView, closeUpView])
      await detector.detect(closeUp, 2, undefined, view);
    hands.reset();
    for (let i = 0; i < 4; i++) await hands.run(i === 2 ? fruits : closeUp);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([1, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3])(
    'finds the hand at %s of the frame within two frames, its tips in place once tracked',
    async (s) => {
      const { frame, map } = inset(closeUp, s);
      try {
        hands.reset();
        const found = [(await hands.run(frame)).length, (await hands.run(frame)).length];
        expect(found).toContain(1);
        await hands.run(frame);
        const [hand] = await hands.run(frame);
        expect(hand!.handedness).toBe('left');
        for (const { name, index, region } of closeUpTips) {
          const p = hand!.points[index]!;
          expect(inRegion(p, map(region)), `${name} (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBe(
            true,
          );
        }
      } finally {
        frame.dispose();
      }
    },
  );
});
