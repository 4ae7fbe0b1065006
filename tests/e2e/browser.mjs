// Launches Debian's Chromium through playwright-core (never a downloaded browser), with a fake
// camera fed from a real photo, and records every request that tries to leave the origin.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/**
 * Chromium's flags for a headless run with the fake camera.
 * @param {{ camera?: string | null, deviceCount?: number, extraArgs?: string[] }} opts
 *   camera: a .y4m file for the fake camera; deviceCount 0 means "no camera at all".
 */
function chromiumArgs({ camera = null, deviceCount, extraArgs = [] } = {}) {
  if (!chromiumPath) throw new Error('Chromium is missing: apt-get install -y chromium');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    deviceCount === undefined
      ? '--use-fake-device-for-media-stream'
      : `--use-fake-device-for-media-stream=device-count=${deviceCount}`,
  ];
  if (camera) args.push(`--use-file-for-fake-video-capture=${camera}`);
  args.push(...extraArgs);
  return args;
}

/** @param {{ camera?: string | null, deviceCount?: number, extraArgs?: string[] }} opts */
export async function launchChromium(opts = {}) {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(opts),
  });
}

/**
 * A browser with an on-disk profile in `userDataDir`, as one context. Storage quotas apply to it
 * as on a user's device (Playwright's other contexts are off the record, where CDP's
 * Storage.overrideQuotaForOrigin has no effect), so a test can fill the disk.
 */
export async function launchPersistentChromium(userDataDir, opts = {}, contextOptions = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(opts),
    viewport: { width: 1200, height: 800 },
    ...contextOptions,
  });
}

/**
 * A context whose requests are checked: anything not on `origin` (or data:/blob:) is aborted and
 * recorded in `foreign`, so a test can fail on it.
 */
export async function newCheckedContext(browser, origin, { camera = true, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...options });
  if (camera) await context.grantPermissions(['camera'], { origin });
  const foreign = [];
  const allowed = (url) =>
    url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:');
  context.on('request', (req) => {
    if (!allowed(req.url())) foreign.push(req.url());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, foreign };
}

/**
 * Waits until the lab's published result (`[data-testid=result]`'s data-result) satisfies
 * `check(result)`, re-checking each time it changes; returns that result.
 */
export async function waitForResult(page, check, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  let prev = null;
  let last = null;
  while (Date.now() < deadline) {
    const handle = await page
      .waitForFunction(
        (previous) => {
          const raw = document.querySelector('[data-testid="result"]')?.getAttribute('data-result');
          return raw && raw !== 'null' && raw !== previous ? raw : null;
        },
        prev,
        { timeout: Math.max(1, deadline - Date.now()) },
      )
      .catch(() => null);
    if (!handle) break;
    prev = await handle.jsonValue();
    last = JSON.parse(prev);
    if (check(last)) return last;
  }
  throw new Error(
    `No matching result within ${timeout} ms; last: ${JSON.stringify(last)?.slice(0, 400)}`,
  );
}
