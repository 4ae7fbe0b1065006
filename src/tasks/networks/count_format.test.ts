import { describe, expect, it } from 'vitest';
import { approximate, grouped } from './count_format';

describe('count formats', () => {
  it.each([
    [61706, '61,706'],
    [62378344, '62,378,344'],
    [999, '999'],
  ])('groups %i as %s', (n, text) => expect(grouped(n)).toBe(text));

  it.each([
    [120422400, '120.4 M'],
    [12443648, '12.4 M'],
    [2408448, '2.4 M'],
    [61706, '61.7 k'],
    [672, '672'],
  ])('says %i as %s', (n, text) => expect(approximate(n)).toBe(text));
});
