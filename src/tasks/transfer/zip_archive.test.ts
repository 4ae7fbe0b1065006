import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflatedZip } from '../../../tests/helpers/deflated_zip';
import { crc32, dosDateTime, maxUnzippedBytes, unzipArchive, zipArchive } from './zip_archive';

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

  it.each([
    // 2026-12-04 17:55:24 -> year 46, month 12, day 4; 17 h, 55 min, 24 s / 2.
    [new Date(2026, 11, 4, 17, 55, 24), (46 << 9) | (12 << 5) | 4, (17 << 11) | (55 << 5) | 12],
    [new Date(1980, 0, 1, 0, 0, 0), (1 << 5) | 1, 0],
    [new Date(1970, 0, 1), (1 << 5) | 1, 0],
  ])('dosDateTime(%s)', (when, date, time) => {
    expect(dosDateTime(when)).toEqual({ date, time });
  });

  it('dates every entry: Python reads back the time it was written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convlens-zip-'));
    const file = join(dir, 'dated.zip');
    writeFileSync(file, zipArchive(entries, new Date(2026, 11, 4, 17, 55, 24)));
    const stamps = execFileSync('python3', [
      '-c',
      'import sys,zipfile; print(";".join(str(i.date_time) for i in zipfile.ZipFile(sys.argv[1]).infolist()))',
      file,
    ]).toString();
    expect(stamps.trim().split(';')).toEqual(Array(3).fill('(2026, 12, 4, 17, 55, 24)'));
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

  it('reads a deflated entry within the limit', async () => {
    const content = new Uint8Array(3000).fill(7);
    const [entry] = await unzipArchive(deflatedZip('w.bin', content), 3000);
    expect(entry!.data).toEqual(content);
  });

  it('refuses an archive that declares more than the limit unpacked, before inflating', async () => {
    const zip = deflatedZip('w.bin', new Uint8Array(10), 250 * 1024 * 1024);
    await expect(unzipArchive(zip)).rejects.toThrow(
      'The ZIP archive would unpack to more than 200 MB ("w.bin" alone declares 250 MB)',
    );
  });

  it('stops inflating a zip bomb that lies about its size as soon as it passes the limit', async () => {
    // 4 MB of zeros deflate to 4 kB; the headers claim 1,000 bytes.
    const zip = deflatedZip('bomb.bin', new Uint8Array(4 * 1024 * 1024), 1000);
    expect(zip.length).toBeLessThan(10_000);
    await expect(unzipArchive(zip, 1024 * 1024)).rejects.toThrow(
      '"bomb.bin" in the ZIP archive unpacks to more than 1 MB',
    );
  });

  it('counts every entry toward one total', async () => {
    const data = new Uint8Array(600);
    const zip = zipArchive([
      { name: 'a.bin', data },
      { name: 'b.bin', data },
    ]);
    await expect(unzipArchive(zip, 1000)).rejects.toThrow('more than');
    expect(maxUnzippedBytes).toBe(200 * 1024 * 1024);
  });
});
