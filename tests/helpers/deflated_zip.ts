import { deflateRawSync } from 'node:zlib';
import { crc32, zipArchive } from '../../src/tasks/transfer/zip_archive';

/**
 * A ZIP with one deflated entry whose headers declare `declared` bytes unpacked (a zip bomb may
 * lie): the app's stored archive with the entry's method, sizes and CRC rewritten.
 */
export function deflatedZip(
  name: string,
  content: Uint8Array,
  declared = content.length,
): Uint8Array {
  const packed = deflateRawSync(content);
  const zip = zipArchive([{ name, data: packed }]);
  const view = new DataView(zip.buffer);
  const central = view.getUint32(zip.length - 22 + 16, true);
  for (const [header, method] of [
    [0, 8],
    [central, 10],
  ] as const) {
    view.setUint16(header + method, 8, true);
    view.setUint32(header + method + 6, crc32(content), true);
    view.setUint32(header + method + 14, declared, true);
  }
  return zip;
}
