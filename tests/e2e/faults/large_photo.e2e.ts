import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../../helpers/fixture_image';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { cacheDir } from '../make_y4m.mjs';

const origin = inject('origin');

/** building.jpg scaled up to 8000x5500 (44 megapixels), made once with ffmpeg, never committed. */
function largePhoto(): string {
  const out = join(cacheDir, 'building-8000x5500.jpg');
  if (existsSync(out)) return out;
  mkdirSync(cacheDir, { recursive: true });
  const args = ['-loglevel', 'error', '-y', '-i', fixturePath('building.jpg')];
  execFileSync('ffmpeg', [...args, '-vf', 'scale=8000:5500', '-q:v', '4', out]);
  return out;
}

interface FilterLike {
  kind: 'filter';
  shapes: { input: number[] };
}

describe('a large still photo', () => {
  const session = useCheckedPage(origin, null, { open: '/?backend=wasm#/convolution' });

  it('is scaled once, on opening, to 1920 px on its longer side, and the Convolution lab runs on it', async () => {
    const { page } = session;
    await page.getByTestId('image-input').setInputFiles(largePhoto());
    const status = page.getByTestId('source-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 60_000 }).toBe('live');
    // The published frame is the capped one: 8000x5500 -> 1920x1320, aspect kept.
    expect(await status.textContent()).toContain('building-8000x5500.jpg (1920x1320)');
    const picture = await page
      .getByTestId('picture')
      .evaluate((c) => [(c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height]);
    expect(picture).toEqual([1920, 1320]);

    // A filter result on the photo arrives, its input with the photo's 8000:5500 aspect.
    const result = await waitForResult<FilterLike>(page, (r) => r.kind === 'filter');
    const [, h, w] = result.shapes.input;
    expect(w! / h!).toBeCloseTo(8000 / 5500, 1);
  });
});
