// Serves the built app over HTTPS on every network address, so phones get a secure context (and
// with it the camera) from the teacher's laptop, plus /classroom.json for the in-app QR panel.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:https';
import { basename } from 'node:path';
import { ensureCertificate } from './certificate.mjs';
import { isolationHeaders } from './isolation_headers.mjs';
import { classroomUrls, lanAddresses } from './lan_addresses.mjs';
import { contentType, resolveRequest } from './static_files.mjs';

/**
 * Headers every response carries, whatever its status (`npm start`'s vite preview sends them
 * too). No other site may frame the app: the page's meta CSP cannot say frame-ancestors.
 */
export const responseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  ...isolationHeaders,
};

// The page and the service worker decide which version of the app a phone runs; a stale copy of
// either would pin phones to an old build after the teacher updates.
const revalidated = new Set(['index.html', 'sw.js']);

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string | number>} headers
 * @param {string | Buffer} [body]
 */
function send(res, status, headers, body) {
  res.writeHead(status, { ...responseHeaders, ...headers });
  res.end(body);
}

/**
 * @param {string} root
 * @param {() => { urls: string[], port: number }} classroom the body of /classroom.json
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
function handler(root, classroom) {
  const text = { 'Content-Type': 'text/plain; charset=utf-8' };
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { ...text, Allow: 'GET, HEAD' }, 'Method not allowed\n');
    }
    const head = req.method === 'HEAD';
    const url = req.url ?? '/';
    if (url.split('?', 1)[0] === '/classroom.json') {
      const body = JSON.stringify(classroom());
      const type = { 'Content-Type': 'application/json; charset=utf-8' };
      return send(res, 200, { ...type, 'Cache-Control': 'no-cache' }, head ? undefined : body);
    }
    const target = resolveRequest(root, url);
    if ('refused' in target) {
      const status = target.refused === 'bad' ? 400 : 403;
      return send(res, status, text, status === 400 ? 'Bad request\n' : 'Forbidden\n');
    }
    const info = await stat(target.file).catch(() => null);
    if (!info?.isFile()) return send(res, 404, text, 'Not found\n');
    res.writeHead(200, {
      ...responseHeaders,
      'Content-Type': contentType(target.file),
      'Content-Length': info.size,
      ...(revalidated.has(basename(target.file)) ? { 'Cache-Control': 'no-cache' } : {}),
    });
    if (head) return void res.end();
    createReadStream(target.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * Starts the classroom server on `root` (a built app), with the certificate kept in `certDir`
 * (created or renewed as ensureCertificate decides). Port 0 picks a free port.
 * @param {{
 *   root: string, certDir: string, port?: number, host?: string, newCert?: boolean,
 *   interfaces?: Parameters<typeof lanAddresses>[0], now?: Date
 * }} options
 */
export async function startClassroomServer({
  root,
  certDir,
  port = 8443,
  host = '0.0.0.0',
  newCert = false,
  interfaces,
  now,
}) {
  const addresses = lanAddresses(interfaces);
  const certificate = await ensureCertificate(certDir, addresses, { now, force: newCert });
  /** @type {{ urls: string[], port: number }} */
  let classroom = { urls: [], port };
  const handle = handler(root, () => classroom);
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, {}, 'Server error\n');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  classroom = { urls: classroomUrls(addresses, actualPort), port: actualPort };
  return {
    urls: classroom.urls,
    port: actualPort,
    certificate: {
      cert: certificate.cert,
      renewed: certificate.renewed,
      reason: certificate.reason,
    },
    /** Stops listening and drops open connections (phones keep them alive), so Ctrl+C is quick. */
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        })
      ),
  };
}
