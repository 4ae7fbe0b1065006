import { describe, expect, it } from 'vitest';
import { contentType, resolveRequest } from '../../../scripts/classroom/static_files.mjs';

const root = '/srv/app';

describe('resolveRequest', () => {
  it.each([
    ['/', '/srv/app/index.html'],
    ['/index.html?v=2', '/srv/app/index.html'],
    ['/models/human/blazeface.json', '/srv/app/models/human/blazeface.json'],
    ['/assets/a%20b.js#x', '/srv/app/assets/a b.js'],
    ['/icons/', '/srv/app/icons/index.html'],
    ['/a..b.txt', '/srv/app/a..b.txt'],
  ])('%s -> %s', (url, file) => {
    expect(resolveRequest(root, url)).toEqual({ file });
  });

  it.each([
    '/../etc/passwd',
    '/models/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/..%2fetc%2fpasswd',
    '/models/..%5c..%5cetc',
    '/..',
  ])('refuses %s', (url) => {
    expect(resolveRequest(root, url)).toEqual({ refused: 'forbidden' });
  });

  it.each(['/%E0%A4%A', '/a%00b', 'index.html', '//etc/passwd/%'])('rejects %s', (url) => {
    expect(resolveRequest(root, url)).toEqual({ refused: 'bad' });
  });
});

describe('contentType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/tfjs-backend-wasm-simd.wasm', 'application/wasm'],
    ['models/human/blazeface.json', 'application/json; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['icons/icon-192.PNG', 'image/png'],
    ['fixtures/photo.jpg', 'image/jpeg'],
    ['models/face-api/tiny_face_detector_model.bin', 'application/octet-stream'],
    ['favicon.svg', 'image/svg+xml'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentType(path)).toBe(type);
  });
});
