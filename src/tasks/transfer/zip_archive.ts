/** One file of an archive: its path inside the archive and its bytes. */
export interface ArchiveEntry {
  name: string;
  data: Uint8Array;
}

/** Why an archive could not be read, as a code the UI words (`transfer.importReason.<code>`). */
export const archiveErrorCodes = [
  'notZip',
  'directoryCut',
  'damagedAt',
  'cutShort',
  'tooLarge',
  'method',
  'crc',
  'inflatesTooLarge',
  'notInflating',
] as const;
export type ArchiveErrorCode = (typeof archiveErrorCodes)[number];

/**
 * Why an archive could not be read: `code` and `params` (file names, sizes in MB) for the reader's
 * language, the English `message` for logs.
 */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
  constructor(
    readonly code: ArchiveErrorCode,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309, the one ZIP uses). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * MS-DOS date and time (APPNOTE 4.4.6), local time, 2-second resolution, years 1980-2107. All
 * zeros would be day 0 of month 0, which unzip tools show as an invalid date.
 */
export function dosDateTime(when: Date): { date: number; time: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
  };
}

/**
 * A ZIP archive (PKWARE APPNOTE 6.3) with every entry stored uncompressed: the JPEGs and float
 * weights inside hardly compress, and any unzip tool (or the OS file manager) opens it. Every
 * entry carries `modified` as its date.
 */
export function zipArchive(
  entries: readonly ArchiveEntry[],
  modified: Date = new Date(),
): Uint8Array {
  const stamp = dosDateTime(modified);
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const path = encoder.encode(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + path.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true); // local file header
    lv.setUint16(4, 20, true); // version needed: 2.0
    lv.setUint16(6, 0x0800, true); // names in UTF-8
    lv.setUint16(8, 0, true); // method 0: stored
    lv.setUint16(10, stamp.time, true);
    lv.setUint16(12, stamp.date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, path.length, true);
    local.set(path, 30);
    const central = new Uint8Array(46 + path.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true); // central directory header
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(12, stamp.time, true);
    cv.setUint16(14, stamp.date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, path.length, true);
    cv.setUint32(42, offset, true);
    central.set(path, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true); // end of central directory
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The most an archive may unpack to, all entries together. A project of a few hundred JPEGs
 * and a small head is a few MB; a 6 MB zip bomb inflates to gigabytes of heap.
 */
export const maxUnzippedBytes = 200 * 1024 * 1024;

const mb = (n: number): number => Math.round(n / (1024 * 1024));
const megabytes = (n: number): string => `${mb(n)} MB`;

/**
 * Reads a ZIP archive's files from its central directory: stored entries, and deflated ones
 * (as an unzip-and-zip-again by an OS tool makes) through DecompressionStream. Checks each CRC,
 * and refuses to unpack more than `limit` bytes in all: by the sizes the headers declare, and
 * while inflating, since the headers may lie.
 */
export async function unzipArchive(
  bytes: Uint8Array,
  limit: number = maxUnzippedBytes,
): Promise<ArchiveEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0)
    throw new ArchiveError(
      'notZip',
      {},
      'The file is not a ZIP archive (no end of central directory).',
    );
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ArchiveEntry[] = [];
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ArchiveError(
        'directoryCut',
        {},
        'The ZIP archive is damaged (its central directory is cut short).',
      );
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      throw new ArchiveError(
        'damagedAt',
        { file: name },
        `The ZIP archive is damaged at "${name}".`,
      );
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + packed > bytes.length)
      throw new ArchiveError(
        'cutShort',
        { file: name },
        `The ZIP archive is cut short inside "${name}".`,
      );
    if (unpacked + Math.max(declared, method === 0 ? packed : 0) > limit)
      throw new ArchiveError(
        'tooLarge',
        { file: name, limitMb: mb(limit), declaredMb: mb(declared) },
        `The ZIP archive would unpack to more than ${megabytes(limit)} ("${name}" alone declares ${megabytes(declared)}); a ConvLens project is far smaller, so it is not read.`,
      );
    const raw = bytes.subarray(start, start + packed);
    let data: Uint8Array;
    if (method === 0) data = raw.slice();
    else if (method === 8) data = await inflateRaw(raw, name, limit - unpacked, limit);
    else
      throw new ArchiveError(
        'method',
        { file: name, method },
        `"${name}" in the ZIP archive uses compression method ${method}; only stored and deflated files can be read.`,
      );
    if (crc32(data) !== crc)
      throw new ArchiveError(
        'crc',
        { file: name },
        `"${name}" in the ZIP archive is damaged (its CRC-32 does not match).`,
      );
    unpacked += data.length;
    entries.push({ name, data });
  }
  return entries;
}

/** Inflates `raw`, stopping as soon as it passes `budget` bytes (what is left of `limit`). */
async function inflateRaw(
  raw: Uint8Array,
  name: string,
  budget: number,
  limit: number,
): Promise<Uint8Array> {
  const reader = new Blob([raw.slice()])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > budget) {
        void reader.cancel();
        throw new ArchiveError(
          'inflatesTooLarge',
          { file: name, limitMb: mb(limit) },
          `"${name}" in the ZIP archive unpacks to more than ${megabytes(limit)} with the files before it; a ConvLens project is far smaller, so it is not read.`,
        );
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(
      'notInflating',
      { file: name },
      `"${name}" in the ZIP archive is damaged (it does not inflate).`,
    );
  }
  const data = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return data;
}
