import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { processedFrames } from './page_probes';
import { scanJoinPanel as scanPanel } from './scan_join_panel';

const origin = inject('origin');
const camera = makeY4m('astronaut.jpg', { width: 640, height: 480 });
const projector = { width: 1920, height: 1080 };

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface YoloJson {
  mode: string;
  detections: { box: Box; label: string }[];
  nmsStep?: { done: number } | null;
}

const hasFace = (r: YoloJson) => r.mode === 'yolo' && r.detections.some((d) => d.label === 'face');

/**
 * The face's label and box line as drawn on the overlay, in CSS px of the screen: the label's
 * green background (#22c55e) measured down its left edge, where no text is, and the box's left
 * stroke measured across at the box's middle. The view is mirrored: canvas x = width - x.
 */
async function measureFaceInk(page: Page, box: Box) {
  return page.getByTestId('overlay').evaluate((c, box) => {
    const canvas = c as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height).data;
    const green = (x: number, y: number) => {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      return a > 200 && Math.abs(r - 34) < 40 && Math.abs(g - 197) < 40 && Math.abs(b - 94) < 40;
    };
    const left = width - box.x2;
    // Longest vertical run of green just inside the label's left edge, above or at the box top.
    let label = 0;
    for (const x of [left + 1, left + 2, left + 3]) {
      let run = 0;
      for (let y = 0; y < Math.min(height, box.y1 + 4); y++) {
        run = green(x, y) ? run + 1 : 0;
        label = Math.max(label, run);
      }
    }
    // Widest horizontal run of green across the box's left stroke, at mid-height.
    const midY = (box.y1 + box.y2) / 2;
    let line = 0;
    let run = 0;
    for (let x = Math.max(0, left - 30); x < Math.min(width, left + 30); x++) {
      run = green(x, midY) ? run + 1 : 0;
      line = Math.max(line, run);
    }
    const cssPerPx = canvas.clientWidth / width;
    return { labelCss: label * cssPerPx, lineCss: line * cssPerPx };
  }, box);
}

