import { describe, expect, it } from 'vitest';
import { mediaErrorReason } from './media_error_reason';

describe('mediaErrorReason', () => {
  it.each([
    [1, '', 'loading was aborted'],
    [2, '', 'the file could not be read'],
    [3, '', 'the file is corrupt or uses a codec this browser cannot decode'],
    [4, 'DEMUXER_ERROR', 'this browser cannot play this file format (DEMUXER_ERROR)'],
    [9, '', 'media error 9'],
  ])('code %d, message %j', (code, message, reason) => {
    expect(mediaErrorReason({ code, message })).toBe(reason);
  });
});
