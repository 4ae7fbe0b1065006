import { describe, expect, it } from 'vitest';
import { labFromHash, Router } from './router.svelte';

describe('labFromHash', () => {
  it.each([
    ['#/faces', 'faces'],
    ['#/convolution', 'convolution'],
    ['#detection', 'detection'],
    ['#/style/extra', 'style'],
    ['#/transfer?x=1', 'transfer'],
    ['#/networks', 'networks'],
    // The start page: no lab named, or one that does not exist.
    ['#/nope', null],
    ['#/', null],
    ['#', null],
    ['', null],
  ])('%s -> %s', (hash, want) => {
    expect(labFromHash(hash)).toBe(want);
  });
});

describe('Router', () => {
  it('follows the hash: the start page, a lab, the start page again', () => {
    const listeners = new Set<() => void>();
    const win = {
      location: { hash: '' },
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    };
    const router = new Router(win as unknown as Window);
    expect(router.lab).toBeNull();
    for (const [hash, want] of [
      ['#/style', 'style'],
      ['#/', null],
    ] as const) {
      win.location.hash = hash;
      listeners.forEach((f) => f());
      expect(router.lab).toBe(want);
    }
    router.dispose();
    expect(listeners.size).toBe(0);
  });
});