describe('presenter mode', () => {
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline: the QR code below, faults/offline_every_lab, isolation, subpath, bench_hooks).
  const session = useCheckedPage(origin, camera, { context: { serviceWorkers: 'block' } });

  it('fills the screen and scales the overlay: labels >= 28 px, lines >= 4 px', async () => {
    const { page } = session;
    // A laptop driving a projector at its own resolution: the side panel leaves the picture
    // small enough that labels read under 28 px until presenter mode.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await startCamera(page);
    const faceInk = async () => {
      const r = await waitForResult(page, hasFace);
      return measureFaceInk(page, r.detections[0]!.box);
    };
    // The label's text is 12/16 of its background's height.
    const normal = await faceInk();
    expect(normal.labelCss * 0.75).toBeLessThan(28);
    expect(normal.labelCss).toBeGreaterThan(0);

    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?backend=wasm&present');
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.getByTestId('presenter-strip').isVisible()).toBe(true);
    await expect.poll(async () => (await faceInk()).labelCss * 0.75).toBeGreaterThanOrEqual(28);
    expect((await faceInk()).lineCss).toBeGreaterThanOrEqual(4);

    // At 1920 x 1080: the 4:3 picture as tall as the space above the strip.
    await page.setViewportSize(projector);
    await expect
      .poll(async () => {
        const stage = (await page.getByTestId('stage').boundingBox())!;
        const strip = (await page.getByTestId('presenter-strip').boundingBox())!;
        return Math.abs(stage.y + stage.height - strip.y);
      })
      .toBeLessThan(1);
    const stage = (await page.getByTestId('stage').boundingBox())!;
    expect(stage.width / stage.height).toBeCloseTo(4 / 3, 1);
    const big = await faceInk();
    expect(big.labelCss * 0.75).toBeGreaterThanOrEqual(28);
    expect(big.lineCss).toBeGreaterThanOrEqual(4);

    // Reloading keeps presenter mode (?present); P leaves it and the header comes back.
    await page.reload();
    await expect.poll(() => page.getByTestId('presenter-strip').isVisible()).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('header.top').isVisible()).toBe(true);
    expect(await page.evaluate(() => location.search)).toBe('?backend=wasm');
  });

  it('every listed key does what it says, in English and in Chinese', async () => {
    const { page } = session;
    await page.setViewportSize(projector);
    await page.goto(`${origin}/?backend=wasm&present#/detection`);
    await page.getByTestId('presenter-controls').click();
    await startCamera(page);
    await waitForResult(page, hasFace);

    // ? lists the keys; Esc closes the list.
    await page.keyboard.press('Shift+Slash');
    const help = page.getByTestId('keys-help');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('Freeze or unfreeze the picture');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);

    // Space freezes the picture: the video pauses and the lab processes no more frames.
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('frozen-badge').isVisible()).toBe(true);
    expect(await page.getByTestId('video').evaluate((v) => (v as HTMLVideoElement).paused)).toBe(
      true,
    );
    const frozenAt = await processedFrames(page);
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let n = 0;
          const tick = () => (++n >= 30 ? done() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    // At most the frame already in flight when Space was pressed.
    expect(await processedFrames(page)).toBeLessThanOrEqual(frozenAt + 1);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('frozen-badge').count()).toBe(0);
    await expect.poll(() => processedFrames(page)).toBeGreaterThan(frozenAt + 3);

    // ← and → step through NMS on a frozen frame with competing boxes.
    await page.getByTestId('score-threshold').fill('0.05');
    await waitForResult(page, (r: YoloJson & { candidates: number }) => r.candidates > 2);
    await page.getByTestId('nms-step-start').click();
    const stepper = page.getByTestId('nms-stepper');
    // The freeze and two results on the still: seconds on a busy machine (as in detection.e2e).
    await expect.poll(() => stepper.isVisible(), { timeout: 30_000 }).toBe(true);
    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepper.getAttribute('data-done')).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepper.getAttribute('data-done')).toBe('1');

    // F: full screen and back.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // 1-6 open the labs in the strip's order.
    await page.keyboard.press('3');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/faces');
    await page.keyboard.press('6');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/convolution');

    // In Chinese: the same physical keys, also as a Chinese IME reports them ('Process', '？').
    await page.getByTestId('presenter-controls').click();
    await page.keyboard.press('p');
    await page.getByTestId('language').selectOption('zh-CN');
    await page.locator('body').focus();
    const press = (code: string, key: string, shiftKey = false) =>
      page.evaluate(
        ({ code, key, shiftKey }) =>
          window.dispatchEvent(
            new KeyboardEvent('keydown', { code, key, shiftKey, bubbles: true, cancelable: true }),
          ),
        { code, key, shiftKey },
      );
    await press('KeyP', 'Process');
    await expect.poll(() => page.getByTestId('presenter-strip').isVisible()).toBe(true);
    expect(await page.getByTestId('presenter-strip').textContent()).toContain('空格键');
    await press('Slash', '？', true);
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('定格或恢复画面');
    await page.keyboard.press('Escape');
    await press('Digit2', 'Process');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/detection');
  });

  it('steps the convolution sum with the arrow keys', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm&present#/convolution`);
    await page.getByTestId('presenter-controls').click();
    await startCamera(page);
    await page.getByTestId('mode-steps').check();
    await page.getByTestId('freeze').click();
    const position = page.getByTestId('step-position');
    await expect.poll(() => position.isVisible()).toBe(true);
    const first = await position.textContent();
    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position.textContent()).not.toBe(first);
    expect(await position.textContent()).toMatch(/^\D*2\D/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position.textContent()).toBe(first);
  });
});

describe('join from your phone', () => {
  const session = useCheckedPage(origin, camera);

  it("shows the lab's address as a QR code, also offline", async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByTestId('join-open').click();
    await expect.poll(() => scanPanel(page)).toBe(`${origin}/#/detection`);
    expect(await page.getByTestId('join-address').textContent()).toBe(`${origin}/#/detection`);
    // Served over http (npm start), phones could not use the camera: the panel says what to run.
    expect(await page.getByTestId('join-needs-https').textContent()).toContain('npm run classroom');
    await page.getByTestId('join-close').click();
    await expect.poll(() => page.getByTestId('join-panel').count()).toBe(0);

    // Offline after one visit: the panel and its QR encoder come from the precache.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await page.context().setOffline(true);
    await page.goto(`${origin}/?backend=wasm#/faces`);
    await page.getByTestId('join-open').click();
    await expect.poll(() => scanPanel(page)).toBe(`${origin}/#/faces`);
  });
});
