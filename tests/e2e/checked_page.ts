import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium, newCheckedContext } from './browser.mjs';

/**
 * Registers the usual hooks of a describe block: one Chromium with the fake camera for the block,
 * a fresh checked context and page per test, and a failure if any request left the origin.
 */
export function useCheckedPage(origin: string, camera: string): { readonly page: Page } {
  let browser: Browser;
  let context: BrowserContext;
  let foreign: string[];
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium({ camera });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    ({ context, foreign } = await newCheckedContext(browser, origin));
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
    expect(foreign, 'requests that left the origin').toEqual([]);
  });
  return {
    get page() {
      return page;
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
