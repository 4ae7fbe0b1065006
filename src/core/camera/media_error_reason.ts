/** MediaError.code values; the constants are not on Node's globals. */
const REASON_BY_CODE: Record<number, string> = {
  1: 'loading was aborted',
  2: 'the file could not be read',
  3: 'the file is corrupt or uses a codec this browser cannot decode',
  4: 'this browser cannot play this file format',
};

/** A sentence for the UI, with the browser's own detail in parentheses when it gives one. */
export function mediaErrorReason(error: Pick<MediaError, 'code' | 'message'>): string {
  const reason = REASON_BY_CODE[error.code] ?? `media error ${error.code}`;
  return error.message ? `${reason} (${error.message})` : reason;
}
