import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { selfContainedFactory } from '../../../scripts/build/threaded_wasm_factory.mjs';
import config from '../../../vite.config';

const source = readFileSync(
  createRequire(import.meta.url).resolve(
    '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js',
  ),
  'utf8',
);

/** The text each thread is given: the factory function's own source, as TF.js sends it. */
function threadText(code: string): string {
  const module = { exports: {} as { default?: unknown } };
  new Function('module', 'exports', code)(module, module.exports);
  return String(module.exports);
}

describe('the threaded WASM factory, as threads receive it', () => {
  it('declares _scriptDir itself (TF.js leaves it in the closure the text loses)', () => {
    expect(threadText(source)).not.toMatch(/var _scriptDir\b/);
    expect(threadText(selfContainedFactory(source))).toMatch(/var _scriptDir\b/);
  });

  it('reports the logical cores doubled, so the backend does not halve our thread count', () => {
    expect(threadText(source)).toContain('return navigator["hardwareConcurrency"]}');
    expect(threadText(selfContainedFactory(source))).toContain(
      'return 2*navigator["hardwareConcurrency"]}',
    );
  });

  it('refuses a factory it does not know, rather than build a backend that cannot start', () => {
    expect(() => selfContainedFactory('var x = 1;')).toThrow(/threaded-simd\.js changed/);
  });

  it('is one of the build plugins', () => {
    const names = (config.plugins ?? []).flat().map((p) => (p as { name?: string }).name);
    expect(names).toContain('convlens-threaded-wasm-factory');
  });
});
