import { describe, expect, it } from 'vitest';
import { requestedThreads, wasmThreadsCount } from './wasm_threads';

describe('wasmThreadsCount', () => {
  it.each([
    // [logical cores (navigator.hardwareConcurrency), crossOriginIsolated, threads]
    [2, true, 1],
    [3, true, 2],
    [4, true, 3],
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

  it.each([
    // [cores, isolated, requested, threads]
    [2, true, 2, 2],
    [8, true, 1, 1],
    [2, false, 4, 1],
  ])('%s cores, isolated %s, ?threads=%s: %s threads', (cores, isolated, requested, threads) => {
    expect(wasmThreadsCount(cores, isolated, requested)).toBe(threads);
  });
});

describe('requestedThreads', () => {
  it.each([
    ['?threads=2', 2],
    ['?backend=wasm&threads=8&bench', 8],
    ['?threads=9', null],
    ['?threads=0', null],
    ['?threads=-1', null],
    ['?threads=2.5', null],
    ['?threads=x', null],
    ['?threads=', null],
    ['?backend=wasm', null],
    ['', null],
  ])('%s -> %s', (search, threads) => {
    expect(requestedThreads(search)).toBe(threads);
  });
});
