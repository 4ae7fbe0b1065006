import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../tests/helpers/memory_storage';
import { StageLayout } from './stage_layout.svelte';

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
