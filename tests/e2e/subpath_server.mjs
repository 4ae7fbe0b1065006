// Serves a built copy of the app (dist/) under a sub-path, e.g. http://127.0.0.1:PORT/convlens/,
// the way a static host such as GitHub Pages serves a project site. Nothing is served outside the
// prefix: every such request gets a 404 and its path is recorded, so a test can fail on any URL
// that escapes the sub-path (a root-absolute "/sw.js" or "/models/...").
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { normalize } from 'node:path';
import { contentType, resolveRequest } from '../../scripts/classroom/static_files.mjs';
import { builtDir } from './server.mjs';

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
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
    // The classroom server's mapping, applied to the part of the path after the prefix.
    const found =
      (req.method === 'GET' || req.method === 'HEAD') && path.startsWith(prefix)
        ? resolveRequest(root, `/${path.slice(prefix.length)}`)
        : null;
    const file = found && 'file' in found && isFile(found.file) ? found.file : null;
    if (!file) {
      notFound.push(path);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`404: ${path}\n`);
      return;
    }
    res.writeHead(200, {
      'content-type': contentType(file),
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
