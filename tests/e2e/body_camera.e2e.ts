import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { messiRegionsIn } from '../helpers/messi_regions';
import { waitForResult, type BodyResultLike } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { overlayInk } from './overlay_ink';

const origin = inject('origin');
const camera = makeY4m('messi5.jpg', { width: 640, height: 480 });

const ink = (page: Page, x: number, y: number, r = 6) => overlayInk(page, x, y, r);

const hasPose = (r: BodyResultLike) => (r.poses[0]?.score ?? 0) > 0.3;

describe('body lab on a fake camera fed from a real photo', () => {
  // No service worker here: a fresh context's first visit precaches the whole app and every
  // model (37 MB, seconds of both cores) while the test runs, and nothing here is about it
  // (offline and the worker: faults/offline_every_lab, isolation, subpath, bench_hooks).
  const session = useCheckedPage(origin, camera, { context: { serviceWorkers: 'block' } });

  it('plays the camera and draws the skeleton where the body is', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/landmarks`);
    await page.getByTestId('mode').selectOption('body');
    await page.getByTestId('start-camera').click();
    const status = page.getByTestId('source-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('live');

    // The track must be the fixture, so a broken fixture cannot pass as Chromium's test pattern.
    const label = await page
      .getByTestId('video')
      .evaluate(
        (v) => ((v as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0]!.label,
      );
    expect(label).toContain('messi5-640x480-10fps.y4m');
    expect(await status.textContent()).toContain('messi5-640x480-10fps.y4m (640x480)');

    const result = await waitForResult(page, hasPose);
    expect(result.frame).toEqual({ width: 640, height: 480 });
    const pose = result.poses[0]!;
    for (const region of messiRegionsIn(640, 480)) {
      const k = pose.keypoints.find((p) => p.name === region.name)!;
      expect(k.score, region.name).toBeGreaterThan(0.3);
      expect(k.x, `${region.name} x`).toBeGreaterThanOrEqual(region.x[0]);
      expect(k.x, `${region.name} x`).toBeLessThanOrEqual(region.x[1]);
      expect(k.y, `${region.name} y`).toBeGreaterThanOrEqual(region.y[0]);
      expect(k.y, `${region.name} y`).toBeLessThanOrEqual(region.y[1]);
    }

    // Mirrored selfie view: the skeleton is drawn at (width - x) over the flipped picture.
    expect(await page.getByTestId('mirror').isChecked()).toBe(true);
    const nose = pose.keypoints[0]!;
    expect(await ink(page, 640 - nose.x, nose.y)).toBeGreaterThan(0);
    expect(await ink(page, 20, 20)).toBe(0);

    // The HUD shows the backend, a frame rate and the stage timings.
    await expect.poll(() => page.getByTestId('backend').textContent()).toBe('wasm');
    await expect
      .poll(async () => Number(await page.getByTestId('fps').textContent()))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('stage-inference').textContent()).toMatch(/^\d+\.\d ms$/);

    // Unmirrored, the same point is drawn at x.
    await page.getByTestId('mirror').uncheck();
    await expect.poll(() => ink(page, nose.x, nose.y)).toBeGreaterThan(0);

    // A threshold of 1 hides every keypoint.
    await page.getByTestId('threshold').fill('1');
    await expect.poll(() => ink(page, nose.x, nose.y, 12)).toBe(0);
  });

  it('says so when the camera track ends, and comes back on retry', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/landmarks`);
    await page.getByTestId('mode').selectOption('body');
    await page.getByTestId('start-camera').click();
    await waitForResult(page, hasPose);
    await page.getByTestId('video').evaluate((v) => {
      const track = ((v as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0]!;
      track.stop(); // a stopped track fires no event, so announce the unplug as the browser would
      track.dispatchEvent(new Event('ended'));
    });
    const status = page.getByTestId('source-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('ended');
    expect(await status.textContent()).toContain('unplugged');
    await page.getByTestId('retry').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('live');
  });

  it('switches to Chinese and remembers it', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/landmarks`);
    await page.getByTestId('language').selectOption('zh-CN');
    await expect
      .poll(() => page.getByTestId('privacy').textContent())
      .toContain('画面绝不离开本设备');
    await page.reload();
    expect(await page.getByTestId('privacy').textContent()).toContain('画面绝不离开本设备');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('gives each lab its own address', async () => {
    const { page } = session;
    // Another lab's address shows that lab (whether it works yet or is still to come).
    await page.goto(`${origin}/?backend=wasm#/faces`);
    await expect
      .poll(() => page.locator('nav a[aria-current="page"]').getAttribute('href'))
      .toBe('#/faces');
    expect(await page.getByTestId('mode').count()).toBe(0);
    await page.locator('nav a[href="#/landmarks"]').click();
    await expect.poll(() => page.getByTestId('threshold').isVisible()).toBe(true);
    expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe(
      '#/landmarks',
    );
  });

  it('serves a Content-Security-Policy that forbids other origins', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/landmarks`);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const part of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(part);
    }
  });
});
