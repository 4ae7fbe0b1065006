import { expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';
import { benchHooks, framesProcessed } from '../page_probes';

const origin = inject('origin');
const camera = makeY4m('messi5.jpg', { width: 640, height: 480 });
// A fresh Chromium per test: no test sees the GPU state (WebGL tried, a context lost) of another.
const session = useCheckedPage(origin, camera, { share: 'nothing' });

it('measures the lab’s model in Automatic, leaves software WebGL out, and says so', async () => {
  const { page } = session;
  await page.goto(`${origin}/#/landmarks`);
  const auto = page.getByTestId('auto-backend');
  // A trial loads the lab's model and times it on each backend: allow for a busy machine.
  const measured = { timeout: 60_000 };
  await expect
    .poll(() => auto.textContent(), measured)
    .toMatch(/Automatic: WASM for Landmarks — WASM \d+ ms/);
  expect(await auto.textContent()).toContain('WebGL not measured (software-rendered: ');
  // Chromium here has no WebGPU adapter without --enable-unsafe-webgpu, a software one with it.
  expect(await auto.textContent()).toMatch(/WebGPU (could not run|not measured) \(/);
  await page.getByTestId('mode').selectOption('body');
  await page.getByTestId('start-camera').click();
  await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
  expect(await page.getByTestId('backend').textContent()).toBe('wasm');

  // The pick is remembered: a reload shows it without measuring (the stored time is marked).
  await page.evaluate(() => {
    const key = 'convlens.backendPicks.v1';
    const all = JSON.parse(localStorage.getItem(key)!) as Record<
      string,
      { candidates: { medianMs: number | null }[] }
    >;
    for (const pick of Object.values(all)) pick.candidates[0]!.medianMs = 1234;
    localStorage.setItem(key, JSON.stringify(all));
  });
  await page.reload();
  await expect.poll(() => auto.textContent()).toContain('WASM 1234 ms');
  expect(await page.getByTestId('backend').textContent()).toBe('wasm');

  // Measure again times the model anew; another lab is measured on its own model.
  await auto.getByTestId('auto-backend-remeasure').click();
  await expect
    .poll(() => auto.textContent(), measured)
    .toMatch(/for Landmarks — WASM (?!1234 )\d+ ms/);
  await page.goto(`${origin}/#/detection`);
  await expect
    .poll(() => auto.textContent(), measured)
    .toMatch(/Automatic: WASM for Detection — WASM \d+ ms/);
  await expect.poll(() => page.getByTestId('backend').textContent()).toBe('wasm');
});

it('falls back with a notice when the chosen backend cannot start', async () => {
  const { context, page } = session;
  // A device without WebGL: Chromium's flags cannot turn it off for OffscreenCanvas, so the page
  // is given canvases that refuse WebGL contexts, as such a browser's do.
  await context.addInitScript(() => {
    for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype]) {
      const getContext = proto.getContext as (this: unknown, id: string, o?: unknown) => unknown;
      Object.defineProperty(proto, 'getContext', {
        value(this: unknown, id: string, options?: unknown) {
          return id.includes('webgl') ? null : getContext.call(this, id, options);
        },
      });
    }
  });
  await page.goto(`${origin}/?backend=webgl#/landmarks`);
  await page.getByTestId('mode').selectOption('body');
  await expect
    .poll(() => page.getByTestId('backend-notice').first().textContent())
    .toContain('The webgl backend could not start');
  await page.getByTestId('start-camera').click();
  await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
  expect(await page.getByTestId('backend').textContent()).toBe('wasm');
});

it('runs the body lab on WebGL, and survives losing the GPU context', async () => {
  const { page } = session;
  await page.goto(`${origin}/?backend=webgl&bench#/landmarks`);
  await page.getByTestId('mode').selectOption('body');
  await expect
    .poll(() => page.getByTestId('backend').textContent(), { timeout: 60_000 })
    .toBe('webgl');
  await page.getByTestId('start-camera').click();
  // SwiftShader is slow: the first WebGL frame compiles every shader.
  const onGpu = await waitForResult(page, (r) => r.poses[0]!.score > 0.3, 110_000);
  const nose = onGpu.poses[0]!.keypoints[0]!;
  expect(nose.x).toBeGreaterThan(250);
  expect(nose.x).toBeLessThan(310);

  await benchHooks(page);
  expect(await page.evaluate(() => window.convlensBench!.loseGpuContext())).toBe(true);
  await expect
    .poll(() => page.getByTestId('backend-notice').last().textContent())
    .toContain('The GPU context was lost');
  await expect.poll(() => page.getByTestId('backend').textContent()).toBe('wasm');
  // The lab restarted on WASM (a fresh HUD counts from zero) and keeps producing results.
  await framesProcessed(page, 3);
  await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
}, 180_000);

it('falls back to CPU when the GPU context is lost and WebAssembly cannot load', async () => {
  const { context, page } = session;
  // A device without WebAssembly (iOS Lockdown Mode), or a network that blocks .wasm files.
  await context.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${origin}/?backend=webgl&bench#/convolution`);
  await expect
    .poll(() => page.getByTestId('backend').textContent(), { timeout: 60_000 })
    .toBe('webgl');
  await page.getByTestId('start-camera').click();
  await framesProcessed(page, 1, 110_000);

  await benchHooks(page);
  expect(await page.evaluate(() => window.convlensBench!.loseGpuContext())).toBe(true);
  await expect.poll(() => page.getByTestId('backend').textContent()).toBe('cpu');
  const notices = await page.getByTestId('backend-notice').allTextContents();
  expect(notices.at(-1)).toContain('The GPU context was lost; the lab restarted on cpu.');
  expect(notices.join('\n')).toContain('The wasm backend could not start');
  expect(notices.join('\n')).not.toContain('webgl instead');
  // The lab restarted on CPU (a fresh HUD counts from zero) and keeps producing frames.
  await framesProcessed(page, 3);
  expect(await page.getByTestId('backend-notice').allTextContents()).toEqual(notices);
}, 180_000);
