import type { Plugin } from 'vite';

/** The threaded WASM factory's source with `_scriptDir` declared inside it and the logical cores doubled. */
export function selfContainedFactory(code: string): string;
/** Vite plugin: applies selfContainedFactory to tfjs-backend-wasm-threaded-simd.js. */
export function threadedWasmFactory(): Plugin;
