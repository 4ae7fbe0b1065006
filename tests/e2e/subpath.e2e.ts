// The unchanged build served from a sub-path (https://host/convlens/, as on GitHub Pages): the
// service worker's scope is the sub-path, the manifest stays inside it, and the app installs and
// runs offline there. The server 404s (and records) anything outside /convlens/, so a root-absolute
// URL anywhere in the build fails this test.
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { startSubpathServer } from './subpath_server.mjs';

let server: Awaited<ReturnType<typeof startSubpathServer>>;

beforeAll(async () => {
  server = await startSubpathServer({ prefix: '/convlens/' });
});
afterAll(() => server?.stop());
const session = useCheckedPage(
  () => server.origin,
  makeY4m('messi5.jpg', { width: 640, height: 480 }),
);

it('installs under /convlens/ and runs offline there, a deep reload of another lab included', async () => {
  const { base, notFound } = server;
  const { context, foreign, page } = session;
  // A step that times out says why: the URLs that escaped the sub-path or the origin.
  onTestFailed(() => {
    console.error('404s:', notFound, 'left the origin:', foreign);
  });
  await page.goto(`${base}?backend=wasm#/landmarks`);
  await page.getByTestId('mode').selectOption('body');
  // Bounded: a worker that failed to register (e.g. a root-absolute "/sw.js") never gets ready.
  const scope = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((r) => r.scope),
      new Promise((resolve) => setTimeout(() => resolve('no service worker within 30 s'), 30_000)),
    ]),
  );
  expect(scope).toBe(base);
  await expect.poll(() => page.getByTestId('offline-ready').isVisible()).toBe(true);

  // The manifest is fetched from inside the sub-path and keeps the installed app inside it.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    if (!href) return null;
    const url = new URL(href, document.baseURI).href;
    const json = (await (await fetch(url)).json()) as Record<
      'short_name' | 'start_url' | 'scope',
      string
    >;
    return {
      url,
      short_name: json.short_name,
      start_url: new URL(json.start_url, url).href,
      scope: new URL(json.scope, url).href,
    };
  });
  expect(manifest).toEqual({
    url: `${base}manifest.webmanifest`,
    short_name: 'ConvLens',
    start_url: base,
    scope: base,
  });

  // The first visit is not controlled by the worker; after a reload it is.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toBe(`${base}sw.js`);

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('start-camera').click();
  const body = await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
  expect(body.poses[0]!.keypoints).toHaveLength(17);
  expect(await page.getByTestId('model-error').count()).toBe(0);

  // Still offline: open another lab by its address as a new document, then reload it deep; the
  // app shell comes from the precache (navigateFallback), its model too.
  await page.goto('about:blank');
  await page.goto(`${base}?backend=wasm#/detection`);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(page.url()).toBe(`${base}?backend=wasm#/detection`);
  await page.getByTestId('start-camera').click();
  const detection = await waitForResult<{ mode: string; frame: { width: number } }>(
    page,
    (r) => r.mode === 'yolo',
  );
  expect(detection.frame.width).toBe(640);
  expect(await page.getByTestId('model-error').count()).toBe(0);
  expect(await page.getByTestId('lab-error').count()).toBe(0);

  await context.close();
  const escaped = notFound.filter((path) => !path.startsWith('/convlens/'));
  expect(escaped, 'requests that escaped the sub-path (a root-absolute URL)').toEqual([]);
  expect(notFound, 'files the build lacks').toEqual([]);
});
