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
  faces: { name: string | null; distance: number | null; accepted: boolean }[];
}

const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }));

const identityNames = (page: Page) =>
  page.getByTestId('identities').locator('.name').allTextContents();

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

  // Another person: the footballer's photo.
  await page.getByTestId('image-input').setInputFiles(fixturePath('messi5.jpg'));
  const other = await waitForResult<FacesResult>(
    page,
    (r) => r.frame.width === 548 && r.faces.length > 0,
  );
  expect(other.faces[0]!.accepted).toBe(false);
  expect(other.faces[0]!.distance).toBeGreaterThan(0.6);

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
}, 180_000);
