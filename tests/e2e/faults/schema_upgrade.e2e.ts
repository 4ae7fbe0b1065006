import { expect, inject, it } from 'vitest';
import { useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';

const origin = inject('origin');
const session = useCheckedPage(origin, makeY4m('fruits.jpg', { width: 640, height: 480 }), {
  context: { serviceWorkers: 'block' },
});

it('a newer app version in another tab upgrades at once; the old tab says so, in both languages', async () => {
  const { context, page } = session;
  const counts = () =>
    page
      .getByTestId('sample-count')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  const notice = () => page.getByTestId('transfer-notice').textContent();
  const record = async () => {
    await page.getByTestId('record').nth(0).hover();
    await page.mouse.down();
    await page.mouse.up();
  };

  await page.goto(`${origin}/?backend=wasm#/transfer`);
  await page.getByTestId('start-camera').click();
  await page.getByTestId('record').nth(0).hover();
  await page.mouse.down();
  await expect.poll(async () => (await counts())[0], { timeout: 30_000 }).toBeGreaterThan(0);
  await page.mouse.up();

  // The second tab: a new version of the app opens the database one version up.
  const other = await context.newPage();
  await other.goto(`${origin}/?backend=wasm#/`);
  const upgrade = await other.evaluate(async () => {
    const version = (await indexedDB.databases()).find((d) => d.name === 'convlens')!.version!;
    return new Promise<{ from: number; to: number; blocked: boolean }>((resolve, reject) => {
      let blocked = false;
      const request = indexedDB.open('convlens', version + 1);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => {
        resolve({ from: version, to: request.result.version, blocked });
        request.result.close();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
  });
  expect(upgrade.blocked).toBe(false);
  expect(upgrade.to).toBe(upgrade.from + 1);

  // The old tab no longer saves through its old schema, and says why.
  await record();
  await expect.poll(notice).toContain('A newer version of ConvLens is open in another tab');
  expect(await notice()).toContain('Reload this tab');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect.poll(notice).toContain('另一个标签页中打开了更新版本的 ConvLens');
});
