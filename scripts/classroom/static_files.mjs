// Maps a request path onto a file of the built app, refusing anything outside it.
import { extname, resolve, sep } from 'node:path';

/** Content types of the files a Vite build of ConvLens contains. */
export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Without it, WebAssembly.instantiateStreaming refuses TF.js's WASM backend.
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

/** @param {string} path */
export function contentType(path) {
  return (
    /** @type {Record<string, string>} */ (contentTypes)[extname(path).toLowerCase()] ??
    'application/octet-stream'
  );
}

/**
 * The file under `root` that a request's URL names, or why it is refused: 'bad' for an undecodable
 * path, 'forbidden' for one that tries to leave `root`. The raw path is checked, not a WHATWG URL,
 * because URL parsing would quietly fold "/a/../../x" into "/x" and hide the attempt.
 * @param {string} root absolute
 * @param {string} url the request's URL ("/models/x.json?v=1")
 * @returns {{ file: string } | { refused: 'bad' | 'forbidden' }}
 */
export function resolveRequest(root, url) {
  const rawPath = url.split(/[?#]/, 1)[0] ?? '';
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { refused: 'bad' };
  }
  if (!path.startsWith('/') || path.includes('\0')) return { refused: 'bad' };
  if (path.split(/[/\\]/).includes('..')) return { refused: 'forbidden' };
  const base = resolve(root);
  const file = resolve(base, '.' + (path.endsWith('/') ? path + 'index.html' : path));
  if (file !== base && !file.startsWith(base + sep)) return { refused: 'forbidden' };
  return { file };
}
