import { describe, expect, it } from 'vitest';
import { fieldValue } from './number_field';

describe('fieldValue', () => {
  it.each<[string, string, { min: number; max: number; integer?: boolean }, number, number]>([
    ['a value in range', '3', { min: 1, max: 8, integer: true }, 1, 3],
    ['rounds whole numbers', '2.6', { min: 1, max: 8, integer: true }, 1, 3],
    ['keeps decimals otherwise', '0.0035', { min: 0, max: 10 }, 1, 0.0035],
    ['clamps above', '40', { min: 0, max: 32, integer: true }, 2, 32],
    ['clamps below', '-1', { min: 1, max: 8 }, 2, 1],
    ['empty keeps the last value', '', { min: 1, max: 8 }, 5, 5],
    ['junk keeps the last value', 'abc', { min: 1, max: 8 }, 5, 5],
    ['exponent notation', '1e-4', { min: 0.00001, max: 10 }, 1, 0.0001],
  ])('%s: %s -> %s', (_, raw, range, previous, want) => {
    expect(fieldValue(raw, range, previous)).toBe(want);
  });
});
