// Issue 17, bad inputs: each picked file that cannot be shown is refused with a message that
// names its problem, in English and in Chinese, and the picture that was open stays usable.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../../helpers/fixture_image';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { cacheDir } from '../make_y4m.mjs';

const origin = inject('origin');

function cacheFile(name: string, bytes: Uint8Array | string): string {
  const path = join(cacheDir, name);
  writeFileSync(path, bytes);
  return path;
}

const astronaut = readFileSync(fixturePath('astronaut.jpg'));
const files = {
  empty: () => cacheFile('empty.jpg', ''),
  // The first 60% of a real photo, as a copy stopped part way leaves it.
  truncated: () =>
    cacheFile('cut-short.jpg', astronaut.subarray(0, Math.floor(astronaut.length * 0.6))),
  // Text saved with a photo's name: the browser calls it image/jpeg by its extension.
  text: () => cacheFile('notes.jpg', 'Lecture notes, week 1: edge detection'),
  randomVideo: () =>
    cacheFile(
      'broken.webm',
      new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24),
    ),
};

/** The source bar's refusal once it names `file` (the last refusal's text may still be up). */
async function statusAfter(page: Page, input: string, file: string): Promise<string> {
  const status = page.getByTestId('source-status');
  await page.getByTestId(input).setInputFiles(file);
  const refused = async () =>
    (await status.getAttribute('data-state')) === 'bad-file' &&
    ((await status.textContent()) ?? '').includes(basename(file));
  await expect.poll(refused).toBe(true);
  return (await status.textContent())!.trim();
}

describe('a photo or video that cannot be opened', () => {
  const session = useCheckedPage(origin, null, { open: '/?backend=wasm#/convolution' });

  it('is refused with its problem named, in English, and the photo open before stays usable', async () => {
    const { page } = session;
    await page.getByTestId('image-input').setInputFiles(fixturePath('chelsea.jpg'));
    await waitForResult(page, (r) => r !== null);

    expect(await statusAfter(page, 'image-input', files.empty())).toContain(
      'Could not open "empty.jpg": the file is empty (0 bytes)',
    );
    expect(await statusAfter(page, 'image-input', files.truncated())).toContain(
      'Could not open "cut-short.jpg": the picture is cut short (its end is missing)',
    );
    expect(await statusAfter(page, 'image-input', files.text())).toContain(
      'Could not open "notes.jpg": this browser cannot decode it as a picture',
    );
    expect(await statusAfter(page, 'video-input', files.randomVideo())).toMatch(
      /Could not open "broken\.webm": (the video is damaged|this browser cannot play this video format)/,
    );
    expect(await statusAfter(page, 'video-input', fixturePath('chelsea.jpg'))).toContain(
      'Could not open "chelsea.jpg": it is not a video (image/jpeg)',
    );

    // Nothing was lost: the lab takes the next good photo at once.
    await page.getByTestId('image-input').setInputFiles(fixturePath('coffee.jpg'));
    await expect
      .poll(() => page.getByTestId('source-status').textContent())
      .toContain('coffee.jpg');
    await waitForResult(page, (r) => r !== null);
  });

  it('is refused in Chinese when the page is in Chinese', async () => {
    const { page } = session;
    await page.getByTestId('language').selectOption('zh-CN');
    expect(await statusAfter(page, 'image-input', files.empty())).toContain(
      '无法打开“empty.jpg”：文件是空的（0 字节）',
    );
    expect(await statusAfter(page, 'image-input', files.truncated())).toContain('图片不完整');
    expect(await statusAfter(page, 'image-input', files.text())).toContain(
      '浏览器无法将其解码为图片',
    );
  });
});
