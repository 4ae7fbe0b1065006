import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { overlappingPairs } from '../../src/render/text_slots';
import type { LandmarksResult } from '../../src/tasks/landmarks/landmarks_result';
import { astronautRegions, inRegion, type Region } from '../unit/landmarks/astronaut_regions';
import { closeUpTips, closeUpWrist, handTips } from '../unit/landmarks/hand_regions';
import { fixturePath } from '../helpers/fixture_image';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { overlayInk } from './overlay_ink';
import { drawnLabelBoxes, framesProcessed, processedFrames } from './page_probes';

const origin = inject('origin');
// No service worker here: a fresh context's first visit precaches the whole app and every
// model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
// (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
const context = { serviceWorkers: 'block' } as const;

/** astronaut-320.jpg in a 640x480 camera frame: scaled 1.5x, 80 px of padding left and right. */
const inCamera = (r: Region): Region => ({
  x: [80 + 1.5 * r.x[0], 80 + 1.5 * r.x[1]],
  y: [1.5 * r.y[0], 1.5 * r.y[1]],
});
const face = {
  all: inCamera(astronautRegions.face),
  rightEye: inCamera(astronautRegions.rightEye),
  leftEye: inCamera(astronautRegions.leftEye),
  nose: inCamera(astronautRegions.noseTip),
};

const ink = (page: Page, x: number, y: number, r = 4) => overlayInk(page, x, y, r);

async function startInMode(page: Page, mode: string): Promise<void> {
  await page.goto(`${origin}/?backend=wasm#/landmarks`);
  await page.getByTestId('mode').selectOption(mode);
  await page.getByTestId('advanced').click();
  await page.getByTestId('smoothing').uncheck(); // raw regression: no filter state between frames
  await startCamera(page);
}

const waitFor = (page: Page, check: (r: LandmarksResult) => boolean) =>
  waitForResult<LandmarksResult>(page, check);

