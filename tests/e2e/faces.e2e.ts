import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { fixturePath } from '../helpers/fixture_image';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { cacheDir, makeY4m } from './make_y4m.mjs';

const origin = inject('origin');

interface FacesResult {
  frame: { width: number; height: number };
  identities: string[];
  faces: { name: string | null; distance: number | null; accepted: boolean; label: string }[];
}

const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }));

const identityNames = (page: Page) =>
  page.getByTestId('identities').locator('.name').allTextContents();
/** Each enrolled person's count of shots, as the list says it. */
const shotCounts = (page: Page) =>
  page.getByTestId('identities').locator('li .hint').allTextContents();

it('enrols in one shot, accepts that face, rejects another, and keeps it across export, erase, import and reload', async () => {
  const { page } = session;
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${origin}/?backend=wasm#/faces`);
  await page.getByTestId('start-camera').click();
  await waitForResult<FacesResult>(page, (r) => r.faces.length === 1 && r.faces[0]!.name === null);

  await page.getByTestId('faces-consent-ok').click();
  await page.getByTestId('faces-name').fill('Eileen');
  await page.getByTestId('faces-enrol').click();
  await expect.poll(() => identityNames(page)).toEqual(['Eileen']);
  const accepted = await waitForResult<FacesResult>(
    page,
    (r) => r.faces[0]?.name === 'Eileen' && r.faces[0].accepted,
  );
  expect(accepted.faces[0]!.distance).toBeLessThan(0.6);
  expect(accepted.faces[0]!.label).toMatch(/^Eileen · d = 0\.\d\d · accept$/);
  // The name field is cleared for the next person; one shot is "1 shot".
  expect(await page.getByTestId('faces-name').inputValue()).toBe('');
  expect(await shotCounts(page)).toEqual(['1 shot']);
  await expect.poll(() => page.getByTestId('summary').textContent()).toBe('1 face: Eileen.');

  // Another person: the footballer's photo.
  await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
  const other = await waitForResult<FacesResult>(
    page,
    (r) => r.frame.width === 548 && r.faces.length > 0,
  );
  expect(other.faces[0]!.accepted).toBe(false);
  expect(other.faces[0]!.distance).toBeGreaterThan(0.6);
  // A stranger is unknown, with the nearest enrolled person and d, never "Eileen" alone.
  expect(other.faces[0]!.label).toBe(
    `unknown (nearest: Eileen, d = ${other.faces[0]!.distance!.toFixed(2)})`,
  );

  // Export, then a hostile file changes nothing.
  const download = page.waitForEvent('download');
  await page.getByTestId('faces-export').click();
  const exported = join(cacheDir, 'faces-export.json');
  await (await download).saveAs(exported);
  const hostile = join(cacheDir, 'faces-hostile.json');
  writeFileSync(
    hostile,
    JSON.stringify({
      format: 'convlens-faces',
      version: 1,
      identities: [
        {
          id: 'x',
          name: '<img src=x onerror=alert(1)>',
          encoding: [1],
          shots: [],
          thumbnail: 'javascript:1',
        },
      ],
    }),
  );
  await page.getByTestId('faces-import-input').setInputFiles(hostile);
  await expect
    .poll(() => page.getByTestId('faces-message').textContent())
    .toContain('cannot be imported');
  expect(await identityNames(page)).toEqual(['Eileen']);

  await page.getByTestId('faces-erase').click();
  await expect.poll(() => identityNames(page)).toEqual([]);
  await page.getByTestId('faces-import-input').setInputFiles(exported);
  await expect.poll(() => identityNames(page)).toEqual(['Eileen']);

  await page.reload();
  await expect.poll(() => identityNames(page)).toEqual(['Eileen']);
  await page.getByTestId('start-camera').click();
  await waitForResult<FacesResult>(
    page,
    (r) => r.faces[0]?.name === 'Eileen' && r.faces[0].accepted,
  );
  await page.getByTestId('identities').getByRole('button', { name: 'Add a shot' }).click();
  await expect.poll(() => shotCounts(page)).toEqual(['2 shots']);

  // In Chinese, the stranger's label and the count too.
  await page.getByTestId('language').selectOption('zh-CN');
  await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
  const stranger = await waitForResult<FacesResult>(
    page,
    (r) => r.frame.width === 548 && r.faces.length > 0 && r.faces[0]!.label.startsWith('未知'),
  );
  expect(stranger.faces[0]!.label).toBe(
    `未知（最近：Eileen，d = ${stranger.faces[0]!.distance!.toFixed(2)}）`,
  );
  expect(await shotCounts(page)).toEqual(['2 张']);
}, 240_000);
