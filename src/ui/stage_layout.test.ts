import { describe, expect, it } from 'vitest';
import { StageLayout } from './stage_layout.svelte';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('StageLayout', () => {
  it('starts split and remembers the choice per lab across visits', () => {
    const storage = memoryStorage();
    const first = new StageLayout(storage);
    expect(first.of('style')).toBe('split');
    first.set('style', 'overlay');
    const next = new StageLayout(storage);
    expect(next.of('style')).toBe('overlay');
    expect(next.of('convolution')).toBe('split');
  });

  it.each([['not json'], ['{"style":"sideways"}'], ['null']])(
    'reads a damaged entry %s as split',
    (saved) => {
      const layout = new StageLayout(memoryStorage({ 'convlens.stageLayout': saved }));
      expect(layout.of('style')).toBe('split');
    },
  );
});
