// The weights under public/models are the ones the catalogue describes (scripts/copy-models.mjs).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/models/catalogue';
import { publicModelsDir } from '../../../src/core/models/node_model_files';

const files = catalogue.flatMap((entry) => entry.files.map((file) => [file.to, file] as const));

describe('public/models', () => {
  it('exists (run "node scripts/copy-models.mjs" or "npm install" to create it)', () => {
    expect(existsSync(publicModelsDir), `${publicModelsDir} is missing`).toBe(true);
  });

  it.each(files)('%s has the catalogue size and sha256', (to, file) => {
    const path = join(publicModelsDir, to);
    expect(existsSync(path), `${path} is missing: run "node scripts/copy-models.mjs"`).toBe(true);
    const bytes = readFileSync(path);
    expect(bytes.byteLength).toBe(file.size);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
  });
});
