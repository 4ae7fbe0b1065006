import { expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');
const session = useCheckedPage(origin, makeY4m('messi5.jpg', { width: 640, height: 480 }));

it('installs, then reloads and runs the body lab offline', async () => {
  const { context, page } = session;
  await page.goto(`${origin}/?backend=wasm#/landmarks`);
  await page.getByTestId('mode').selectOption('body');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.getByTestId('offline-ready').isVisible()).toBe(true);

  // The first visit is not controlled by the worker; after a reload it is.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
    return link ? ((await (await fetch(link)).json()) as Record<string, unknown>) : null;
  });
  expect(manifest).toMatchObject({ short_name: 'ConvLens', display: 'standalone' });

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('start-camera').click();
  const result = await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
  expect(result.poses[0]!.keypoints).toHaveLength(17);
  expect(await page.getByTestId('model-error').count()).toBe(0);
});
