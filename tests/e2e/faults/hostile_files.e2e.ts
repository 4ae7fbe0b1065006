// Issue 17, bad inputs and security: hostile addresses, names with markup, malformed and hostile
// identities and project files. Each is refused with a message naming the problem (or, for a
// name, shown as text), nothing stored changes, and no script of theirs runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { deflatedZip } from '../../helpers/deflated_zip';
import { useCheckedPage } from '../checked_page';
import { storedRecords } from '../page_probes';

const origin = inject('origin');
const dir = mkdtempSync(join(tmpdir(), 'convlens-hostile-'));
const file = (name: string, bytes: string | Uint8Array) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

/** Markup that would run script if any of it reached innerHTML. */
const markup = '<img src="x" onerror="window.__pwned=1">';
const ranScript = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as { __pwned?: number }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
  }));

const pixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const identity = (over: Record<string, unknown>) => ({
  id: 'id-1',
  name: 'Ada',
  model: 'face_recognition',
  encoding: Array.from({ length: 128 }, (_, i) => Math.sin(i) / 10),
  shots: [Array.from({ length: 128 }, (_, i) => Math.sin(i) / 10)],
  thumbnail: pixel,
  createdAt: 1,
  ...over,
});
const facesFile = (name: string, identities: unknown, raw?: string) =>
  file(name, raw ?? JSON.stringify({ format: 'convlens-faces', version: 1, identities }));

