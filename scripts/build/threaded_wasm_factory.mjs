// The threaded WASM backend sends its module factory to each thread as source text
// (`factory.toString()` in a blob: worker). The factory reads `_scriptDir` from the closure
// around it, which the text leaves behind, and the minifier turns the guarded read
// (`typeof _scriptDir !== "undefined" && _scriptDir`) into a bare one: every thread then dies
// with "e is not defined" and the backend never starts. Declaring `_scriptDir` inside the
// factory makes the text complete (it is undefined in a worker, as the guard expected).
//
// The backend also caps its threads at half the logical cores (tfjs-backend-wasm cc/backend.cc:
// `num_cores = emscripten_num_logical_cores() / 2`, assuming two hardware threads a core), which
// gives 1 thread on a 2-core laptop whatever setThreadsCount asks. Our own rule
// (src/core/backend/wasm_threads.ts) counts logical cores already, so the factory reports them
// doubled and the count we set is the one used.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FACTORY = /tfjs-backend-wasm[\\/]wasm-out[\\/]tfjs-backend-wasm-threaded-simd\.js$/;
const OPENING =
  'function(WasmBackendModuleThreadedSimd) {\n  WasmBackendModuleThreadedSimd = WasmBackendModuleThreadedSimd || {};\n';
const OWN_SCRIPT_DIR =
  "var _scriptDir = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : undefined;\n";

const LOGICAL_CORES = 'return navigator["hardwareConcurrency"]}';
const LOGICAL_CORES_DOUBLED = 'return 2*navigator["hardwareConcurrency"]}';

/**
 * The factory's source with `_scriptDir` declared inside it and the logical cores reported
 * doubled; throws if TF.js changed either place.
 */
export function selfContainedFactory(code) {
  if (!code.includes(OPENING) || code.split(LOGICAL_CORES).length !== 2) {
    throw new Error('tfjs-backend-wasm-threaded-simd.js changed: update threaded_wasm_factory.mjs');
  }
  return code
    .replace(OPENING, OPENING + OWN_SCRIPT_DIR)
    .replace(LOGICAL_CORES, LOGICAL_CORES_DOUBLED);
}

/** @returns {import('vite').Plugin} */
export function threadedWasmFactory() {
  return {
    name: 'convlens-threaded-wasm-factory',
    enforce: 'pre',
    transform(code, id) {
      return FACTORY.test(id) ? { code: selfContainedFactory(code), map: null } : null;
    },
  };
}

// The threads' scripts as files of our own origin instead of blob: URLs (issue 17, "CSP
// unchanged"): TF.js's loader (dist/backend_wasm.js) makes the pthread worker from its
// `wasmWorkerContents` string and the module each thread imports from `factory.toString()`, both
// as blob: URLs, which the CSP would have to allow in worker-src and script-src. The build emits
// both next to the TF.js chunk, and the loader is pointed at them (the service worker precaches
// them with the other assets).
export const WORKER_FILE = 'tfjs-backend-wasm-threaded-simd.worker.js';
export const MODULE_FILE = 'tfjs-backend-wasm-threaded-simd.module.js';
const LOADER = /tfjs-backend-wasm[\\/]dist[\\/]backend_wasm\.js$/;
const WORKER_BLOB = `const response = wasmWorkerContents.replace(/\\n/g, '\\\\n');
                const blob = new Blob([response], { type: 'application/javascript' });
                return URL.createObjectURL(blob);`;
const MODULE_BLOB = `factoryConfig.mainScriptUrlOrBlob = new Blob([\`var WasmBackendModuleThreadedSimd = \` +
                    wasmFactoryThreadedSimd.toString()], { type: 'text/javascript' });`;

/** TF.js's loader pointed at the two files; throws if TF.js changed either place. */
export function loaderWithoutBlobs(code) {
  if (code.split(WORKER_BLOB).length !== 2 || code.split(MODULE_BLOB).length !== 2) {
    throw new Error(
      'tfjs-backend-wasm/dist/backend_wasm.js changed: update threaded_wasm_factory.mjs',
    );
  }
  // Not a bare literal: Vite would try to resolve new URL('literal', import.meta.url) itself.
  const url = (file) => `new URL(${JSON.stringify(file)}.toString(), import.meta.url).href`;
  return code
    .replace(WORKER_BLOB, `return ${url(WORKER_FILE)};`)
    .replace(MODULE_BLOB, `factoryConfig.mainScriptUrlOrBlob = ${url(MODULE_FILE)};`);
}

/** The two files' text: the worker as TF.js would have made it, the module as published. */
export function threadFiles() {
  const require = createRequire(import.meta.url);
  const {
    wasmWorkerContents,
  } = require('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js');
  const module = readFileSync(
    require.resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js'),
    'utf8',
  );
  // As TF.js does: the string's newlines stand for the escapes `\n` in the worker's source.
  return { [WORKER_FILE]: wasmWorkerContents.replace(/\n/g, '\\n'), [MODULE_FILE]: module };
}

/** @returns {import('vite').Plugin} */
export function threadedWasmFiles() {
  return {
    name: 'convlens-threaded-wasm-files',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return LOADER.test(id) ? { code: loaderWithoutBlobs(code), map: null } : null;
    },
    generateBundle(_options, bundle) {
      // Beside the chunk that holds TF.js's loader, which resolves them from import.meta.url.
      const chunk = Object.values(bundle).find(
        (c) => c.type === 'chunk' && Object.keys(c.modules).some((id) => LOADER.test(id)),
      );
      if (!chunk) throw new Error('No chunk holds tfjs-backend-wasm/dist/backend_wasm.js.');
      const dir = chunk.fileName.includes('/') ? chunk.fileName.replace(/[^/]*$/, '') : '';
      for (const [name, source] of Object.entries(threadFiles())) {
        this.emitFile({ type: 'asset', fileName: dir + name, source });
      }
    },
  };
}
