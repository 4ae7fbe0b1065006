import { env } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, describe, expect, it } from 'vitest';
import { useBundledWasm } from './wasm_paths';

describe('useBundledWasm', () => {
  afterEach(() => env().reset());

  it('keeps a worker on the single-threaded binary (threads cannot start inside it)', () => {
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    useBundledWasm(true);
    expect(env().get('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(false);
  });

  it('leaves the page free to take the threaded binary', () => {
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
    useBundledWasm(false);
    expect(env().get('WASM_HAS_MULTITHREAD_SUPPORT')).toBe(true);
  });
});
