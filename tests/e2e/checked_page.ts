import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, newCheckedContext } from './browser.mjs';

export interface CheckedPageOptions {
  /** Chromium's own fake cameras: 0 is "no camera at all", 2 to switch between devices. */
  deviceCount?: number;
  /** More Chromium flags, e.g. `--ignore-certificate-errors`. */
  extraArgs?: string[];
  /** Grant the origin the camera (default true); false stands for a user who denied it. */
  grantCamera?: boolean;
  /** Options of the block's contexts: a phone's viewport and touch, `serviceWorkers: 'block'`. */
  context?: BrowserContextOptions;
  /** Where each new page goes, after the origin, e.g. `/?backend=wasm#/convolution`. */
  open?: string;
  /**
   * What the block's tests share: 'browser' (default) one Chromium, a fresh context and page per
   * test; 'context' the context and page too, each test going on where the last one stopped;
   * 'nothing' a fresh Chromium per test.
   */
  share?: 'browser' | 'context' | 'nothing';
}

export interface CheckedSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The requests of `context` that left the origin so far. */
  readonly foreign: readonly string[];
  /**
   * One more checked context, on the block's origin unless `origin` says another, with `options`
   * only (not the block's); it is closed and checked after the test, as the test's own is.
   */
  newContext(options?: BrowserContextOptions & { origin?: string }): Promise<BrowserContext>;
}

interface Checked {
  context: BrowserContext;
  foreign: string[];
}

/**
 * Registers the hooks of a describe block (or a file): one Chromium, with the fake camera fed from
 * `camera` (a .y4m file; null for Chromium's own), a checked context and page on `origin` (a
 * function where the origin is known only once a server of the block's has started), and a
 * failure if any request left the origin.
 */
export function useCheckedPage(
  origin: string | (() => string),
  camera: string | null,
  options: CheckedPageOptions = {},
): CheckedSession {
  const { deviceCount, extraArgs, grantCamera = true, open, share = 'browser' } = options;
  const originNow = () => (typeof origin === 'string' ? origin : origin());
  let browser: Browser | undefined;
  let main: Checked | undefined;
  let page: Page;
  const extras: Checked[] = [];

  const launch = async () => {
    browser = await launchChromium({ camera, deviceCount, extraArgs });
  };
  const start = async () => {
    main = undefined;
    const at = originNow();
    main = await newCheckedContext(browser!, at, { ...options.context, camera: grantCamera });
    page = await main.context.newPage();
    if (open) await page.goto(at + open);
  };
  /** Closes `checked` (and the browser when told), then fails on any request that left. */
  const finish = async (checked: (Checked | undefined)[], closeBrowser: boolean) => {
    const closing = checked.filter((c) => c !== undefined);
    try {
      for (const { context } of closing) await context.close();
    } finally {
      if (closeBrowser) await browser?.close();
    }
    expect(
      closing.flatMap((c) => c.foreign),
      'requests that left the origin',
    ).toEqual([]);
  };

  if (share === 'nothing') {
    beforeEach(async () => {
      await launch();
      await start();
    });
    afterEach(() => finish([main, ...extras.splice(0)], true));
  } else if (share === 'context') {
    beforeAll(async () => {
      await launch();
      await start();
    });
    afterEach(() => finish(extras.splice(0), false));
    afterAll(() => finish([main], true));
  } else {
    beforeAll(launch);
    afterAll(() => browser?.close());
    beforeEach(start);
    afterEach(() => finish([main, ...extras.splice(0)], false));
  }

  return {
    get browser() {
      return browser!;
    },
    get context() {
      return main!.context;
    },
    get page() {
      return page;
    },
    get foreign() {
      return main!.foreign;
    },
    async newContext({ origin: at = originNow(), ...contextOptions } = {}) {
      const extra = await newCheckedContext(browser!, at, {
        ...contextOptions,
        camera: grantCamera,
      });
      extras.push(extra);
      return extra.context;
    },
  };
}

/** Clicks "Camera" and waits until the fake camera's picture is live. */
export async function startCamera(page: Page): Promise<void> {
  await page.getByTestId('start-camera').click();
  await expect
    .poll(() => page.getByTestId('source-status').getAttribute('data-state'))
    .toBe('live');
}
