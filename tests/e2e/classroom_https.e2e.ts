// `npm run classroom`'s server on the built app, at this machine's network address as a phone on
// the classroom Wi-Fi would reach it: a secure context, so the camera works (plain HTTP does not).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startClassroomServer,
  type ClassroomServer,
} from '../../scripts/classroom/https_server.mjs';
import { lanAddresses } from '../../scripts/classroom/lan_addresses.mjs';
import { waitForResult } from './browser.mjs';
import { useCheckedPage } from './checked_page';
import { makeY4m } from './make_y4m.mjs';
import { scanJoinPanel } from './scan_join_panel';
import { builtDir } from './server.mjs';

const host = lanAddresses()[0] ?? '127.0.0.1';
let certDir: string;
let server: ClassroomServer;
const lanOrigin = () => `https://${host}:${server.port}`;

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'convlens-classroom-e2e-'));
  server = await startClassroomServer({ root: builtDir, certDir, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(certDir, { recursive: true, force: true });
});
// A phone accepts the self-signed certificate by hand; the flag stands for that tap.
const session = useCheckedPage(lanOrigin, makeY4m('messi5.jpg', { width: 640, height: 480 }), {
  extraArgs: ['--ignore-certificate-errors'],
});

it(`runs the body lab on the camera over HTTPS at ${host}`, async () => {
  const origin = lanOrigin();
  expect(server.urls).toContain(`${origin}/`);
  const { page } = session;
  await page.goto(`${origin}/?backend=wasm#/landmarks`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);

  const classroom = await page.evaluate(async () => (await fetch('./classroom.json')).json());
  expect(classroom).toEqual({ urls: server.urls, port: server.port });

  await page.getByTestId('mode').selectOption('body');
  await page.getByTestId('start-camera').click();
  const result = await waitForResult(page, (r) => (r.poses[0]?.score ?? 0) > 0.3);
  expect(result.poses[0]!.keypoints).toHaveLength(17);
  expect(await page.getByTestId('model-error').count()).toBe(0);
});

it.skipIf(host === '127.0.0.1')(
  'shows the teacher on https://127.0.0.1 the LAN address as the join QR, with the lab',
  async () => {
    const origin = `https://127.0.0.1:${server.port}`;
    const context = await session.newContext({ origin });
    const page = await context.newPage();
    await page.goto(`${origin}/?backend=wasm&present#/faces`);
    await page.getByTestId('presenter-join').click();
    const lan = `https://${host}:${server.port}/#/faces`;
    await expect.poll(() => scanJoinPanel(page)).toBe(lan);
    expect(await page.getByTestId('join-address').textContent()).toBe(lan);
    expect(await page.getByTestId('join-panel').textContent()).toContain('once per term');
    expect(await page.getByTestId('join-needs-https').count()).toBe(0);
  },
);

it.skipIf(host === '127.0.0.1')(
  `is needed: plain HTTP at ${host} is no secure context`,
  async () => {
    const http = createServer((_req, res) => res.end('<!doctype html><title>plain</title>'));
    await new Promise<void>((resolve) => http.listen(0, host, resolve));
    try {
      const { port } = http.address() as import('node:net').AddressInfo;
      // Unchecked: this page is on a server of its own, not the app's origin.
      const page = await session.browser.newPage();
      await page.goto(`http://${host}:${port}/`);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      expect(await page.evaluate(() => navigator.mediaDevices === undefined)).toBe(true);
      await page.close();
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  },
);
