import { describe, expect, it } from 'vitest';
import { wasmThreadsCount } from './wasm_threads';

describe('wasmThreadsCount', () => {
  it.each([
    // [logical cores (navigator.hardwareConcurrency), crossOriginIsolated, threads]
    [2, true, 2],
    [4, true, 4],
    [6, true, 5],
    [8, true, 7],
    [16, true, 8],
    [64, true, 8],
    [1, true, 1],
    [undefined, true, 1],
    [0, true, 1],
    [8, false, 1],
  ])('%s cores, isolated %s: %s threads', (cores, isolated, threads) => {
    expect(wasmThreadsCount(cores, isolated)).toBe(threads);
  });
});
