// Issue 17, a full disk: the browser's real QuotaExceededError (an on-disk profile with a 30 MB
// quota, through CDP, filled by another database), while saving a face or Transfer samples. The lab
// says so in the reader's language, nothing is half-written, and once space is freed saving works.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { launchPersistentChromium } from '../browser.mjs';
import { makeY4m } from '../make_y4m.mjs';

const origin = inject('origin');

let context: BrowserContext;
let page: Page;
const foreign: string[] = [];

async function open(route: string, fixture: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'convlens-full-'));
  const camera = makeY4m(fixture, { width: 640, height: 480 });
  // No service worker: its precache of the models would fill the small quota first.
  context = await launchPersistentChromium(profile, { camera }, { serviceWorkers: 'block' });
  await context.grantPermissions(['camera'], { origin });
  context.on('request', (r) => {
    if (!r.url().startsWith(origin + '/') && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => void d.accept());
  // A 30 MB device. The quota is fixed when the origin's storage first opens, so it is set first;
  // it lasts as long as the CDP session, kept open until the context closes.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 30_000_000 });
  await page.goto(`${origin}/?backend=wasm${route}`);
}

/**
 * Fills the origin's storage to the last kilobyte with a database of its own, as other data on a
 * full device would; the lab's next write then fails with the browser's own QuotaExceededError.
 * `false` deletes the filler again.
 */
async function diskFull(full: boolean): Promise<void> {
  await page.evaluate(async (full) => {
    const name = 'disk-filler';
    const w = window as { filler?: IDBDatabase };
    if (!full) {
      w.filler?.close();
      await new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done));
      return;
    }
    w.filler = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('s');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const put = (bytes: number, key: number) =>
      new Promise<boolean>((resolve) => {
        const tx = w.filler!.transaction('s', 'readwrite');
        // Random bytes: the store compresses, so zeros would take no room.
        const data = new Uint8Array(bytes);
        for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
        tx.objectStore('s').put(data, key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let key = 0;
    for (const bytes of [1_000_000, 100_000, 10_000, 1_000]) while (await put(bytes, key++));
  }, full);
}

beforeEach(() => {
  foreign.length = 0;
});
afterEach(async () => {
  await context?.close();
  expect(foreign, 'requests that left the origin').toEqual([]);
});

describe('a full disk', () => {
  it('Faces: enrolling says the storage is full, saves nothing, and works once space is freed', async () => {
    await open('#/faces', 'astronaut.jpg');
    const names = () => page.getByTestId('identities').locator('.name').allTextContents();
    const message = () => page.getByTestId('faces-message').textContent();
    await page.getByTestId('start-camera').click();
    await waitForResult(page, (r: { faces: unknown[] }) => r.faces.length === 1);
    await page.getByTestId('faces-consent-ok').click();

    await diskFull(true);
    await page.getByTestId('faces-name').fill('Ada');
    await page.getByTestId('faces-enrol').click();
    await expect.poll(message).toContain('storage is full');
    expect(await names()).toEqual([]);
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByTestId('faces-name').fill('Ada');
    await page.getByTestId('faces-enrol').click();
    await expect.poll(message).toContain('存储空间已满');
    await page.reload();
    await page.getByTestId('faces-export').waitFor();
    expect(await names()).toEqual([]);

    await diskFull(false);
    await page.getByTestId('start-camera').click();
    await waitForResult(page, (r: { faces: unknown[] }) => r.faces.length === 1);
    await page.getByTestId('faces-name').fill('Ada');
    await page.getByTestId('faces-enrol').click();
    await expect.poll(names).toEqual(['Ada']);
    await page.reload();
    await expect.poll(names).toEqual(['Ada']);
  });

  it('Transfer: recording says the storage is full, keeps what was saved, and saves again once space is freed', async () => {
    await open('#/transfer', 'fruits.jpg');
    const counts = () =>
      page
        .getByTestId('sample-count')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    const notice = () => page.getByTestId('transfer-notice').textContent();
    const record = async (index: number, atLeast: number) => {
      await page.getByTestId('record').nth(index).hover();
      await page.mouse.down();
      await expect
        .poll(async () => (await counts())[index], { timeout: 30_000 })
        .toBeGreaterThanOrEqual(atLeast);
      await page.mouse.up();
    };
    await page.getByTestId('start-camera').click();
    await record(0, 3);
    const saved = await counts();
    await page.reload();
    await expect.poll(counts).toEqual(saved);

    await page.getByTestId('start-camera').click();
    await diskFull(true);
    await page.getByTestId('record').nth(1).hover();
    await page.mouse.down();
    await expect.poll(notice, { timeout: 30_000 }).toContain('storage is full');
    await page.mouse.up();
    await page.getByTestId('language').selectOption('zh-CN');
    await expect.poll(notice).toContain('设备存储空间已满');
    await page.reload();
    // Nothing half-written: the stored project is the one before the full disk.
    await expect.poll(counts).toEqual(saved);

    await diskFull(false);
    await page.getByTestId('start-camera').click();
    await record(1, 2);
    const after = await counts();
    await page.reload();
    await expect.poll(counts).toEqual(after);
  });
});
