import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  loaderWithoutBlobs,
  MODULE_FILE,
  selfContainedFactory,
  threadFiles,
  WORKER_FILE,
} from '../../../scripts/build/threaded_wasm_factory.mjs';
import config, { contentSecurityPolicy } from '../../../vite.config';

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

describe('the threads start from our files, not blob: URLs (issue 17, CSP unchanged)', () => {
  const loader = readFileSync(
    createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/backend_wasm.js'),
    'utf8',
  );

  it('points TF.js loader at the two files and leaves no blob: for the threads', () => {
    expect(loader).toContain('URL.createObjectURL(blob)');
    const patched = loaderWithoutBlobs(loader);
    expect(patched).not.toContain('URL.createObjectURL');
    expect(patched).not.toContain('new Blob(');
    expect(patched).toContain(`new URL("${WORKER_FILE}".toString(), import.meta.url).href`);
    expect(patched).toContain(
      `mainScriptUrlOrBlob = new URL("${MODULE_FILE}".toString(), import.meta.url).href`,
    );
  });

  it('emits the worker TF.js would have made and the module each thread imports', () => {
    const files = threadFiles();
    expect(files[WORKER_FILE]).toContain('importScripts(e.data.urlOrBlob)');
    expect(() => new Function(files[WORKER_FILE]!)).not.toThrow(); // valid script, as in a blob
    expect(files[MODULE_FILE]).toMatch(/^\s*var WasmBackendModuleThreadedSimd = /);
  });

  it('refuses a loader it does not know', () => {
    expect(() => loaderWithoutBlobs('var x = 1;')).toThrow(/backend_wasm\.js changed/);
  });

  it('has a CSP with no blob: for workers or scripts', () => {
    const directives = contentSecurityPolicy.split('; ');
    expect(directives).toContain("worker-src 'self'");
    expect(directives).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const names = (config.plugins ?? []).flat().map((p) => (p as { name?: string }).name);
    expect(names).toContain('convlens-threaded-wasm-files');
  });
});
