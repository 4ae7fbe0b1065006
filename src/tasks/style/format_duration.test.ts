import { describe, expect, it } from 'vitest';
import { formatDuration } from './format_duration';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [0.2, '0:01'],
    [59, '0:59'],
    [61.5, '1:02'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-1, '–'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%s s -> %s', (seconds, want) => {
    expect(formatDuration(seconds)).toBe(want);
  });
});
