/**
 * Why a picked photo or video could not be opened, as a code the UI words in the reader's
 * language (`source.problem.<code>`); `detail` carries the browser's own words or the file's type.
 */
export type FileProblem =
  /** Zero bytes. */
  | 'empty'
  /** Its type is not image/*. */
  | 'not-image'
  /** Its type is not video/*. */
  | 'not-video'
  /** A JPEG or PNG whose end is missing (a cut-short copy or download). */
  | 'truncated'
  /** The browser could not decode it as a picture. */
  | 'undecodable-image'
  /** A picture's address could not be fetched. */
  | 'unloadable-image'
  /** MediaError 1-4, and a video that failed without one. */
  | 'video-aborted'
  | 'video-unreadable'
  | 'video-undecodable'
  | 'video-unsupported'
  | 'video-unplayable';

export interface FileFault {
  problem: FileProblem;
  detail?: string;
}

const JPEG_START = [0xff, 0xd8, 0xff];
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_END = [0xff, 0xd9];
const PNG_END = [0x49, 0x45, 0x4e, 0x44]; // the IEND chunk's type
/** A camera's trailer after the picture (maker notes, a motion photo's video) is read whole. */
const TAIL_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, marker: number[]): boolean {
  outer: for (let i = bytes.length - marker.length; i >= 0; i--) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when `blob` is a JPEG with no end-of-image marker or a PNG with no IEND chunk. Chromium
 * decodes such a file without an error, painting the missing part grey, so it is caught here.
 * Other formats, and files that are not JPEG or PNG at all, are left to the decoder.
 */
export async function isTruncatedImage(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  const end = startsWith(head, JPEG_START)
    ? JPEG_END
    : startsWith(head, PNG_START)
      ? PNG_END
      : null;
  if (!end) return false;
  const tail = new Uint8Array(await blob.slice(Math.max(0, blob.size - TAIL_BYTES)).arrayBuffer());
  if (contains(tail, end)) return false;
  if (blob.size <= TAIL_BYTES) return true;
  return !contains(new Uint8Array(await blob.arrayBuffer()), end);
}

/** MediaError.code values; the constants are not on Node's globals. */
const VIDEO_PROBLEM: Record<number, FileProblem> = {
  1: 'video-aborted',
  2: 'video-unreadable',
  3: 'video-undecodable',
  4: 'video-unsupported',
};

/** The problem a video element's MediaError stands for, with the browser's detail if it gives one. */
export function mediaErrorFault(error: Pick<MediaError, 'code' | 'message'> | null): FileFault {
  const problem = (error && VIDEO_PROBLEM[error.code]) ?? 'video-unplayable';
  return error?.message ? { problem, detail: error.message } : { problem };
}
