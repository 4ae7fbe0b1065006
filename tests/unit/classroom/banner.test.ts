// What `npm run classroom` prints: the addresses, and a QR code that a phone decodes to the first.
import { describe, expect, it } from 'vitest';
import { classroomBanner, firstVisitHint } from '../../../scripts/classroom/banner.mjs';
import { lanAddresses } from '../../../scripts/classroom/lan_addresses.mjs';
import { terminalQr } from '../../../scripts/classroom/terminal_qr.mjs';
import { decodeTerminalQr, terminalCells } from './terminal_qr_reader';

const printedUrls = (banner: string) =>
  [...banner.matchAll(/Phones on this network: (\S+)/g)].map((m) => m[1]);

describe('classroomBanner', () => {
  const urls = ['https://192.168.1.20:8443/', 'https://10.0.0.7:8443/'];

  it.each(['light', 'dark'] as const)(
    'prints a QR that decodes to the first printed address (%s terminal)',
    async (terminal) => {
      const banner = await classroomBanner({ urls, port: 8443 });
      expect(printedUrls(banner)).toEqual(urls);
      const decoded = decodeTerminalQr(banner, terminal);
      expect(decoded).toBe(printedUrls(banner)[0]);
      expect(decoded).not.toBe('https://192.168.1.21:8443/');
    },
  );

  it("prints a QR of this machine's own address", async () => {
    const address = lanAddresses()[0] ?? '192.168.1.20';
    const url = `https://${address}:8443/`;
    const banner = await classroomBanner({ urls: [url], port: 8443 });
    expect(decodeTerminalQr(banner, 'light')).toBe(url);
  });

  it('says what a phone shows the first time, on one line', async () => {
    const banner = await classroomBanner({ urls, port: 8443 });
    expect(banner.split('\n')).toContain(firstVisitHint);
    expect(firstVisitHint).toMatch(/not private.*Advanced → Proceed.*visit this website/);
    expect(banner).toContain('https://localhost:8443/');
  });

  it('prints no QR, and says why, when there is no network address', async () => {
    const banner = await classroomBanner({ urls: ['https://127.0.0.1:8443/'], port: 8443 });
    expect(banner).toMatch(/No network address found/);
    expect(terminalCells(banner)).toEqual([]);
    expect(decodeTerminalQr(banner, 'light')).toBeNull();
  });
});

describe('the QR reader used above', () => {
  it('fails on a damaged QR (so the checks above can fail)', async () => {
    const qr = await terminalQr('https://192.168.1.20:8443/');
    expect(decodeTerminalQr(qr, 'light')).toBe('https://192.168.1.20:8443/');
    // Blank out the middle third of the lines: too much for the error correction.
    const lines = qr.split('\n');
    const third = Math.floor(lines.length / 3);
    const damaged = lines
      .map((line, i) => (i >= third && i < 2 * third ? line.replace(/[▀▄█]/g, ' ') : line))
      .join('\n');
    expect(decodeTerminalQr(damaged, 'light')).toBeNull();
  });

  it('reads two modules per character, inside a one-module light border', async () => {
    const qr = await terminalQr('x');
    const cells = terminalCells(qr);
    // Version 1 is 21 modules; the renderer adds one light module on each side.
    expect(cells[0]).toHaveLength(23);
    expect(cells[0]!.every((ink) => ink === 'light')).toBe(true);
    expect(cells[1]!.slice(1, 8)).toEqual(Array(7).fill('dark'));
  });
});
