import { expect, inject, it } from 'vitest';
import { useCheckedPage } from './checked_page';

// The built app's web app manifest, as the browser reads it (issue 18, item 8).
const origin = inject('origin');
const session = useCheckedPage(origin, null, { open: '/#/landmarks' });
const labs = ['landmarks', 'detection', 'faces', 'style', 'transfer', 'convolution', 'networks'];

interface ImageEntry {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
  form_factor?: string;
  label?: string;
}
interface Manifest {
  id: string;
  start_url: string;
  icons: ImageEntry[];
  screenshots: ImageEntry[];
  shortcuts: { name: string; url: string }[];
}

/** The manifest's URL and its JSON, fetched by the page. */
async function manifest() {
  return session.page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]')!.getAttribute('href')!;
    const url = new URL(href, location.href).href;
    return { url, json: (await (await fetch(url)).json()) as unknown };
  });
}

/** Loads an image of the manifest in the page: its type and natural size, or the error. */
const loaded = (src: string) =>
  session.page.evaluate(async (src) => {
    const response = await fetch(src);
    if (!response.ok) return `HTTP ${response.status}`;
    const type = response.headers.get('content-type');
    const bitmap = await createImageBitmap(await response.blob());
    return `${type} ${bitmap.width}x${bitmap.height}`;
  }, src);

it('has an id, a shortcut to every lab, screenshots that load, and a maskable icon', async () => {
  const { page } = session;
  const { url, json } = await manifest();
  const m = json as Manifest;
  const at = (src: string) => new URL(src, url).href;

  expect(at(m.id)).toBe(at(m.start_url));
  // Installable as an app of its own window.
  expect(json).toMatchObject({ short_name: 'ConvLens', display: 'standalone' });

  expect(m.shortcuts.map((s) => at(s.url))).toEqual(labs.map((lab) => `${origin}/#/${lab}`));
  expect(m.shortcuts.every((s) => s.name.length > 0)).toBe(true);

  expect(m.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const s of m.screenshots) {
    expect(s.label?.length, s.src).toBeGreaterThan(0);
    expect(await loaded(at(s.src)), s.src).toBe(`${s.type} ${s.sizes}`);
  }

  const maskable = m.icons.filter((i) => i.purpose?.split(' ').includes('maskable'));
  expect(maskable).toHaveLength(1);
  expect(maskable[0]!.src).not.toBe(m.icons.find((i) => !i.purpose)?.src);
  expect(await loaded(at(maskable[0]!.src))).toBe(`${maskable[0]!.type} ${maskable[0]!.sizes}`);

  // A shortcut opens its lab.
  await page.goto(at(m.shortcuts.find((s) => s.url.endsWith('/transfer'))!.url));
  await expect
    .poll(() => page.locator('a[aria-current="page"]').getAttribute('href'))
    .toBe('#/transfer');
});
