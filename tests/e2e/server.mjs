// Serves the built app (dist/) with `vite preview` on a free port, for end-to-end tests and the bench.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The build the tests serve: dist/, or CONVLENS_DIST (a second build made beside it). */
export const builtDir = process.env.CONVLENS_DIST ?? join(root, 'dist');

/**
 * Starts `vite preview` on dist/ (or another built copy); resolves with its origin and a stop
 * function.
 */
export async function startPreview({ outDir = builtDir } = {}) {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error('dist/ is missing: run "npm run build" first.');
  }
  const port = await freePort();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`vite preview did not start:\n${out}`)),
      30_000,
    );
    const onData = (chunk) => {
      out += chunk;
      if (out.includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`vite preview exited with ${code}:\n${out}`)));
  });
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
