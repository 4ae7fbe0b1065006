// Serves a built copy of the app (dist/) under a sub-path, e.g. http://127.0.0.1:PORT/convlens/,
// the way a static host such as GitHub Pages serves a project site. Nothing is served outside the
// prefix: every such request gets a 404 and its path is recorded, so a test can fail on any URL
// that escapes the sub-path (a root-absolute "/sw.js" or "/models/...").
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { builtDir } from './server.mjs';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `dir` that `rest` (the path after the prefix, still URL-encoded) names, or null. */
function fileFor(dir, rest) {
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const file = normalize(join(dir, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts a static server of `dir` (default: the build the tests use) under `prefix` on a free
 * port; resolves with the origin, the page's base URL (origin + prefix), the paths that got a 404
 * (in request order) and a stop function.
 */
export async function startSubpathServer({ dir = builtDir, prefix = '/convlens/' } = {}) {
  const root = normalize(dir);
  const notFound = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0];
    const file =
      (req.method === 'GET' || req.method === 'HEAD') && path.startsWith(prefix)
        ? fileFor(root, path.slice(prefix.length) || '/')
        : null;
    if (!file) {
      notFound.push(path);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`404: ${path}\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base: origin + prefix,
    notFound,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
