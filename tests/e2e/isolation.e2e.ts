// Cross-origin isolation (issue 16, item 1): `npm start` sends COOP/COEP, so the WASM backend runs
// threaded; on a static host that sends no such headers, the service worker adds them from the
// second visit on, offline too. Camera, IndexedDB and the Style lab's module worker still work.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentType, resolveRequest } from '../../scripts/classroom/static_files.mjs';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { benchHooks } from './page_probes';
import { builtDir } from './server.mjs';

const origin = inject('origin');
const camera = makeY4m('messi5.jpg', { width: 640, height: 480 });

const isolated = (page: Page) => page.evaluate(() => globalThis.crossOriginIsolated);

/** The body lab on the camera, then the WASM backend's threads (bench hooks). */
async function bodyLabThreads(page: Page): Promise<number> {
  await page.getByTestId('mode').selectOption('body');
  await page.getByTestId('start-camera').click();
  await waitForResult(page, (r: { poses: { score: number }[] }) => r.poses[0]!.score > 0.3);
  expect(await page.getByTestId('backend').textContent()).toBe('wasm');
  await benchHooks(page);
  return page.evaluate(() => window.convlensBench!.wasmThreads());
}

describe("npm start's headers", () => {
  const session = useCheckedPage(origin, camera);

  it('isolate the page: the WASM backend runs on threads, the camera works', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm&threads=2&bench#/landmarks`);
    expect(await isolated(page)).toBe(true);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(cores).toBeGreaterThan(1);
    expect(await bodyLabThreads(page)).toBe(2);

    // Without ?threads= the app's rule: one core left to the page (1 thread on 2 cores).
    await page.goto(`${origin}/?backend=wasm&bench#/landmarks`);
    expect(await isolated(page)).toBe(true);
    expect(await bodyLabThreads(page)).toBe(Math.max(1, Math.min(cores - 1, 8)));
  });

  it('keep IndexedDB and the Style lab module worker (threaded WASM inside) working', async () => {
    const { page } = session;
    await page.goto(`${origin}/#/style`);
    expect(await isolated(page)).toBe(true);
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('isolation-check', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const tx = open.result.transaction('s', 'readwrite');
            tx.objectStore('s').put('kept', 'k');
            const get = tx.objectStore('s').get('k');
            tx.oncomplete = () => resolve(String(get.result));
          };
        }),
    );
    expect(stored).toBe('kept');
    const chunk = await page.evaluate(async () => {
      const sw = await (await fetch('sw.js')).text();
      return /assets\/style_training\.worker-[\w-]+\.js/.exec(sw)?.[0] ?? null;
    });
    expect(chunk).not.toBeNull();
    // A start message it refuses: the worker loaded, ran its module and answered.
    const answer = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const worker = new Worker(url, { type: 'module' });
          worker.onerror = (e) => resolve(`load error: ${e.message}`);
          worker.onmessage = (e: MessageEvent<{ type: string; stage?: string }>) => {
            worker.terminate();
            resolve(`${e.data.type}/${e.data.stage}`);
          };
          worker.postMessage({ type: 'start' });
        }),
      chunk!,
    );
    expect(answer).toBe('error/training');
  });
});

describe('a static host without the headers', () => {
  let server: Server;
  let plainOrigin = '';
  // The built app, as a host that sends no COOP/COEP would serve it.
  beforeAll(async () => {
    server = createServer((req, res) => {
      const target = resolveRequest(builtDir, req.url ?? '/');
      if ('refused' in target) return void res.writeHead(403).end();
      void stat(target.file).then(
        (info) => {
          if (!info.isFile()) return void res.writeHead(404).end();
          res.writeHead(200, { 'Content-Type': contentType(target.file) });
          createReadStream(target.file).pipe(res);
        },
        () => void res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    plainOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const session = useCheckedPage(() => plainOrigin, camera);

  it('is isolated from the second visit on, by the service worker, and offline', async () => {
    const { context, page } = session;
    await page.goto(`${plainOrigin}/?backend=wasm#/landmarks`);
    expect(await isolated(page)).toBe(false);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.getByTestId('offline-ready').isVisible()).toBe(true);

    // The bench hooks are not precached: the threads are read online.
    await page.goto(`${plainOrigin}/?backend=wasm&threads=2&bench#/landmarks`);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    expect(await isolated(page)).toBe(true);
    expect(await bodyLabThreads(page)).toBeGreaterThan(1);

    await context.setOffline(true);
    await page.goto(`${plainOrigin}/?backend=wasm#/landmarks`);
    expect(await isolated(page)).toBe(true);
    await page.getByTestId('mode').selectOption('body');
    await page.getByTestId('start-camera').click();
    await waitForResult(page, (r: { poses: { score: number }[] }) => r.poses[0]!.score > 0.3);
  });
});
