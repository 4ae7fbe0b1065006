import { locales, translate, type Translator } from '../../i18n/translate';

/**
 * A class still called by its default name in some language ("Class 2", "类别 2") has that name
 * in the UI's language; null for a name the user chose.
 */
export function localisedDefaultName(name: string, i18n: Translator): string | null {
  for (const locale of locales) {
    const [before, after] = translate(locale, 'transfer.classNew', { n: '\u0000' }).split('\u0000');
    if (before === undefined || after === undefined) continue;
    if (!name.startsWith(before) || !name.endsWith(after)) continue;
    const n = name.slice(before.length, name.length - after.length);
    if (/^\d+$/.test(n)) return i18n.t('transfer.classNew', { n: Number(n) });
  }
  return null;
}
