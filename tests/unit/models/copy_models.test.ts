// scripts/copy-models.mjs, run on a throwaway tree with a toy package in node_modules.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/copy-models.mjs', import.meta.url);
const weights = Buffer.from('toy weights');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let root: string;
const toyWeights = () => join(root, 'node_modules/toy-pkg/w/toy.bin');
const copied = () => join(root, 'public/models/toy/toy.bin');

/** Runs the script from another folder, as npm may. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/copy-models.mjs'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'copy-models-'));
  mkdirSync(join(root, 'scripts'));
  copyFileSync(script, join(root, 'scripts/copy-models.mjs'));
  mkdirSync(join(root, 'node_modules/toy-pkg/w'), { recursive: true });
  writeFileSync(join(root, 'node_modules/toy-pkg/package.json'), '{"version":"1.2.3"}');
  writeFileSync(toyWeights(), weights);
  mkdirSync(join(root, 'models'));
  const file = {
    from: 'w/toy.bin',
    to: 'toy/toy.bin',
    size: weights.length,
    sha256: sha256(weights),
  };
  const catalogue = {
    models: [{ id: 'toy', package: 'toy-pkg', version: '1.2.3', files: [file] }],
  };
  writeFileSync(join(root, 'models/catalogue.json'), JSON.stringify(catalogue));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('copy-models.mjs', () => {
  it('copies, verifies and then skips files already in place', () => {
    expect(run()).toEqual({
      status: 0,
      out:
        'copy-models: 1 files (1 models, 0.0 MB) verified in public/models; ' +
        '1 copied, 0 already up to date.\n',
    });
    expect(readFileSync(copied())).toEqual(weights);
    expect(run().out).toContain('0 copied, 1 already up to date.');
  });

  it('replaces a damaged copy', () => {
    run();
    writeFileSync(copied(), 'damaged');
    expect(run().out).toContain('1 copied, 0 already up to date.');
    expect(readFileSync(copied())).toEqual(weights);
  });

  it('fails naming the file, both hashes and the fix when the package differs', () => {
    writeFileSync(toyWeights(), 'other weights');
    const { status, out } = run();
    expect(status).toBe(1);
    expect(out).toContain(
      `copy-models: node_modules/toy-pkg/w/toy.bin does not match the catalogue (model "toy"): ` +
        `sha256 ${sha256(Buffer.from('other weights'))} (13 bytes), ` +
        `expected ${sha256(weights)} (11 bytes). Fix: reinstall toy-pkg@1.2.3: npm ci`,
    );
  });

  it('fails naming a missing source and the fix', () => {
    rmSync(toyWeights());
    expect(run()).toEqual({
      status: 1,
      out:
        'copy-models: missing source node_modules/toy-pkg/w/toy.bin for model "toy". ' +
        'Fix: reinstall toy-pkg@1.2.3: npm ci\n',
    });
  });

  it('--update takes size, sha256 and version from node_modules', () => {
    const newWeights = Buffer.from('retrained weights');
    writeFileSync(toyWeights(), newWeights);
    writeFileSync(join(root, 'node_modules/toy-pkg/package.json'), '{"version":"2.0.0"}');
    expect(run('--update').status).toBe(0);
    const [model] = JSON.parse(readFileSync(join(root, 'models/catalogue.json'), 'utf8')).models;
    expect(model.version).toBe('2.0.0');
    expect(model.files[0]).toMatchObject({ size: newWeights.length, sha256: sha256(newWeights) });
    expect(readFileSync(copied())).toEqual(newWeights);
  });
});
