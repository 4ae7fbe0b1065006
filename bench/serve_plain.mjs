// Serves the built app with no headers at all, as a static host without header control would:
// the page is not cross-origin isolated, so the WASM backend runs on one thread. The bench's
// single-threaded rows are measured here, beside the isolated rows from `vite preview`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { contentType, resolveRequest } from '../scripts/classroom/static_files.mjs';

/** Starts the server on `root` on a free port; resolves with its origin and a stop function. */
export async function startPlainServer(root) {
  const server = createServer((req, res) => {
    const target = resolveRequest(root, req.url ?? '/');
    if ('refused' in target) return void res.writeHead(403).end();
    stat(target.file).then(
      (info) => {
        if (!info.isFile()) return void res.writeHead(404).end();
        res.writeHead(200, { 'Content-Type': contentType(target.file) });
        createReadStream(target.file).pipe(res);
      },
      () => void res.writeHead(404).end(),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
