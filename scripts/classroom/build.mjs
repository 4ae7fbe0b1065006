// Rebuilds the app before serving it when its sources are newer than the build, so a teacher
// who pulled an update never serves phones yesterday's app.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a build depends on, relative to the repository root. */
export const buildInputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'models/catalogue.json',
];
// The weights are copied by `npm install` and checked by sha256, and walking them is slow.
const skipped = ['public/models'];

/**
 * The newest file under `path` (a file or a folder), or null when there is none.
 * @param {string} repoRoot
 * @param {string} path relative to repoRoot
 * @returns {{ path: string, mtimeMs: number } | null}
 */
function newest(repoRoot, path) {
  if (skipped.includes(path)) return null;
  let info;
  try {
    info = statSync(join(repoRoot, path));
  } catch {
    return null;
  }
  if (!info.isDirectory()) return { path, mtimeMs: info.mtimeMs };
  let best = null;
  for (const name of readdirSync(join(repoRoot, path))) {
    const found = newest(repoRoot, `${path}/${name}`);
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/**
 * Why `distDir` must be (re)built, or null when its index.html is newer than every input.
 * @param {string} repoRoot
 * @param {string} distDir
 */
export function buildReason(repoRoot, distDir) {
  let built;
  try {
    built = statSync(join(distDir, 'index.html')).mtimeMs;
  } catch {
    return `${relative(repoRoot, join(distDir, 'index.html')) || distDir} is missing`;
  }
  for (const input of buildInputs) {
    const found = newest(repoRoot, input);
    if (found && found.mtimeMs > built) return `${found.path} changed since the last build`;
  }
  return null;
}

/**
 * Runs `vite build` into `distDir`, showing its output; rejects when it fails.
 * @param {string} repoRoot
 * @param {string} distDir
 * @returns {Promise<void>}
 */
export function buildApp(repoRoot, distDir) {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', distDir, '--emptyOutDir'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit code ${code})`)),
    );
  });
}
