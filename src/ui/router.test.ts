import { describe, expect, it } from 'vitest';
import { labFromHash } from './router.svelte';

describe('labFromHash', () => {
  it.each([
    ['#/faces', 'faces'],
    ['#/convolution', 'convolution'],
    ['#detection', 'detection'],
    ['#/style/extra', 'style'],
    ['#/transfer?x=1', 'transfer'],
    ['#/nope', 'landmarks'],
    ['', 'landmarks'],
  ])('%s -> %s', (hash, want) => {
    expect(labFromHash(hash)).toBe(want);
  });
});
