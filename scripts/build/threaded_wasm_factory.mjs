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
