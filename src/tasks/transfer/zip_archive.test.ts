import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, unzipArchive, zipArchive } from './zip_archive';

const entries = [
  { name: 'metadata.json', data: new TextEncoder().encode('{"labels":["书","apple"]}') },
  { name: 'samples/0000.jpg', data: Uint8Array.from([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]) },
  { name: 'empty.bin', data: new Uint8Array(0) },
];

describe('zip archive', () => {
  it.each([
    { text: '', crc: 0 },
    { text: 'a', crc: 0xe8b7be43 },
    { text: '123456789', crc: 0xcbf43926 },
  ])('CRC-32 of "$text" is $crc', ({ text, crc }) => {
    expect(crc32(new TextEncoder().encode(text))).toBe(crc);
  });

  it('round-trips its entries', async () => {
    expect(await unzipArchive(zipArchive(entries))).toEqual(entries);
  });

  it('writes a ZIP that unzip lists and reads one that zip deflated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convlens-zip-'));
    const mine = join(dir, 'mine.zip');
    writeFileSync(mine, zipArchive(entries));
    // Python's zipfile: an independent reader and a deflating writer.
    const listed = execFileSync('python3', [
      '-c',
      'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); print(",".join(z.namelist()))',
      mine,
    ]).toString();
    expect(listed.trim()).toBe('metadata.json,samples/0000.jpg,empty.bin');
    const deflated = join(dir, 'deflated.zip');
    execFileSync('python3', [
      '-c',
      'import sys,zipfile\nwith zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED) as z:\n  z.writestr("a/model.json", "{}" * 500)',
      deflated,
    ]);
    const [entry] = await unzipArchive(new Uint8Array(readFileSync(deflated)));
    expect(entry!.name).toBe('a/model.json');
    expect(new TextDecoder().decode(entry!.data)).toBe('{}'.repeat(500));
  });

  it.each([
    {
      name: 'not a ZIP',
      bytes: new TextEncoder().encode('{"format":"x"}'),
      message: 'is not a ZIP',
    },
    {
      name: 'a corrupted entry',
      bytes: (() => {
        const zip = zipArchive(entries);
        const at = 30 + 'metadata.json'.length + 2;
        zip[at] = zip[at]! ^ 0xff;
        return zip;
      })(),
      message: '"metadata.json" in the ZIP archive is damaged (its CRC-32 does not match)',
    },
    {
      name: 'a cut archive',
      bytes: zipArchive(entries).slice(20),
      message: 'damaged',
    },
  ])('rejects $name', async ({ bytes, message }) => {
    await expect(unzipArchive(bytes)).rejects.toThrow(message);
  });
});