describe('hostile addresses', () => {
  const session = useCheckedPage(origin, null);

  it.each([
    `/#/${encodeURIComponent(markup)}`,
    `/#/${markup}`,
    '/?backend=../../x#/convolution',
    '/?backend=%3Cscript%3Ealert(1)%3C/script%3E#/convolution',
  ])('%s opens the app, runs nothing and asks for nothing odd', async (address) => {
    const { page } = session;
    const odd: string[] = [];
    page.on('request', (r) => {
      if (/x$|script|%3C|</i.test(new URL(r.url()).pathname)) odd.push(r.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin + address);
    await page.getByRole('navigation').waitFor();
    // The backend falls back to the automatic choice, never a path from the address.
    expect(await page.getByTestId('backend-select').inputValue()).toBe('auto');
    expect(await ranScript(page)).toEqual({ pwned: null, images: 0 });
    expect(odd).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a Faces identities file', () => {
  const session = useCheckedPage(origin, null, { open: '/?backend=wasm#/faces', share: 'context' });
  const names = (page: Page) => page.getByTestId('identities').locator('.name').allTextContents();
  const importFile = async (page: Page, path: string) => {
    await page.getByTestId('faces-import-input').setInputFiles(path);
  };
  const message = (page: Page) => page.getByTestId('faces-message').textContent();

  it('with a name made of markup is imported and shown as text; no script runs', async () => {
    const { page } = session;
    await importFile(page, facesFile('markup.json', [identity({ name: markup })]));
    await expect.poll(() => names(page)).toEqual([markup]);
    expect(await ranScript(page)).toEqual({ pwned: null, images: 0 });
  });

  it.each([
    ['random bytes', facesFile('random.json', null, '\u0000\u00ff{{{not json'), 'not JSON'],
    [
      'a wrong shape (127 numbers)',
      facesFile('short.json', [identity({ id: 'b', encoding: new Array(127).fill(0.1) })]),
      'no valid 128-number encoding',
    ],
    // JSON has no NaN; 1e999 parses to Infinity, the nearest a file can carry.
    [
      'a number that is not finite',
      facesFile(
        'inf.json',
        null,
        JSON.stringify({
          format: 'convlens-faces',
          version: 1,
          identities: [identity({ id: 'c' })],
        }).replace('"encoding":[0,', '"encoding":[1e999,'),
      ),
      'no valid 128-number encoding',
    ],
    [
      'a huge array (a million numbers)',
      facesFile('huge.json', [identity({ id: 'd', encoding: new Array(1_000_000).fill(0.5) })]),
      'no valid 128-number encoding',
    ],
    [
      'too many identities',
      facesFile(
        'many.json',
        Array.from({ length: 1001 }, (_, i) => identity({ id: `m${i}` })),
      ),
      'at most 1000 identities',
    ],
    [
      'a thumbnail that is a script address',
      facesFile('thumb.json', [identity({ id: 'e', thumbnail: 'javascript:window.__pwned=1' })]),
      'invalid thumbnail',
    ],
  ])('with %s is refused by name, and nothing changes', async (_name, path, reason) => {
    const { page } = session;
    await page.reload(); // no message left from the last file
    await expect.poll(() => names(page)).toEqual([markup]);
    await importFile(page, path);
    await expect.poll(() => message(page)).toContain(reason);
    expect(await message(page)).toContain('cannot be imported');
    expect(await names(page)).toEqual([markup]);
    expect(await ranScript(page)).toEqual({ pwned: null, images: 0 });
  });

  it('is refused in Chinese when the page is in Chinese', async () => {
    const { page } = session;
    await page.reload();
    await page.getByTestId('language').selectOption('zh-CN');
    try {
      await importFile(
        page,
        facesFile('short-zh.json', [identity({ id: 'z', encoding: new Array(127).fill(0.1) })]),
      );
      await expect.poll(() => message(page)).toContain('没有有效的 128 维编码');
      expect(await message(page)).toContain('无法导入该文件');
      expect(await names(page)).toEqual([markup]);
    } finally {
      await page.getByTestId('language').selectOption('en');
    }
  });
});

describe('a Transfer project file', () => {
  const session = useCheckedPage(origin, null, {
    open: '/?backend=wasm#/transfer',
    share: 'context',
  });
  const notice = (page: Page) => page.getByTestId('transfer-notice').textContent();
  const classNames = (page: Page) =>
    page
      .getByTestId('class-name')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  /** The class names in the page's IndexedDB itself (the saved project), not in its inputs. */
  const storedClassNames = async (page: Page) =>
    (await storedRecords<{ classes?: { name: string }[] }>(page, 'transferProjects')).flatMap((p) =>
      (p.classes ?? []).map((c) => c.name),
    );

  it('keeps a class named with markup as text across a reload; no script runs', async () => {
    const { page } = session;
    await page.getByTestId('class-name').nth(0).fill(markup);
    await page.getByTestId('class-name').nth(0).dispatchEvent('change');
    // The rename is saved in the background: reload once it is stored (a reload that comes
    // first, as on a loaded machine, would test the race, not the name).
    await expect.poll(() => storedClassNames(page)).toContain(markup);
    await page.reload();
    await expect.poll(() => classNames(page)).toContain(markup);
    expect(await ranScript(page)).toEqual({ pwned: null, images: 0 });
  });

  it.each([
    [
      'random bytes',
      () =>
        file(
          'random.zip',
          new Uint8Array(2048).map((_, i) => (i * 7919) % 251),
        ),
      '"random.zip": The file is not a ZIP archive',
    ],
    [
      'a bad metadata.json',
      () =>
        file('metadata.json', '{"format":"convlens-transfer-project","version":2,"labels":"<b>"}'),
      '"metadata.json": "name" must be',
    ],
    // 210 MB of zeros deflate to 200 kB; the headers claim 1000 bytes.
    [
      'a zip bomb that declares 1000 bytes',
      () => file('bomb.zip', deflatedZip('metadata.json', new Uint8Array(210 * 1024 * 1024), 1000)),
      'more than 200 MB',
    ],
  ])('with %s is refused by name, and nothing changes', async (_name, make, reason) => {
    const { page } = session;
    await page.reload(); // no notice left from the last file
    await expect.poll(() => classNames(page)).toContain(markup);
    const before = await classNames(page);
    await page.getByTestId('import-project').setInputFiles(make());
    await expect.poll(() => notice(page)).toContain(reason);
    expect(await notice(page)).toContain('Import refused, nothing changed');
    expect(await classNames(page)).toEqual(before);
    expect(await ranScript(page)).toEqual({ pwned: null, images: 0 });
  });

  it('is refused in Chinese when the page is in Chinese', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => classNames(page)).toContain(markup);
    await page.getByTestId('language').selectOption('zh-CN');
    // The default class names follow the language, so read them in Chinese.
    const before = await classNames(page);
    try {
      await page
        .getByTestId('import-project')
        .setInputFiles(file('random-zh.zip', new Uint8Array(512).fill(3)));
      await expect.poll(() => notice(page)).toContain('"random-zh.zip"：该文件不是 ZIP 压缩包');
      expect(await notice(page)).toContain('拒绝导入，没有任何改动');
      expect(await classNames(page)).toEqual(before);
    } finally {
      await page.getByTestId('language').selectOption('en');
    }
  });
});
