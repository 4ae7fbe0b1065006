import { describe, expect, it } from 'vitest';
import { isTruncatedImage, mediaErrorFault } from './file_problem';

const jpeg = (...body: number[]) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...body])]);
const pngHead = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const iend = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

describe('isTruncatedImage', () => {
  it.each<[string, Blob, boolean]>([
    ['a JPEG ending in its end-of-image marker', jpeg(1, 2, 0xff, 0xd9), false],
    ['a JPEG with a trailer after the marker', jpeg(1, 0xff, 0xd9, 7, 7, 7), false],
    ['a JPEG cut short', jpeg(1, 2, 3, 0xff), true],
    [
      'a PNG with its IEND chunk',
      new Blob([new Uint8Array([...pngHead, 0, 0, 0, 0, ...iend])]),
      false,
    ],
    ['a PNG cut short', new Blob([new Uint8Array([...pngHead, 0, 0, 0, 13, 0x49, 0x48])]), true],
    ['text (left to the decoder)', new Blob(['this is not a JPEG at all']), false],
    ['an empty blob', new Blob([]), false],
  ])('%s: %s', async (_name, blob, truncated) => {
    expect(await isTruncatedImage(blob)).toBe(truncated);
  });

  it('finds the marker before a long trailer (a motion photo carries a video after the picture)', async () => {
    const trailer = new Uint8Array(200 * 1024).fill(7);
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]), trailer]);
    expect(await isTruncatedImage(blob)).toBe(false);
    expect(await isTruncatedImage(new Blob([new Uint8Array([0xff, 0xd8, 0xff]), trailer]))).toBe(
      true,
    );
  });
});

describe('mediaErrorFault', () => {
  it.each([
    [1, '', { problem: 'video-aborted' }],
    [2, '', { problem: 'video-unreadable' }],
    [3, '', { problem: 'video-undecodable' }],
    [4, 'DEMUXER_ERROR', { problem: 'video-unsupported', detail: 'DEMUXER_ERROR' }],
    [9, '', { problem: 'video-unplayable' }],
  ])('code %d, message %j', (code, message, fault) => {
    expect(mediaErrorFault({ code, message })).toEqual(fault);
  });

  it('a failure with no MediaError', () => {
    expect(mediaErrorFault(null)).toEqual({ problem: 'video-unplayable' });
  });
});
