import { describe, expect, it } from 'vitest';
import { guessBackgroundClass } from './windows_settings';

describe('guessBackgroundClass', () => {
  it.each([
    [['cat', 'background'], 1],
    [['Background', 'mug'], 0],
    [['杯子', '背景'], 1],
    [['mug', 'pen', 'nothing'], 2],
    [['mug', 'pen'], 1], // none named: the last one, as the Transfer flow records the object first
    [['mug'], null],
    [[], null],
  ])('%j -> %s', (labels, want) => {
    expect(guessBackgroundClass(labels)).toBe(want);
  });
});
