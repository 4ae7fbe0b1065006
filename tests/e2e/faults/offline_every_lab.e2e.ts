import { expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { makeY4m } from '../make_y4m.mjs';

const origin = inject('origin');
// A face and shoulders: every lab's models find something in it.
const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }));

type Result = Record<string, unknown>;
interface Stop {
  route: string;
  /** Sets the lab's mode once it shows (a select or a radio), if it has one. */
  mode?: (page: typeof session.page) => Promise<void>;
  /** The lab's result once its models ran on a camera frame. */
  done: (r: Result) => boolean;
}

const landmarks = (mode: string): Stop => ({
  route: '#/landmarks',
  mode: (page) =>
    page
      .getByTestId('mode')
      .selectOption(mode)
      .then(() => {}),
  done: (r) => Array.isArray(r.modes) && r.modes.includes(mode),
});

const stops: Stop[] = [
  landmarks('mesh'),
  landmarks('face68'),
  landmarks('hands'),
  landmarks('body'),
  { route: '#/detection', done: (r) => r.mode === 'yolo' },
  {
    route: '#/detection',
    mode: (page) => page.getByTestId('mode-coco').check(),
    done: (r) => r.mode === 'coco',
  },
  { route: '#/faces', done: () => true },
  {
    route: '#/style',
    mode: (page) =>
      page
        .getByTestId('style-mode')
        .selectOption('live')
        .then(() => {}),
    done: (r) => typeof r.style === 'string',
  },
  { route: '#/transfer', done: () => true },
  { route: '#/convolution', done: () => true },
  { route: '#/networks', done: () => true },
];

it('installed once, every lab loads its models and gives a result offline after a reload', async () => {
  const { context, page } = session;
  const failed: string[] = [];
  // A request the next navigation cancels (the reload right after each goto) is ERR_ABORTED, not
  // a miss offline (ERR_INTERNET_DISCONNECTED, ERR_FAILED): only the latter count.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });

  await page.goto(`${origin}/?backend=wasm#/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.getByTestId('offline-ready').isVisible(), { timeout: 60_000 })
    .toBe(true);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('start-page').waitFor();
  for (const stop of stops) {
    // A fresh document per lab (a reload, offline): no result of the lab before can count.
    await page.goto(`${origin}/?backend=wasm${stop.route}`);
    await page.reload();
    await page.getByTestId('start-camera').click();
    await stop.mode?.(page);
    await waitForResult(page, (r: Result) => stop.done(r), 60_000).catch((e: Error) => {
      throw new Error(`${stop.route}: ${e.message}`);
    });
    expect(await page.getByTestId('model-error').count(), stop.route).toBe(0);
  }
  expect(failed, 'requests that failed offline').toEqual([]);
});
