import { describe, expect, it } from 'vitest';
import { BackendMemory, deviceFingerprint, type RememberedPick } from './backend_memory';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
}

const pick: RememberedPick = {
  backend: 'wasm',
  candidates: [
    { backend: 'webgl', medianMs: 412, error: null },
    { backend: 'wasm', medianMs: 95, error: null },
  ],
  measuredAt: Date.UTC(2026, 11, 6),
};

describe('deviceFingerprint', () => {
  it('differs by browser, cores and GPU', () => {
    const nav = { userAgent: 'Chrome/131', hardwareConcurrency: 8 };
    const base = deviceFingerprint(nav, 'ANGLE (Apple M1)');
    expect(deviceFingerprint({ ...nav, userAgent: 'Chrome/132' }, 'ANGLE (Apple M1)')).not.toBe(
      base,
    );
    expect(deviceFingerprint({ ...nav, hardwareConcurrency: 4 }, 'ANGLE (Apple M1)')).not.toBe(
      base,
    );
    expect(deviceFingerprint(nav, 'SwiftShader')).not.toBe(base);
    expect(deviceFingerprint(nav, 'ANGLE (Apple M1)')).toBe(base);
  });
});

describe('BackendMemory', () => {
  it('remembers a pick per lab and device, across instances', () => {
    const storage = new MemoryStorage();
    new BackendMemory(storage, 'phone').set('detection', pick);
    expect(new BackendMemory(storage, 'phone').get('detection')).toEqual(pick);
    expect(new BackendMemory(storage, 'phone').get('faces')).toBeNull();
    expect(new BackendMemory(storage, 'laptop').get('detection')).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an object', '42'],
    ['an unknown backend', JSON.stringify({ 'phone#detection': { ...pick, backend: 'metal' } })],
    ['no date', JSON.stringify({ 'phone#detection': { ...pick, measuredAt: 'today' } })],
  ])('ignores a stored value that is %s', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem('convlens.backendPicks.v1', raw);
    expect(new BackendMemory(storage, 'phone').get('detection')).toBeNull();
  });

  it('keeps working when storage refuses to save', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const memory = new BackendMemory(storage, 'phone');
    expect(() => memory.set('detection', pick)).not.toThrow();
    expect(memory.get('detection')).toBeNull();
  });
});
