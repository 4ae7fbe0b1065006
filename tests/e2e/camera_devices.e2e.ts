import { expect, inject, it } from 'vitest';
import { useCheckedPage } from './checked_page';

const origin = inject('origin');

// Chromium's two built-in fake cameras (a file can feed only one), to prove switching devices.
const session = useCheckedPage(origin, null, {
  deviceCount: 2,
  open: '/?backend=wasm#/landmarks',
});

it('lists the cameras and switches between them', async () => {
  const { page } = session;
  await page.getByTestId('start-camera').click();
  const status = page.getByTestId('source-status');
  await expect.poll(() => status.getAttribute('data-state')).toBe('live');

  const picker = page.getByTestId('camera-select');
  await expect.poll(() => picker.locator('option').count()).toBe(2);
  const options = await picker
    .locator('option')
    .evaluateAll((els) =>
      els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' })),
    );
  const trackDevice = () =>
    page
      .getByTestId('video')
      .evaluate(
        (v) =>
          ((v as HTMLVideoElement).srcObject as MediaStream).getVideoTracks()[0]!.getSettings()
            .deviceId,
      );
  const first = await trackDevice();
  const other = options.find((o) => o.value !== first)!;
  await picker.selectOption(other.value);
  await expect.poll(trackDevice).toBe(other.value);
  await expect.poll(() => status.getAttribute('data-state')).toBe('live');
  expect(await status.textContent()).toContain(other.label);

  // The choice is remembered across a reload.
  await page.reload();
  await page.getByTestId('start-camera').click();
  await expect.poll(trackDevice).toBe(other.value);
});
