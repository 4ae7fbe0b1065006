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
