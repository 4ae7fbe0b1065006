import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Decodes the QR code the "Join from your phone" panel draws, as a phone's camera would. */
export async function scanJoinPanel(page: Page): Promise<string | null> {
  const qr = page.getByTestId('join-qr');
  await expect.poll(() => qr.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
  const { width, height, data } = await qr.evaluate((c) => {
    const canvas = c as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    return { width: d.width, height: d.height, data: Array.from(d.data) };
  });
  return jsQR(new Uint8ClampedArray(data), width, height)?.data ?? null;
}
