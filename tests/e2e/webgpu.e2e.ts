import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { LandmarksResult } from '../../src/tasks/landmarks/landmarks_result';
import { intersectionOverUnion } from '../../src/vision/intersection_over_union';
import { fixturePath } from '../helpers/fixture_image';
import { astronautRegions, inRegion, type Region } from '../unit/landmarks/astronaut_regions';
import { launchChromium, waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

/** The labs' published results (data-result), as far as these tests read them. */
interface DetectionJson {
  mode: 'yolo' | 'coco';
  detections: { box: { x1: number; y1: number; x2: number; y2: number }; label: string }[];
}
interface FacesJson {
  frame: { width: number; height: number };
  faces: { name: string | null; distance: number | null; accepted: boolean }[];
}
/** Chromium exposes WebGPU to a headless page only with this flag (SwiftShader, on the CPU here). */
const webgpuArgs = ['--enable-unsafe-webgpu'];

/** The adapter a page of ours gets from Chromium with `args`: its name, or why there is none. */
async function probeAdapter(args: string[]): Promise<{ adapter: string | null; why: string }> {
  const browser = await launchChromium({ extraArgs: args });
  try {
    const page = await browser.newPage();
    // navigator.gpu needs a secure context: a page of our origin, not about:blank.
    await page.goto(`${origin}/manifest.webmanifest`);
    return await page.evaluate(async () => {
      const gpu = (navigator as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      if (!gpu) return { adapter: null, why: 'no navigator.gpu' };
      const adapter = (await gpu.requestAdapter()) as {
        info?: { vendor: string; architecture: string };
      } | null;
      if (!adapter) return { adapter: null, why: 'navigator.gpu.requestAdapter() gave null' };
      return { adapter: `${adapter.info?.vendor} ${adapter.info?.architecture}`, why: '' };
    });
  } finally {
    await browser.close();
  }
}

const flagged = await probeAdapter(webgpuArgs);
if (!flagged.adapter) {
  console.warn(
    `webgpu.e2e: no WebGPU adapter in this Chromium with ${webgpuArgs.join(' ')} (${flagged.why}); the WebGPU model tests are skipped.`,
  );
}
const unflagged = await probeAdapter([]);

/**
 * CenterNet, the face mesh and face_recognition take 25-120 s a frame on SwiftShader's WebGPU
 * (README, "Backends"): they run with CONVLENS_WEBGPU_ALL=1, about 5 minutes for the file.
 */
const slowToo = process.env.CONVLENS_WEBGPU_ALL === '1';
if (flagged.adapter && !slowToo) {
  console.warn(
    'webgpu.e2e: CenterNet, Landmarks and Faces on SwiftShader WebGPU take minutes; set CONVLENS_WEBGPU_ALL=1 to run them.',
  );
}
/** How long a slow model's first result may take on SwiftShader (measured: 64-120 s). */
const slowResult = 180_000;

const backendShown = (page: Page) =>
  expect.poll(() => page.getByTestId('backend').textContent(), { timeout: 60_000 });

/** Opens `lab` on WebGPU and waits until the app says WebGPU runs it, with no fallback notice. */
async function openOnWebgpu(page: Page, lab: string): Promise<void> {
  await page.goto(`${origin}/?backend=webgpu#/${lab}`);
  await backendShown(page).toBe('webgpu');
  expect(await page.getByTestId('backend-notice').allTextContents()).toEqual([]);
}

describe.skipIf(!flagged.adapter)(`WebGPU (${flagged.adapter}) runs the labs`, () => {
  describe('choosing it', () => {
    const session = useCheckedPage(origin, null, { extraArgs: webgpuArgs });

    it('runs on WebGPU when asked, loading its code then; Automatic skips a software adapter and never loads it', async () => {
      const { page } = session;
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await openOnWebgpu(page, 'convolution');
      expect(requested.filter((u) => /\/tfjs-webgpu-[\w-]+\.js$/.test(u))).toHaveLength(1);
      expect(await page.getByTestId('backend-select').locator('option[value=webgpu]').count()).toBe(
        1,
      );

      requested.length = 0;
      await page.goto(`${origin}/#/convolution`);
      await backendShown(page).toMatch(/^(webgl|wasm|cpu)$/);
      expect(requested.filter((u) => u.includes('tfjs-webgpu'))).toEqual([]);
    });
  });

  describe('Detection', () => {
    // astronaut.jpg (512 x 512) in a 640 x 480 frame: scaled to 480 x 480, 80 px of padding.
    const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }), {
      extraArgs: webgpuArgs,
    });
    const toFrame = (x: number, y: number) => ({ x: (x * 480) / 512 + 80, y: (y * 480) / 512 });

    it('tiny YOLO finds the face in its hand-drawn box', async () => {
      const { page } = session;
      await openOnWebgpu(page, 'detection');
      await page.getByTestId('start-camera').click();
      const result = await waitForResult<DetectionJson>(
        page,
        (r) => r.mode === 'yolo' && r.detections.some((d) => d.label === 'face'),
      );
      const [a, b] = [toFrame(177, 80), toFrame(273, 171)];
      const face = result.detections[0]!.box;
      expect(intersectionOverUnion(face, { x1: a.x, y1: a.y, x2: b.x, y2: b.y })).toBeGreaterThan(
        0.5,
      );
    });

    it.skipIf(!slowToo)(
      'CenterNet (COCO) labels the cup in the coffee photo',
      { timeout: 240_000 },
      async () => {
        const { page } = session;
        await openOnWebgpu(page, 'detection');
        await page.getByTestId('mode-coco').check();
        await page.getByTestId('image-input').setInputFiles(fixturePath('coffee.jpg'));
        const result = await waitForResult<DetectionJson>(
          page,
          (r) => r.mode === 'coco' && r.detections.length > 0,
          slowResult,
        );
        expect(result.detections[0]!.label).toBe('cup');
      },
    );
  });

  describe.skipIf(!slowToo)('Landmarks', () => {
    // astronaut-320.jpg in a 640 x 480 frame: scaled 1.5x, 80 px of padding left and right.
    const session = useCheckedPage(
      origin,
      makeY4m('astronaut-320.jpg', { width: 640, height: 480 }),
      { extraArgs: webgpuArgs },
    );
    const faceRegion: Region = {
      x: [80 + 1.5 * astronautRegions.face.x[0], 80 + 1.5 * astronautRegions.face.x[1]],
      y: [1.5 * astronautRegions.face.y[0], 1.5 * astronautRegions.face.y[1]],
    };

    it(
      'BlazeFace + the face mesh put all 468 points on the face',
      { timeout: 240_000 },
      async () => {
        const { page } = session;
        await openOnWebgpu(page, 'landmarks');
        await page.getByTestId('start-camera').click();
        const mesh = await waitForResult<LandmarksResult>(
          page,
          (r) => r.faces.length === 1,
          slowResult,
        );
        const points = mesh.faces[0]!.points;
        expect(points).toHaveLength(468);
        expect(points.filter((p) => !inRegion(p, faceRegion))).toEqual([]);
      },
    );
  });

  describe.skipIf(!slowToo)('Faces', () => {
    const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }), {
      extraArgs: webgpuArgs,
    });

    it(
      'face_recognition accepts the enrolled face and rejects another person',
      { timeout: 480_000 },
      async () => {
        const { page } = session;
        await openOnWebgpu(page, 'faces');
        await page.getByTestId('start-camera').click();
        await waitForResult<FacesJson>(page, (r) => r.faces.length === 1, slowResult);
        await page.getByTestId('faces-consent-ok').click();
        await page.getByTestId('faces-name').fill('Eileen');
        await page.getByTestId('faces-enrol').click();
        const accepted = await waitForResult<FacesJson>(
          page,
          (r) => r.faces[0]?.name === 'Eileen' && r.faces[0].accepted,
          slowResult,
        );
        expect(accepted.faces[0]!.distance).toBeLessThan(0.6);

        await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
        const other = await waitForResult<FacesJson>(
          page,
          (r) => r.frame.width === 548 && r.faces.length > 0,
          slowResult,
        );
        expect(other.faces[0]!.distance).toBeGreaterThan(0.6);
        expect(other.faces[0]!.accepted).toBe(false);
      },
    );
  });
});

describe.skipIf(unflagged.adapter !== null)('WebGPU asked for where the browser has none', () => {
  const session = useCheckedPage(origin, null);

  it('falls back to another backend with a notice saying why', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=webgpu#/convolution`);
    await backendShown(page).toMatch(/^(webgl|wasm|cpu)$/);
    await expect
      .poll(() => page.getByTestId('backend-notice').first().textContent())
      .toContain('The webgpu backend could not start (this browser has no WebGPU adapter)');
  });
});
