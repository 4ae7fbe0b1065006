/** True for the error a browser throws when a write would exceed the storage quota. */
export function isQuotaExceeded(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'QuotaExceededError' || error.code === 22
    : error instanceof Error && error.name === 'QuotaExceededError';
}
