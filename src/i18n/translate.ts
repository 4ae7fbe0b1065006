import { messagesEn, type MessageKey as CatalogueKey, type Messages } from './messages_en';
import { messagesZhCn } from './messages_zh_cn';

export type Locale = 'en' | 'zh-CN';
export const locales: readonly Locale[] = ['en', 'zh-CN'];
export const localeNames: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

const catalogues: Record<Locale, Messages> = { en: messagesEn, 'zh-CN': messagesZhCn };

/** The first of the browser's languages we have, else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Params = Record<string, string | number>;

/**
 * A string with plural forms is stored as `x.one`, `x.other` (the CLDR categories of
 * Intl.PluralRules) and asked for as `x` with a numeric `count`. Chinese uses `other` only.
 */
type PluralKey = CatalogueKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;
export type MessageKey = CatalogueKey | PluralKey;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The catalogue key for `key`: itself, or its plural form for `count` (else `.other`). */
function formOf(locale: Locale, key: MessageKey, count: Params[string] | undefined): CatalogueKey {
  const catalogue = catalogues[locale];
  if (key in catalogue) return key as CatalogueKey;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = `${key}.${typeof count === 'number' ? rules.select(count) : 'other'}`;
  return (form in catalogue ? form : `${key}.other`) as CatalogueKey;
}

/** Looks a key up (its plural form by `params.count`) and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogues[locale][formOf(locale, key, params.count)];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** What a lab needs of the UI language: the current locale and the strings in it. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: Params): string;
}
