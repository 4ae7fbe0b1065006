// The classroom server's self-signed certificate, kept in .classroom/ and reused, because each
// phone has to accept it by hand once: a new certificate means a new warning on every phone.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

const day = 24 * 60 * 60 * 1000;
/** About a school year; Apple's limit for any TLS certificate is 825 days. */
export const validityDays = 365;
/** Renew a week early, so it never runs out in the middle of a lesson. */
export const renewBeforeDays = 7;

/**
 * @param {string} dir
 * @returns {Promise<{ key: string, cert: string, x509: X509Certificate } | null>}
 */
async function readExisting(dir) {
  try {
    const key = await readFile(join(dir, 'key.pem'), 'utf8');
    const cert = await readFile(join(dir, 'cert.pem'), 'utf8');
    const x509 = new X509Certificate(cert);
    return x509.checkPrivateKey(createPrivateKey(key)) ? { key, cert, x509 } : null;
  } catch {
    return null;
  }
}

/**
 * The IPv4 addresses a certificate names (Node prints them as "IP Address:1.2.3.4").
 * @param {X509Certificate} x509
 */
export function certificateAddresses(x509) {
  return (x509.subjectAltName ?? '')
    .split(', ')
    .filter((name) => name.startsWith('IP Address:'))
    .map((name) => name.slice('IP Address:'.length))
    .filter((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(ip));
}

/**
 * Why the existing certificate cannot be kept (and whether its addresses should carry over to
 * the next one), or null when it can be kept.
 * @param {X509Certificate} x509
 * @param {string[]} addresses
 * @param {Date} now
 * @returns {{ reason: string, keepAddresses: boolean } | null}
 */
function staleness(x509, addresses, now) {
  const validTo = new Date(x509.validTo);
  const left = validTo.getTime() - now.getTime();
  if (left <= 0) return { reason: `it expired on ${validTo.toDateString()}`, keepAddresses: false };
  if (left < renewBeforeDays * day) {
    return { reason: `it expires on ${validTo.toDateString()}`, keepAddresses: false };
  }
  if (new Date(x509.validFrom).getTime() > now.getTime()) {
    return { reason: 'it is not valid yet', keepAddresses: false };
  }
  const missing = addresses.filter((ip) => !x509.checkIP(ip));
  if (missing.length > 0) {
    return { reason: `it does not cover ${missing.join(', ')}`, keepAddresses: true };
  }
  return null;
}

/**
 * @param {string[]} addresses IPv4 addresses the certificate must name (besides localhost)
 * @param {Date} now
 */
async function createCertificate(addresses, now) {
  const ips = [...new Set(['127.0.0.1', ...addresses])];
  const pems = await generate([{ name: 'commonName', value: 'ConvLens classroom' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    // A day early, so a phone whose clock runs a little behind still accepts it.
    notBeforeDate: new Date(now.getTime() - day),
    notAfterDate: new Date(now.getTime() + validityDays * day),
    // iOS refuses TLS certificates without serverAuth or without the names in subjectAltName.
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...ips.map((ip) => ({ type: /** @type {const} */ (7), ip })),
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * Returns the certificate in `dir`, creating or renewing it only when it is missing, unreadable,
 * forced, expired (or within a week of it), or does not name one of `addresses`; in that last
 * case the new one names the old addresses too, so a laptop moving between two rooms settles.
 * @param {string} dir
 * @param {string[]} addresses
 * @param {{ now?: Date, force?: boolean }} [options]
 * @returns {Promise<{ key: string, cert: string, renewed: boolean, reason: string | null }>}
 */
export async function ensureCertificate(dir, addresses, { now = new Date(), force = false } = {}) {
  const existing = await readExisting(dir);
  let reason = 'there was none yet';
  let names = addresses;
  if (existing && force) reason = '--new-cert was given';
  else if (existing) {
    const stale = staleness(existing.x509, addresses, now);
    if (!stale) return { key: existing.key, cert: existing.cert, renewed: false, reason: null };
    reason = stale.reason;
    if (stale.keepAddresses) names = [...certificateAddresses(existing.x509), ...addresses];
  }
  const { key, cert } = await createCertificate(names, now);
  // The key is a secret of this laptop; keep it out of other users' reach.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, 'key.pem'), key, { mode: 0o600 });
  await writeFile(join(dir, 'cert.pem'), cert);
  return { key, cert, renewed: true, reason };
}
