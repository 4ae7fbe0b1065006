import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';
import { builtDir, startPreview } from '../server.mjs';

const origin = inject('origin');
const session = useCheckedPage(origin, makeY4m('messi5.jpg', { width: 640, height: 480 }), {
  context: { serviceWorkers: 'block' },
});

it('names the missing model file and the fix', async () => {
  const { context, page } = session;
  await context.route('**/models/human/blazeface.bin', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto(`${origin}/?backend=wasm#/landmarks`);
  const error = page.getByTestId('model-error');
  await expect.poll(() => error.isVisible(), { timeout: 30_000 }).toBe(true);
  const text = await error.textContent();
  expect(text).toContain('models/human/blazeface.bin');
  expect(text).toContain('is missing');
  expect(text).toContain('npm install');
});

it('names a corrupt model file and the fix', async () => {
  const { context, page } = session;
  await context.route('**/models/human/blazeface.bin', async (route) => {
    const real = await route.fetch();
    const body = Buffer.from(await real.body());
    body[1000] = body[1000]! ^ 0xff;
    await route.fulfill({ response: real, body });
  });
  await page.goto(`${origin}/?backend=wasm#/landmarks`);
  const error = page.getByTestId('model-error');
  await expect.poll(() => error.isVisible(), { timeout: 30_000 }).toBe(true);
  const text = await error.textContent();
  expect(text).toContain('models/human/blazeface.bin');
  expect(text).toContain('corrupt');

  // The same failure in Chinese: the file, the evidence and the fix, worded anew.
  await page.getByTestId('language').selectOption('zh-CN');
  try {
    await expect.poll(() => error.textContent()).toContain('已损坏');
    const zh = await error.textContent();
    expect(zh).toContain('模型文件“models/human/blazeface.bin”');
    expect(zh).toContain('sha256');
    expect(zh).toContain('npm install');
  } finally {
    await page.getByTestId('language').selectOption('en');
  }
});

it('offers a new version with a prompt instead of reloading by itself', async () => {
  // A deployment of our own, so the test can publish a "next version" of it.
  const deployed = mkdtempSync(join(tmpdir(), 'convlens-deploy-'));
  cpSync(builtDir, deployed, { recursive: true });
  const server = await startPreview({ outDir: deployed });
  try {
    // On the deployment's origin, with service workers (the block's contexts block them).
    const context = await session.newContext({ origin: server.origin });
    const page = await context.newPage();
    await page.goto(`${server.origin}/?backend=wasm#/landmarks`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A returning visitor: the page is controlled by the installed worker.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    appendFileSync(join(deployed, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByTestId('update-prompt');
    await expect.poll(() => prompt.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await prompt.textContent()).toContain('A new version of ConvLens is ready.');
    // Nothing reloads until the user says so: the old worker still controls the page.
    expect(
      await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBe(true);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect
      .poll(() =>
        page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
      )
      .toBe(false);
    await context.close();
  } finally {
    await server.stop();
    rmSync(deployed, { recursive: true, force: true });
  }
});
