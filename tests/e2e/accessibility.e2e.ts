import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { waitForResult } from './browser.mjs';
import { startCamera, useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

/** A control's accessible name, as a screen reader announces it. */
async function accessibleName(control: Locator): Promise<string> {
  const snapshot = await control.ariaSnapshot();
  return /"([^"]*)"/.exec(snapshot)?.[1] ?? '';
}

/** Each slider on the page: its name before and after moving it one step. */
async function sliderNames(page: Page): Promise<{ before: string; after: string }[]> {
  const names = [];
  for (const slider of await page.getByRole('slider').all()) {
    if (!(await slider.isVisible())) continue;
    const before = await accessibleName(slider);
    await slider.focus();
    await slider.press('ArrowRight');
    names.push({ before, after: await accessibleName(slider) });
  }
  return names;
}

describe('accessibility: names and keyboard', () => {
  const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }));

  it("every slider is named by its label, not its value (Detection's, Landmarks')", async () => {
    const { page } = session;
    for (const lab of ['detection', 'landmarks']) {
      await page.goto(`${origin}/?backend=wasm#/${lab}`);
      await startCamera(page);
      await expect
        .poll(() => page.getByRole('slider').count(), { timeout: 60_000 })
        .toBeGreaterThan(0);
      const names = await sliderNames(page);
      expect(names.length, lab).toBeGreaterThan(0);
      for (const { before, after } of names) {
        expect(before, lab).not.toBe('');
        expect(before, lab).not.toMatch(/\d\.\d/); // no value in the name
        expect(after, lab).toBe(before);
      }
    }
    // By name, as a test or a screen reader would find it.
    await page.goto(`${origin}/?backend=wasm#/detection`);
    await expect
      .poll(() => page.getByRole('slider', { name: 'Score threshold', exact: true }).count())
      .toBe(1);
  }, 120_000);

  it("the Convolution lab's patch can be picked with the keyboard", async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/convolution`);
    await startCamera(page);
    await waitForResult(page, (r: { kind?: string }) => r.kind === 'filter');
    await page.getByTestId('mode-steps').check();
    await page.getByTestId('freeze').click();
    const frozen = page.getByTestId('frozen');
    const patch = page.getByTestId('step-patch');
    await expect.poll(() => patch.locator('tr').count()).toBe(6);
    const before = {
      label: await frozen.getAttribute('aria-label'),
      cells: await patch.textContent(),
    };
    await frozen.focus();
    await frozen.press('Shift+ArrowRight');
    await frozen.press('ArrowDown');
    const after = await frozen.getAttribute('aria-label');
    const x = (label: string | null) => Number(/at x (\d+)/.exec(label ?? '')?.[1]);
    const y = (label: string | null) => Number(/, y (\d+)/.exec(label ?? '')?.[1]);
    expect(x(after)).toBe(x(before.label) + 6);
    expect(y(after)).toBe(y(before.label) + 1);
    await expect.poll(() => patch.textContent()).not.toBe(before.cells);
  }, 60_000);

  it('a button that cannot be used looks disabled', async () => {
    const { page } = session;
    await page.goto(`${origin}/?backend=wasm#/style`);
    const start = page.getByTestId('style-start');
    await expect.poll(() => start.isDisabled(), { timeout: 30_000 }).toBe(true);
    const look = (b: Locator) =>
      b.evaluate((el) => {
        const css = getComputedStyle(el);
        return { opacity: Number(css.opacity), cursor: css.cursor };
      });
    expect(await look(start)).toEqual({ opacity: 0.45, cursor: 'not-allowed' });
    expect((await look(page.getByTestId('start-camera'))).opacity).toBe(1);
  });
});
