import { describe, expect, it } from 'vitest';
import { FeatureCache } from './feature_cache';

describe('FeatureCache', () => {
  it('keys by sample and settings, and forgets samples', () => {
    const cache = new FeatureCache();
    const a = [new Float32Array(1)];
    cache.set('s1', { flip: true }, a);
    cache.set('s2', { flip: true }, a);
    expect(cache.get('s1', { flip: true })).toBe(a);
    expect(cache.get('s1', { flip: false })).toBeUndefined();
    cache.forget(['s1']);
    expect(cache.get('s1', { flip: true })).toBeUndefined();
    expect(cache.get('s2', { flip: true })).toBe(a);
  });
});
