import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { useCheckedPage } from './checked_page';
import { benchHooks } from './page_probes';
import { builtDir } from './server.mjs';

const origin = inject('origin');
const session = useCheckedPage(origin, null);

it("does not install the bench's hooks on users' devices: the service worker does not precache them", () => {
  const sw = readFileSync(join(builtDir, 'sw.js'), 'utf8');
  expect(sw).toMatch(/assets\/index-[\w-]+\.js/);
  expect(sw).not.toContain('bench_hooks');
});

it('loads the hooks only with ?bench', async () => {
  const { page } = session;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${origin}/?backend=wasm#/convolution`);
  await expect.poll(() => page.getByTestId('backend').textContent()).toBe('wasm');
  expect(await page.evaluate(() => window.convlensBench)).toBeUndefined();
  expect(requested.filter((u) => u.includes('bench_hooks'))).toEqual([]);

  await page.goto(`${origin}/?backend=wasm&bench#/convolution`);
  await benchHooks(page);
  expect(await page.evaluate(() => window.convlensBench!.backend())).toBe('wasm');
});

it("times a frame's models between the loop's frames, paced or back to back, and releases them", async () => {
  const { page } = session;
  await page.goto(`${origin}/?backend=wasm&bench#/convolution`);
  await benchHooks(page);
  await expect.poll(() => page.getByTestId('backend').textContent()).toBe('wasm');
  const out = await page.evaluate(async () => {
    const bench = window.convlensBench!;
    const before = bench.tensorCount();
    // The Faces embedder has no prepared timer: refused, nothing left loaded.
    const unsupported = await bench.prepareModels(['blazeface', 'face_recognition']).then(
      () => '',
      (e: unknown) => String(e),
    );
    const afterRefusal = bench.tensorCount();
    await bench.prepareModels(['blazeface', 'face_landmark_68']);
    const back = await bench.preparedModelsMs(4);
    const t0 = performance.now();
    const paced = await bench.preparedModelsMs(3, 60);
    const pacedMs = performance.now() - t0;
    bench.releaseModels();
    const released = await Promise.resolve()
      .then(() => bench.preparedModelsMs(1))
      .then(
        () => '',
        (e: unknown) => String(e),
      );
    return {
      before,
      afterRefusal,
      after: bench.tensorCount(),
      unsupported,
      back,
      paced,
      pacedMs,
      released,
    };
  });
  expect(out.unsupported).toContain('No paced bare timer for weight manifest face_recognition');
  expect(out.afterRefusal).toBe(out.before);
  expect(out.back).toHaveLength(4);
  expect(out.paced).toHaveLength(3);
  for (const ms of [...out.back, ...out.paced]) expect(ms).toBeGreaterThan(0);
  // One untimed run and three timed, each starting 60 ms after the one before, the last idling
  // out its interval too.
  expect(out.pacedMs).toBeGreaterThanOrEqual(3 * 60);
  expect(out.after).toBe(out.before);
  expect(out.released).toContain('No models prepared');
});
