import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  certificateAddresses,
  ensureCertificate,
  validityDays,
} from '../../../scripts/classroom/certificate.mjs';

const day = 24 * 60 * 60 * 1000;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'convlens-cert-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date('2026-09-01T08:00:00Z');

describe('ensureCertificate', () => {
  it('creates a certificate once, then returns the same bytes', async () => {
    const first = await ensureCertificate(dir, ['192.168.1.20'], { now });
    expect(first).toMatchObject({ renewed: true, reason: 'there was none yet' });
    expect(readFileSync(join(dir, 'cert.pem'), 'utf8')).toBe(first.cert);
    expect(statSync(join(dir, 'key.pem')).mode & 0o077).toBe(0);

    const later = new Date(now.getTime() + 200 * day);
    const second = await ensureCertificate(dir, ['192.168.1.20'], { now: later });
    expect(second).toEqual({ key: first.key, cert: first.cert, renewed: false, reason: null });
  });

  it('names localhost, 127.0.0.1 and the LAN addresses, and lasts about a year', async () => {
    const { cert } = await ensureCertificate(dir, ['192.168.1.20', '10.0.0.5'], { now });
    const x509 = new X509Certificate(cert);
    expect(x509.checkHost('localhost')).toBe('localhost');
    for (const ip of ['127.0.0.1', '192.168.1.20', '10.0.0.5']) expect(x509.checkIP(ip)).toBe(ip);
    expect(x509.checkIP('192.168.1.21')).toBeUndefined();
    expect(x509.ca).toBe(false);
    const lasts = new Date(x509.validTo).getTime() - now.getTime();
    expect(Math.round(lasts / day)).toBe(validityDays);
    expect(new Date(x509.validFrom).getTime()).toBeLessThan(now.getTime());
  });

  it.each([
    ['expired', validityDays + 1, /^it expired on /],
    ['within a week of expiry', validityDays - 3, /^it expires on /],
  ])('renews it when %s', async (_name, days, reason) => {
    const first = await ensureCertificate(dir, ['192.168.1.20'], { now });
    const later = new Date(now.getTime() + days * day);
    const renewed = await ensureCertificate(dir, ['192.168.1.20'], { now: later });
    expect(renewed.renewed).toBe(true);
    expect(renewed.reason).toMatch(reason);
    expect(renewed.cert).not.toBe(first.cert);
    const x509 = new X509Certificate(renewed.cert);
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(later.getTime() + 300 * day);
    // And keeps the new one from then on.
    const again = await ensureCertificate(dir, ['192.168.1.20'], { now: later });
    expect(again).toMatchObject({ cert: renewed.cert, renewed: false });
  });

  it('renews it when forced (--new-cert)', async () => {
    const first = await ensureCertificate(dir, ['192.168.1.20'], { now });
    const forced = await ensureCertificate(dir, ['192.168.1.20'], { now, force: true });
    expect(forced).toMatchObject({ renewed: true, reason: '--new-cert was given' });
    expect(forced.cert).not.toBe(first.cert);
    expect(forced.key).not.toBe(first.key);
  });

  it('renews it for a new address, covering the old addresses too', async () => {
    await ensureCertificate(dir, ['192.168.1.20'], { now });
    const moved = await ensureCertificate(dir, ['10.0.0.5'], { now });
    expect(moved).toMatchObject({ renewed: true, reason: 'it does not cover 10.0.0.5' });
    const x509 = new X509Certificate(moved.cert);
    expect(certificateAddresses(x509).sort()).toEqual(['10.0.0.5', '127.0.0.1', '192.168.1.20']);
    // Back in the first room: nothing to renew.
    const back = await ensureCertificate(dir, ['192.168.1.20'], { now });
    expect(back).toMatchObject({ cert: moved.cert, renewed: false });
  });

  it('replaces an unreadable certificate or one whose key does not match', async () => {
    await ensureCertificate(dir, [], { now });
    writeFileSync(join(dir, 'cert.pem'), 'not a certificate');
    expect(await ensureCertificate(dir, [], { now })).toMatchObject({ renewed: true });

    const other = mkdtempSync(join(tmpdir(), 'convlens-cert-'));
    try {
      const { key } = await ensureCertificate(other, [], { now });
      writeFileSync(join(dir, 'key.pem'), key);
      expect(await ensureCertificate(dir, [], { now })).toMatchObject({ renewed: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
