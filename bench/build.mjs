// Builds the app into dist/ with the project's own Vite, for `npm run bench` and `npm run soak`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `vite build` in the repository root; throws with Vite's output when it fails. */
export function buildApp() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const out = spawnSync(process.execPath, [vite, 'build'], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`"vite build" failed:\n${out.stdout}\n${out.stderr}`);
}
