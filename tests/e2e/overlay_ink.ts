import type { Page } from 'playwright-core';

/**
 * Alpha of the lab's overlay canvas summed over the (2r+1)² square around a canvas point: > 0
 * where something was drawn there.
 */
export async function overlayInk(page: Page, x: number, y: number, r: number): Promise<number> {
  return page.getByTestId('overlay').evaluate(
    (c, { x, y, r }) => {
      const canvas = c as HTMLCanvasElement;
      const d = canvas.getContext('2d')!.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data;
      let sum = 0;
      for (let i = 3; i < d.length; i += 4) sum += d[i]!;
      return sum;
    },
    { x: Math.round(x), y: Math.round(y), r },
  );
}