function expectIn(p: { x: number; y: number }, region: Region, what: string) {
  expect(inRegion(p, region), `${what} at (${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBe(true);
}

describe('landmarks lab on a fake camera showing a real face', () => {
  const session = useCheckedPage(
    origin,
    makeY4m('astronaut-320.jpg', { width: 640, height: 480 }),
    { context },
  );

  it('draws the 468-point mesh and then the 68 points over the face, then switches to the body', async () => {
    const { page } = session;
    await startInMode(page, 'mesh');
    const mesh = await waitFor(page, (r) => r.faces.length === 1);
    expect(mesh.frame).toEqual({ width: 640, height: 480 });
    const points = mesh.faces[0]!.points;
    expect(points).toHaveLength(468);
    expect(points.filter((p) => !inRegion(p, face.all))).toEqual([]);
    for (const i of [33, 133]) expectIn(points[i]!, face.rightEye, `mesh ${i}`);
    for (const i of [362, 263]) expectIn(points[i]!, face.leftEye, `mesh ${i}`);
    expectIn(points[1]!, face.nose, 'mesh nose tip');

    // Mirrored selfie view: the mesh is drawn at width - x; the corner stays clear.
    expect(await page.getByTestId('mirror').isChecked()).toBe(true);
    expect(await ink(page, 640 - points[1]!.x, points[1]!.y)).toBeGreaterThan(0);
    expect(await ink(page, 10, 470)).toBe(0);

    // The course view writes the 4 eye corners as y = (p_c, l1x, l1y, ..., l4x, l4y), normalised,
    // "is there a face?" first.
    const vector = await page.getByTestId('output-vector').textContent();
    const numbers = vector!.match(/-?\d+\.\d+/g)!.map(Number);
    expect(numbers).toHaveLength(9);
    expect(numbers[0]).toBeGreaterThan(0.5);
    expect(numbers[1]).toBeCloseTo(points[33]!.x / 640, 1);
    expect(numbers[2]).toBeCloseTo(points[33]!.y / 480, 1);
    // l1 to l4 sit on the eye corners, a few px apart: their names are placed so none hides
    // another, each at least 12 CSS px (the overlay says where it drew them, canvas px).
    const overlay = page.getByTestId('overlay');
    const names = await drawnLabelBoxes(page);
    expect(names).toHaveLength(4);
    const shownScale = await overlay.evaluate(
      (c: HTMLCanvasElement) => c.getBoundingClientRect().width / c.width,
    );
    for (const a of names) expect(a.height * shownScale).toBeGreaterThanOrEqual(11.9);
    expect(overlappingPairs(names)).toEqual([]);
    await page.getByTestId('point-263').click();
    expect(await page.getByTestId('point-263').getAttribute('aria-pressed')).toBe('true');

    // Tapping the nose tip on the (mirrored) picture adds mesh point 1 to the vector.
    const stage = (await page.getByTestId('stage').boundingBox())!;
    const nose = points[1]!;
    await page.getByTestId('stage').click({
      position: { x: ((640 - nose.x) / 640) * stage.width, y: (nose.y / 480) * stage.height },
    });
    // The mesh is regressed afresh each frame, so the nearest point may be a neighbour of 1.
    await expect.poll(() => page.getByTestId('point-set').inputValue()).toBe('picked');
    const picked = (await page.getByTestId('output-vector').textContent())!
      .match(/-?\d+\.\d+/g)!
      .map(Number);
    expect(picked).toHaveLength(3);
    expect(picked[1]).toBeCloseTo(nose.x / 640, 1);
    expect(picked[2]).toBeCloseTo(nose.y / 480, 1);

    await page.getByTestId('mode').selectOption('mesh+face68');
    const both = await waitFor(page, (r) => r.faces68.length === 1 && r.faces.length === 1);
    const p68 = both.faces68[0]!.points;
    expect(p68).toHaveLength(68);
    expect(p68.filter((p) => !inRegion(p, face.all))).toEqual([]);
    for (const i of [36, 39]) expectIn(p68[i]!, face.rightEye, `68-point ${i}`);
    for (const i of [42, 45]) expectIn(p68[i]!, face.leftEye, `68-point ${i}`);
    expect(await ink(page, 640 - p68[30]!.x, p68[30]!.y)).toBeGreaterThan(0);

    // The 68 points alone: BlazeFace finds the face, then each frame's points place the next
    // crop. Forty frames on, they are still on the face.
    await page.getByTestId('mode').selectOption('face68');
    await waitFor(page, (r) => r.modes.join() === 'face68' && r.faces68.length === 1);
    await framesProcessed(page, (await processedFrames(page)) + 40);
    const alone = await waitFor(page, (r) => r.modes.join() === 'face68');
    expect(alone.faces).toEqual([]);
    expect(alone.faces68).toHaveLength(1);
    const tracked = alone.faces68[0]!.points;
    expect(tracked.filter((p) => !inRegion(p, face.all))).toEqual([]);
    for (const i of [36, 39]) expectIn(tracked[i]!, face.rightEye, `tracked 68-point ${i}`);
    for (const i of [42, 45]) expectIn(tracked[i]!, face.leftEye, `tracked 68-point ${i}`);
    expectIn(tracked[30]!, face.nose, 'tracked 68-point nose tip');

    await page.getByTestId('mode').selectOption('body');
    const body = await waitFor(
      page,
      (r) => r.modes.join() === 'body' && (r.poses[0]?.keypoints[0]?.score ?? 0) > 0.5,
    );
    expect(body.faces).toEqual([]);
    expectIn(body.poses[0]!.keypoints[0]!, face.nose, 'body nose');
  });
});

describe('landmarks lab on a fake camera showing a real hand', () => {
  const session = useCheckedPage(
    origin,
    makeY4m('hand-in-frame.jpg', { width: 640, height: 480 }),
    { context },
  );

  it('finds the left hand and calls it left, mirrored or not', async () => {
    const { page } = session;
    await startInMode(page, 'hands');
    const mirrored = await waitFor(page, (r) => r.hands.length === 1);
    const hand = mirrored.hands[0]!;
    expect(hand.handedness).toBe('left');
    for (const { name, index, region } of handTips) expectIn(hand.points[index]!, region, name);
    const tip = hand.points[8]!;
    expect(await ink(page, 640 - tip.x, tip.y)).toBeGreaterThan(0);

    await page.getByTestId('mirror').uncheck();
    await expect.poll(() => ink(page, tip.x, tip.y)).toBeGreaterThan(0);
    const plain = await waitFor(page, (r) => r.hands.length === 1);
    expect(plain.hands[0]!.handedness).toBe('left');
  });

  it('finds the same hand close up, filling a still photo', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/landmarks`);
    await page.getByTestId('mode').selectOption('hands');
    await page.getByTestId('advanced').click();
    await page.getByTestId('smoothing').uncheck();
    await page.getByTestId('image-input').setInputFiles(fixturePath('hand-close-up.jpg'));
    // HandTrack misses it on the stretched frame; the detector's shrunk view finds it.
    const close = await waitFor(page, (r) => r.hands.length === 1);
    expect(close.frame).toEqual({ width: 640, height: 480 });
    expect(close.hands[0]!.handedness).toBe('left');
    for (const { name, index, region } of closeUpTips) {
      expectIn(close.hands[0]!.points[index]!, region, name);
    }
    expectIn(close.hands[0]!.points[0]!, closeUpWrist, 'wrist');
  });
});

describe('landmarks lab on a fake camera close to a real hand', () => {
  const session = useCheckedPage(
    origin,
    makeY4m('hand-close-up.jpg', { width: 640, height: 480 }),
    { context },
  );

  it('finds the hand that fills the camera frame', async () => {
    const { page } = session;
    await startInMode(page, 'hands');
    const close = await waitFor(page, (r) => r.hands.length === 1);
    expect(close.hands[0]!.handedness).toBe('left');
    for (const { name, index, region } of closeUpTips) {
      expectIn(close.hands[0]!.points[index]!, region, name);
    }
  });
});
