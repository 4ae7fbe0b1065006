// When `npm run classroom` rebuilds the app before serving it.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReason } from '../../../scripts/classroom/build.mjs';

let repo: string;
const dist = () => join(repo, 'dist');

/** Writes `path` (relative to the repo) with the modification time `minutes` after t0. */
function touch(path: string, minutes: number) {
  const file = join(repo, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  const t = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
  utimesSync(file, t, t);
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'convlens-build-'));
  for (const input of [
    'src/main.ts',
    'src/ui/deep/panel.svelte',
    'public/icons/icon.png',
    'index.html',
    'vite.config.ts',
    'models/catalogue.json',
  ]) {
    touch(input, 0);
  }
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('buildReason', () => {
  it('builds when there is no build', () => {
    expect(buildReason(repo, dist())).toBe('dist/index.html is missing');
  });

  it('does not build when the build is newer than every input', () => {
    touch('dist/index.html', 10);
    expect(buildReason(repo, dist())).toBeNull();
  });

  it.each([
    'src/ui/deep/panel.svelte',
    'public/sw-extra.txt',
    'index.html',
    'vite.config.ts',
    'models/catalogue.json',
  ])('builds when %s is newer than the build', (input) => {
    touch('dist/index.html', 10);
    touch(input, 20);
    expect(buildReason(repo, dist())).toBe(`${input} changed since the last build`);
  });

  it('ignores the model weights (copied by npm install) and files outside the inputs', () => {
    touch('dist/index.html', 10);
    touch('public/models/human/blazeface.json', 20);
    touch('README.md', 20);
    touch('tests/unit/x.test.ts', 20);
    expect(buildReason(repo, dist())).toBeNull();
  });
});
