// The classroom server on a small app built here, reached over HTTPS at this machine's own network
// address, verifying the certificate against that address as a phone would (after accepting it).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  responseHeaders,
  startClassroomServer,
  type ClassroomServer,
} from '../../../scripts/classroom/https_server.mjs';
import { ensureCertificate } from '../../../scripts/classroom/certificate.mjs';
import { lanAddresses } from '../../../scripts/classroom/lan_addresses.mjs';

const modelsDir = join(import.meta.dirname, '..', '..', '..', 'public', 'models');
const modelFiles = ['human/blazeface.json', 'face-api/tiny_face_detector_model.bin'];
const host = lanAddresses()[0] ?? '127.0.0.1';

let dir: string;
let root: string;
let server: ClassroomServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A raw request (the path is sent as written, so "/../x" reaches the server unchanged), trusting
 * only `ca` (by default the server's own certificate).
 */
function get(path: string, method = 'GET', ca = server.certificate.cert): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port: server.port, path, method, ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'convlens-classroom-'));
  root = join(dir, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ConvLens</title>');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(root, 'tiny.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  for (const file of modelFiles) {
    mkdirSync(join(root, 'models', file, '..'), { recursive: true });
    copyFileSync(join(modelsDir, file), join(root, 'models', file));
  }
  // Beside the root, where a path traversal would find it.
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  server = await startClassroomServer({ root, certDir: join(dir, 'cert'), port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startClassroomServer', () => {
  it(`serves the app at ${host} with a certificate for that address`, async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toContain('<title>ConvLens</title>');
    expect(server.urls[0]).toBe(`https://${host}:${server.port}/`);
  });

  it('is refused by a client that trusts another certificate', async () => {
    const other = await ensureCertificate(join(dir, 'other-cert'), [host]);
    await expect(get('/', 'GET', other.cert)).rejects.toThrow(/self[- ]signed/i);
  });

  it('serves the service worker uncached', async () => {
    const res = await get('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    [modelFiles[0]!, 'application/json; charset=utf-8'],
    [modelFiles[1]!, 'application/octet-stream'],
  ])('serves the model file %s byte for byte as %s', async (file, type) => {
    const res = await get(`/models/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBeUndefined();
    expect(res.body.equals(readFileSync(join(modelsDir, file)))).toBe(true);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
  });

  it('serves WebAssembly as application/wasm', async () => {
    const res = await get('/tiny.wasm');
    expect(res.headers['content-type']).toBe('application/wasm');
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('/models/none.json')).status).toBe(404);
    expect((await get('/models')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/models/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/models/..%5c..%5csecret.txt',
  ])('refuses the path traversal %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(403);
    expect(res.body.toString()).not.toContain('secret');
  });

  it('refuses an undecodable path and methods other than GET and HEAD', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const post = await get('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
    const head = await get('/sw.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('answers /classroom.json with the LAN addresses and the port', async () => {
    const res = await get('/classroom.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(res.body.toString()) as unknown;
    const lan = lanAddresses();
    const hosts = lan.length > 0 ? lan : ['127.0.0.1'];
    expect(body).toEqual({
      urls: hosts.map((h) => `https://${h}:${server.port}/`),
      port: server.port,
    });
  });

  it('sends the common headers on every response', async () => {
    for (const path of ['/', '/sw.js', '/classroom.json', '/none', '/../secret.txt']) {
      const res = await get(path);
      for (const [name, value] of Object.entries(responseHeaders)) {
        expect(res.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
    }
  });

  it('forbids other sites to frame the app (a meta CSP cannot say frame-ancestors)', async () => {
    for (const path of ['/', '/sw.js', '/none']) {
      const res = await get(path);
      expect(res.headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('isolates the page on every response (SharedArrayBuffer for the threaded WASM backend)', async () => {
    for (const path of ['/', '/sw.js', '/classroom.json', '/none']) {
      const res = await get(path);
      expect(res.headers['cross-origin-opener-policy'], path).toBe('same-origin');
      expect(res.headers['cross-origin-embedder-policy'], path).toBe('require-corp');
    }
  });

  it('reuses its certificate on the next start', async () => {
    const again = await startClassroomServer({ root, certDir: join(dir, 'cert'), port: 0 });
    try {
      expect(again.certificate).toEqual({ ...server.certificate, renewed: false, reason: null });
    } finally {
      await again.close();
    }
  });
});
