import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../../helpers/fixture_image';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { cacheDir, makeWebm } from '../make_y4m.mjs';

const origin = inject('origin');

const landmarks = '/?backend=wasm#/landmarks';

describe('when the camera cannot be used', () => {
  describe('the camera is denied', () => {
    const session = useCheckedPage(origin, null, { grantCamera: false, open: landmarks });

    it('shows the denied state with how to re-allow, and a way forward', async () => {
      const { page } = session;
      await page.getByTestId('mode').selectOption('body');
      await page.getByTestId('start-camera').click();
      const status = page.getByTestId('source-status');
      await expect.poll(() => status.getAttribute('data-state')).toBe('denied');
      const text = await status.textContent();
      expect(text).toContain('Camera access was denied');
      expect(text).toContain('allow the camera');
      expect(await page.getByTestId('retry').isVisible()).toBe(true);
      expect(await status.getByRole('button', { name: 'Open a photo' }).isVisible()).toBe(true);
    });
  });

  describe('there is no camera', () => {
    const session = useCheckedPage(origin, null, { deviceCount: 0, open: landmarks });

    it('with no camera offers files; a still image then works; a video file works', async () => {
      const { page } = session;
      await page.getByTestId('mode').selectOption('body');
      await page.getByTestId('start-camera').click();
      const status = page.getByTestId('source-status');
      await expect.poll(() => status.getAttribute('data-state')).toBe('no-camera');
      expect(await status.textContent()).toContain('No camera was found');

      await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
      await expect.poll(() => status.getAttribute('data-state')).toBe('live');
      expect(await status.textContent()).toContain('messi5.jpg (548x342)');
      const still = await waitForResult(
        page,
        (r) => r.frame.width === 548 && r.poses[0]!.score > 0.3,
      );
      const nose = still.poses[0]!.keypoints[0]!;
      expect(nose.x).toBeGreaterThan(215);
      expect(nose.x).toBeLessThan(262);
      expect(await page.getByTestId('picture').isVisible()).toBe(true);

      await page.getByTestId('video-input').setInputFiles(makeWebm('messi5.jpg'));
      await expect.poll(() => status.getAttribute('data-state')).toBe('live');
      expect(await status.textContent()).toContain('messi5-640x480.webm');
      await waitForResult(page, (r) => r.frame.width === 640 && r.poses[0]!.score > 0.3);
    });

    it('rejects a corrupt photo with a clear message and keeps working', async () => {
      const { page } = session;
      await page.getByTestId('mode').selectOption('body');
      const broken = join(cacheDir, 'broken.jpg');
      writeFileSync(broken, Buffer.from('this is not a JPEG at all'));
      await page.getByTestId('image-input').setInputFiles(broken);
      const status = page.getByTestId('source-status');
      await expect.poll(() => status.getAttribute('data-state')).toBe('bad-file');
      expect(await status.textContent()).toContain(
        'Could not open "broken.jpg": this browser cannot decode it as a picture',
      );

      await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
      await waitForResult(page, (r) => r.poses[0]!.score > 0.3);
    });
  });
});
