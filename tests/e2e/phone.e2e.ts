import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

// Issue #13, point 5: on a 390 x 844 touch screen every lab's main controls are reachable without
// scrolling sideways, touch targets are at least 44 CSS px, the picture fits the width, and the
// front/back switch changes the camera.
const origin = inject('origin');
const phone = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 3,
};
const minTarget = 44;

/**
 * What breaks the phone layout, as readable lines (empty when it fits): the page or a lab panel
 * wider than the screen, a picture wider than the screen, a control outside it (and not inside a
 * box of its own that scrolls sideways), a visible control smaller than `min` x `min` CSS px.
 * A checkbox, radio button or file input is measured by the <label> around it, the thing a thumb
 * hits. Runs in the page.
 */
function layoutProblems(min: number): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const vw = root.clientWidth;
  const name = (el: Element): string => {
    const id = el.getAttribute('data-testid');
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
    const label =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : null) ??
      el.textContent ??
      '';
    const text = label.replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${type}${id ? ` #${id}` : ''} "${text}"`;
  };
  const inSideScroller = (el: Element): boolean => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll') return true;
    }
    return false;
  };
  const shown = (el: Element): boolean => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };

  if (root.scrollWidth > vw) problems.push(`page: scrollWidth ${root.scrollWidth} > ${vw}`);
  for (const el of document.querySelectorAll('main.lab, .viewer, .panel, header.top, footer')) {
    if (shown(el) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${name(el).slice(0, 30)}: scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  for (const el of document.querySelectorAll('.stage, .stage video, canvas, img, svg, table')) {
    if (!shown(el) || inSideScroller(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.right > vw + 0.5) {
      problems.push(`${name(el).slice(0, 40)}: x ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
  }

  const controls = document.querySelectorAll(
    'button, select, textarea, input:not([type=hidden]), a[href], summary, [role=button]',
  );
  for (const el of controls) {
    if (!shown(el)) continue;
    const wrapped =
      el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type);
    const target = (wrapped && el.closest('label')) || el;
    const r = target.getBoundingClientRect();
    if (r.width < min || r.height < min) {
      problems.push(`small: ${name(el)} ${Math.round(r.width)} x ${Math.round(r.height)}`);
    }
    if (!inSideScroller(el) && (r.left < -0.5 || r.right > vw + 0.5)) {
      problems.push(`outside: ${name(el)} x ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
  }
  return problems;
}

/** Opens every <details> of the lab, so what they hold is measured too. */
const openDetails = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

async function expectFits(page: Page, where: string): Promise<void> {
  await openDetails(page);
  const problems = await page.evaluate(layoutProblems, minTarget);
  expect.soft(problems, `${where} on a 390 px touch screen`).toEqual([]);
}

/** The <label> around a radio button or checkbox: what a finger taps. */
const labelOf = (page: Page, testId: string): Locator =>
  page.locator('label', { has: page.getByTestId(testId) });

const sourceState = (page: Page) => page.getByTestId('source-status').getAttribute('data-state');

describe('phone: every lab fits a 390 px touch screen', () => {
  // One context for every lab, as one phone's browser: each test opens its lab in a new page.
  const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }), {
    context: phone,
    share: 'context',
  });

  /** A new page on the lab, the camera started with a tap and live. */
  async function openLab(lab: string): Promise<Page> {
    const page = await session.context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${origin}/?backend=wasm#/${lab}`);
    await page.getByTestId('start-camera').tap();
    await expect.poll(() => sourceState(page), { timeout: 10_000 }).toBe('live');
    return page;
  }

  it('Landmarks: face mesh, then mesh + 68 points', async () => {
    const page = await openLab('landmarks');
    interface Marks {
      faces: unknown[];
      faces68: unknown[];
    }
    await page.getByTestId('mode').selectOption('mesh');
    await waitForResult<Marks>(page, (r) => r.faces.length > 0);
    await expect
      .poll(() => page.getByTestId('vector-table').isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expectFits(page, 'Landmarks (mesh)');

    await page.getByTestId('mode').selectOption('mesh+face68');
    await waitForResult<Marks>(page, (r) => r.faces.length > 0 && r.faces68.length > 0);
    await expectFits(page, 'Landmarks (mesh + 68 points)');
    await page.close();
  });

  it('Detection: YOLO with a tapped cell and the NMS stepper, COCO, sliding windows', async () => {
    const page = await openLab('detection');
    interface Detections {
      mode: string;
      detections: unknown[];
      cell?: unknown;
    }
    await waitForResult<Detections>(page, (r) => r.mode === 'yolo' && r.detections.length > 0);
    await page.getByTestId('stage').tap();
    await waitForResult<Detections>(page, (r) => !!r.cell);
    await page.getByTestId('nms-step-start').tap();
    await expect
      .poll(() => page.getByTestId('nms-stepper').isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expectFits(page, 'Detection (YOLO)');

    await labelOf(page, 'mode-coco').tap();
    await waitForResult<Detections>(page, (r) => r.mode === 'coco' && r.detections.length > 0);
    await page.getByTestId('nms-step-start').tap();
    await expect
      .poll(() => page.getByTestId('nms-stepper').isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expectFits(page, 'Detection (COCO)');

    await labelOf(page, 'mode-windows').tap();
    // A fresh profile has no trained head yet: the recipe (open Transfer, reload) is the panel.
    await expect
      .poll(() => page.locator('[data-testid=no-head], [data-testid=head-summary]').count(), {
        timeout: 60_000,
      })
      .toBe(1);
    await expectFits(page, 'Detection (sliding windows)');
    await page.close();
  });

  it('Faces: consent, enrol, verify, triplet and calibration', async () => {
    const page = await openLab('faces');
    interface Faces {
      faces: unknown[];
    }
    await waitForResult<Faces>(page, (r) => r.faces.length === 1);
    await page.getByTestId('faces-consent-ok').tap();
    await page.getByTestId('faces-name').fill('Leo');
    await page.getByTestId('faces-enrol').tap();
    await expect
      .poll(() => page.getByTestId('identities').locator('li').count(), { timeout: 30_000 })
      .toBe(1);
    await page.getByTestId('faces-mode').selectOption('verify');
    await expectFits(page, 'Faces');
    await page.close();
  });

  it('Style: optimisation (running, then paused), live networks, train your own', async () => {
    const page = await openLab('style');
    await page.getByTestId('style-snapshot').tap();
    const start = page.getByTestId('style-start');
    await expect.poll(() => start.isEnabled(), { timeout: 60_000 }).toBe(true);
    await expectFits(page, 'Style (optimisation, idle)');
    await start.tap();
    await waitForResult(page, (r: { iteration?: number }) => (r.iteration ?? 0) >= 2, 90_000);
    await page.getByTestId('style-pause').tap();
    await expect
      .poll(() => page.getByTestId('style-resume').isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expectFits(page, 'Style (optimisation, paused)');

    await page.getByTestId('style-mode').selectOption('live');
    await waitForResult(page, (r: { style?: string }) => r.style === 'starry_night');
    await page.getByTestId('style-train-add').tap();
    await page.getByTestId('style-train-add').tap();
    await expect
      .poll(() => page.getByTestId('style-train-photo').count(), { timeout: 30_000 })
      .toBe(2);
    await expectFits(page, 'Style (live, train your own)');
    await page.close();
  }, 200_000);

  it('Transfer: record two classes by tapping, train, read the metrics', async () => {
    const page = await openLab('transfer');
    const train = page.getByTestId('train');
    await expect.poll(() => train.isEnabled(), { timeout: 60_000 }).toBe(true);
    const counts = () =>
      page
        .getByTestId('sample-count')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    for (const index of [0, 0, 0, 0, 1, 1, 1, 1]) {
      await page.getByTestId('record').nth(index).tap();
    }
    await expect.poll(counts, { timeout: 30_000 }).toEqual([4, 4]);
    await expectFits(page, 'Transfer (samples)');
    await train.tap();
    await expect
      .poll(() => page.getByTestId('training-state').getAttribute('data-kind'), {
        timeout: 90_000,
      })
      .toBe('done');
    await expectFits(page, 'Transfer (trained)');
    await page.close();
  }, 200_000);

  it('Convolution: filter with padding and pooling, step by step, feature maps', async () => {
    const page = await openLab('convolution');
    await waitForResult(page, (r: { kind?: string }) => r.kind === 'filter');
    await page.getByTestId('padding-mode').selectOption('custom');
    await page.getByTestId('pool').selectOption('max');
    await expect
      .poll(() => page.getByTestId('pool-formula').isVisible(), { timeout: 30_000 })
      .toBe(true);
    await expectFits(page, 'Convolution (filter)');

    await labelOf(page, 'mode-steps').tap();
    await page.getByTestId('freeze').tap();
    await expect
      .poll(() => page.getByTestId('step-patch').locator('tr').count(), { timeout: 30_000 })
      .toBe(6);
    await expectFits(page, 'Convolution (step by step)');

    await labelOf(page, 'mode-features').tap();
    await waitForResult(page, (r: { kind?: string }) => r.kind === 'features', 60_000);
    await expectFits(page, 'Convolution (feature maps)');
    await page.close();
  });

  it('Networks: every live part and the layer tables', async () => {
    const page = await openLab('networks');
    await waitForResult(page, (r: { separable?: unknown }) => !!r.separable);
    await expectFits(page, 'Networks (separable)');
    await page.getByTestId('network-table-choice').selectOption('tinyYolo');
    await expect
      .poll(() => page.getByTestId('layer-thumbnail').count(), { timeout: 30_000 })
      .toBe(13);
    await expectFits(page, 'Networks (Tiny YOLOv2 table)');
    for (const [part, ready] of [
      ['inception', (r: { inception?: unknown }) => !!r.inception],
      ['residual', (r: { residual?: { tapped?: unknown } }) => !!r.residual?.tapped],
      ['oneByOne', (r: { oneByOne?: unknown }) => !!r.oneByOne],
      ['units', (r: { units?: unknown }) => !!r.units],
    ] as const) {
      await labelOf(page, `part-${part}`).tap();
      await waitForResult(page, ready as (r: unknown) => boolean, 90_000);
      await expectFits(page, `Networks (${part})`);
    }
    await page.close();
  }, 200_000);
});

describe('phone: the front/back switch', () => {
  // Chromium's two fake cameras; like a laptop's, they do not say which side they face.
  const session = useCheckedPage(origin, null, { deviceCount: 2, context: phone });

  it('a tap on the switch changes the camera, and the picture stays live', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/convolution`);
    await page.getByTestId('start-camera').tap();
    await expect.poll(() => sourceState(page), { timeout: 10_000 }).toBe('live');

    const video = page.getByTestId('video');
    const track = () =>
      video.evaluate((v) => {
        const t = ((v as HTMLVideoElement).srcObject as MediaStream | null)?.getVideoTracks()[0];
        const s = t?.getSettings();
        return { id: s?.deviceId ?? null, facing: s?.facingMode ?? null, state: t?.readyState };
      });
    /** Resolves true once the video presents a new frame (false after 5 s without one). */
    const presentsFrames = () =>
      video.evaluate(
        (v) =>
          new Promise<boolean>((resolve) => {
            setTimeout(() => resolve(false), 5000);
            (v as HTMLVideoElement).requestVideoFrameCallback(() => resolve(true));
          }),
      );
    const first = await track();
    expect(first.id).not.toBeNull();
    expect(await presentsFrames()).toBe(true);

    const facing = page.getByTestId('facing');
    await facing.tap();
    await expect
      .poll(
        async () => {
          const now = await track();
          return now.id !== first.id || now.facing !== first.facing;
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await expect.poll(() => sourceState(page), { timeout: 10_000 }).toBe('live');
    expect((await track()).state).toBe('live');
    expect(await presentsFrames()).toBe(true);

    // And back to the first camera.
    await facing.tap();
    await expect.poll(async () => (await track()).id, { timeout: 10_000 }).toBe(first.id);
    await expect.poll(() => sourceState(page), { timeout: 10_000 }).toBe('live');
    expect(await presentsFrames()).toBe(true);
  });
});
