import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from './quota_error';

describe('isQuotaExceeded', () => {
  it.each([
    { error: new DOMException('full', 'QuotaExceededError'), quota: true },
    { error: Object.assign(new Error('full'), { name: 'QuotaExceededError' }), quota: true },
    { error: new DOMException('gone', 'NotFoundError'), quota: false },
    { error: new Error('other'), quota: false },
    { error: 'QuotaExceededError', quota: false },
  ])('$error -> $quota', ({ error, quota }) => {
    expect(isQuotaExceeded(error)).toBe(quota);
  });
});
