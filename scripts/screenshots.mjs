#!/usr/bin/env node
// The web app manifest's screenshots (public/screenshots/wide.webp, narrow.webp), which an install
// dialog shows: the built app in Debian's Chromium, the Detection lab's COCO mode on the
// fruits.jpg test photo, at 1280x800 (a laptop) and 390x844 (a phone, touch). Build first:
//   npm run build && node scripts/screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, newCheckedContext, waitForResult } from '../tests/e2e/browser.mjs';
import { startPreview } from '../tests/e2e/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'screenshots');
const photo = join(root, 'tests', 'fixtures', 'fruits.jpg');

export const shots = [
  { file: 'wide.webp', viewport: { width: 1280, height: 800 } },
  { file: 'narrow.webp', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

async function shoot(browser, origin, { file, viewport, ...device }) {
  const { context, foreign } = await newCheckedContext(browser, origin, { viewport, ...device });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await page.getByTestId('mode-coco').check();
    await page.getByTestId('image-input').setInputFiles(photo);
    await waitForResult(page, (r) => r.mode === 'coco' && r.detections.length >= 3, 180_000);
    await page.evaluate(() => window.scrollTo(0, 0));
    const png = join(tmpdir(), `convlens-${file}.png`);
    writeFileSync(png, await page.screenshot({ type: 'png' }));
    if (foreign.length) throw new Error(`requests left the origin: ${foreign.join(', ')}`);
    // WebP at quality 70: a tenth of the PNG, still sharp enough for an install dialog.
    const out = join(outDir, file);
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', png, '-quality', '70', out]);
    console.log(`${out}: ${viewport.width}x${viewport.height}, ${statSync(out).size} bytes`);
  } finally {
    await context.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    for (const shot of shots) await shoot(browser, server.origin, shot);
  } finally {
    await browser.close();
    await server.stop();
  }
}
