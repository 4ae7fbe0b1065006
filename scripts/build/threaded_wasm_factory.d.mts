import type { Plugin } from 'vite';

/** The threaded WASM factory's source with `_scriptDir` declared inside it and the logical cores doubled. */
export function selfContainedFactory(code: string): string;
/** Vite plugin: applies selfContainedFactory to tfjs-backend-wasm-threaded-simd.js. */
export function threadedWasmFactory(): Plugin;
/** The two files the threads start from, emitted beside the TF.js chunk. */
export const WORKER_FILE: string;
export const MODULE_FILE: string;
/** TF.js's loader pointed at the two files instead of blob: URLs. */
export function loaderWithoutBlobs(code: string): string;
/** The two files' names and text. */
export function threadFiles(): Record<string, string>;
/** Vite plugin (build only): rewrites the loader and emits the two files. */
export function threadedWasmFiles(): Plugin;
