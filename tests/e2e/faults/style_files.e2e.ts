import { expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { startCamera, useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';

const origin = inject('origin');
// No service worker: its precache would answer styles/ before the route below could.
const session = useCheckedPage(origin, makeY4m('messi5.jpg', { width: 640, height: 480 }), {
  context: { serviceWorkers: 'block' },
});

it('a style network served with 64 bytes changed is refused with its name and the fix', async () => {
  const { context, page } = session;
  await context.route('**/styles/starry_night.bin', async (route) => {
    const real = await route.fetch();
    const body = Buffer.from(await real.body());
    for (let i = 1000; i < 1064; i++) body[i] = body[i]! ^ 0x5a;
    await route.fulfill({ response: real, body });
  });
  await page.goto(`${origin}/?backend=wasm#/style`);
  await startCamera(page);
  await page.getByTestId('style-mode').selectOption('live');
  const error = page.getByTestId('model-error');
  await expect.poll(() => error.isVisible(), { timeout: 60_000 }).toBe(true);
  const text = await error.textContent();
  expect(text).toContain('Style network file "styles/starry_night.bin" is corrupt (sha256');
  expect(text).toContain('git checkout public/styles');

  // The other styles are untouched and still run.
  await page.getByTestId('live-style').selectOption('great_wave');
  await waitForResult<{ style: string }>(page, (r) => r.style === 'great_wave');
}, 120_000);
