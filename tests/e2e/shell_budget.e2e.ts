import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { builtDir } from './server.mjs';

/** gzip kB the page may load before a lab's own chunk, TF.js aside (issue 15, point 8). */
const shellBudgetKb = 150;

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
  dynamicImports?: string[];
}

/**
 * The shell: index.html, its entry chunk and every chunk that one imports statically, with their
 * CSS. Dynamic imports (the labs, the join panel, the bench hooks) load later. The `tfjs` chunk
 * (vite.config.ts) is TF.js itself, left out of the budget.
 */
function shellFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>(['index.html']);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key]!;
    if (chunk.name !== 'tfjs') files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit('index.html');
  return [...files];
}

it(`the shell is at most ${shellBudgetKb} kB gzip, TF.js aside`, () => {
  const read = (file: string) => readFileSync(join(builtDir, file));
  const manifest = JSON.parse(read('.vite/manifest.json').toString()) as Record<
    string,
    ManifestChunk
  >;
  const tfjs = Object.values(manifest).filter((c) => c.name === 'tfjs');
  // The exclusion must name a real chunk: without it, TF.js would sit in the entry uncounted.
  expect(tfjs).toHaveLength(1);

  const sizes = shellFiles(manifest).map((file) => ({
    file,
    gzipKb: gzipSync(read(file), { level: 9 }).length / 1000,
  }));
  const total = sizes.reduce((sum, s) => sum + s.gzipKb, 0);
  console.info(
    sizes.map((s) => `${s.gzipKb.toFixed(1).padStart(7)} kB  ${s.file}`).join('\n') +
      `\n${total.toFixed(1).padStart(7)} kB  shell (gzip), TF.js ` +
      `${(gzipSync(read(tfjs[0]!.file), { level: 9 }).length / 1000).toFixed(1)} kB aside`,
  );
  expect(sizes.map((s) => s.file)).toContain(manifest['index.html']!.file);
  // The bench's hooks (and the models they time) are a dynamic import behind `?bench`.
  expect(manifest['index.html']!.dynamicImports).toContain('src/bench_hooks.ts');
  expect(total).toBeLessThanOrEqual(shellBudgetKb);
});
