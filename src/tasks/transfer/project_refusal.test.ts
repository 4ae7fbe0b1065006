import { describe, expect, it } from 'vitest';
import {
  locales,
  translate,
  type Locale,
  type MessageKey,
  type Params,
} from '../../i18n/translate';
import { importProject } from './project_io';
import { projectRefusal, projectRefusalText } from './project_refusal';

const translator = (locale: Locale) => ({
  locale,
  t: (key: MessageKey, params?: Params) => translate(locale, key, params),
});
const bytes = (text: string) => new TextEncoder().encode(text);

/** The refusal the import notice keeps for these picked files. */
async function refusalOf(files: { name: string; data: Uint8Array }[]) {
  const picked = files.map((f) => new File([f.data as BlobPart], f.name));
  try {
    await importProject(picked, () => 'id');
  } catch (e) {
    return projectRefusal(e);
  }
  throw new Error('the project was read');
}

describe('a refused project, worded for the reader', () => {
  it('is kept as a code with the names of the files picked, not as English', async () => {
    const refusal = await refusalOf([{ name: 'random.zip', data: new Uint8Array(64).fill(7) }]);
    expect(refusal).toEqual({ code: 'notZip', params: {}, files: ['random.zip'] });
  });

  it.each([
    ['en', 'The file is not a ZIP archive'],
    ['zh-CN', '该文件不是 ZIP 压缩包'],
  ] as const)('in %s names the file and the problem', async (locale, reason) => {
    const refusal = (await refusalOf([{ name: 'a.zip', data: new Uint8Array(64) }]))!;
    const text = projectRefusalText(translator(locale), refusal);
    expect(text.startsWith('"a.zip"')).toBe(true);
    expect(text).toContain(reason);
  });

  it('fills every placeholder of a metadata refusal in both languages', async () => {
    const metadata = JSON.stringify({ format: 'convlens-transfer-project', version: 99 });
    const refusal = (await refusalOf([{ name: 'metadata.json', data: bytes(metadata) }]))!;
    expect(refusal.code).toBe('version');
    for (const locale of locales) {
      const text = projectRefusalText(translator(locale), refusal);
      expect(text).toContain('99');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('is null for an error that is not a refusal, so the notice keeps its message', () => {
    expect(projectRefusal(new Error('disk'))).toBeNull();
  });
});
