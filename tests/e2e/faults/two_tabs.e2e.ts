import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { waitForResult } from '../browser.mjs';
import { useCheckedPage } from '../checked_page';
import { cacheDir, makeY4m } from '../make_y4m.mjs';
import { storedRecords } from '../page_probes';

// Two tabs of the Faces lab: two pages of one context, so one origin and one real IndexedDB.

const origin = inject('origin');
const session = useCheckedPage(origin, makeY4m('astronaut.jpg', { width: 640, height: 480 }));

interface FacesResult {
  faces: { name: string | null }[];
}

const identityNames = async (page: Page) =>
  (await page.getByTestId('identities').locator('.name').allTextContents()).sort();

/** The names in the page's IndexedDB itself, not in its list. */
const storedNames = async (page: Page) =>
  (await storedRecords<{ name: string }>(page, 'faceIdentities')).map((x) => x.name).sort();

/** A valid export file holding one person, Bob, who is not in front of the camera. */
function bobFile(): string {
  const encoding = Array.from({ length: 128 }, (_, i) => ((i % 7) - 3) / 30);
  const path = join(cacheDir, 'two-tabs-bob.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: 'convlens-faces',
      version: 1,
      identities: [
        {
          id: 'bob',
          name: 'Bob',
          model: 'face_recognition',
          encoding,
          shots: [encoding],
          thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
          createdAt: 1,
        },
      ],
    }),
  );
  return path;
}

async function openFaces(page: Page, camera: boolean): Promise<void> {
  await page.goto(`${origin}/?backend=wasm#/faces`);
  if (!camera) return;
  await page.getByTestId('start-camera').click();
  await waitForResult<FacesResult>(page, (r) => r.faces.length === 1);
}

async function enrolAlice(page: Page): Promise<void> {
  await page.getByTestId('faces-consent-ok').click();
  await page.getByTestId('faces-name').fill('Alice');
  await page.getByTestId('faces-enrol').click();
  await expect.poll(() => identityNames(page)).toEqual(['Alice']);
}

it('a stale tab imports without deleting what another tab enrolled, and its "Add a shot" does not bring back a person erased there', async () => {
  const a = session.page;
  a.on('dialog', (d) => void d.accept());
  const b = await session.context.newPage();
  // B stands for a tab that hears nothing from the others: it has no BroadcastChannel.
  await b.addInitScript(() => {
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  await openFaces(a, true);
  await openFaces(b, true);

  await enrolAlice(a);
  expect(await identityNames(b)).toEqual([]);
  await b.getByTestId('faces-import-input').setInputFiles(bobFile());
  await expect.poll(() => identityNames(b)).toEqual(['Alice', 'Bob']);
  await a.reload();
  await expect.poll(() => identityNames(a)).toEqual(['Alice', 'Bob']);
  expect(await storedNames(a)).toEqual(['Alice', 'Bob']);

  await a.getByTestId('faces-erase').click();
  await expect.poll(() => identityNames(a)).toEqual([]);
  expect(await identityNames(b)).toEqual(['Alice', 'Bob']);
  await b
    .getByTestId('identities')
    .locator('li', { hasText: 'Alice' })
    .getByRole('button', { name: 'Add a shot' })
    .click();
  await expect
    .poll(() => b.getByTestId('faces-message').textContent())
    .toContain('no longer saved');
  await expect.poll(() => identityNames(b)).toEqual([]);
  expect(await storedNames(b)).toEqual([]);
}, 180_000);

it('a tab lists what another tab enrols and drops its list when that tab erases everything', async () => {
  const a = session.page;
  a.on('dialog', (d) => void d.accept());
  const b = await session.context.newPage();
  await openFaces(a, true);
  await openFaces(b, false);
  await expect.poll(() => b.getByTestId('identities').count()).toBe(1);

  await enrolAlice(a);
  await expect.poll(() => identityNames(b)).toEqual(['Alice']);
  await a.getByTestId('faces-erase').click();
  await expect.poll(() => identityNames(b)).toEqual([]);
  expect(await storedNames(b)).toEqual([]);
}, 180_000);
