import { messagesEn, type MessageKey, type Messages } from './messages_en';
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

/** Looks a key up and fills its `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export { type MessageKey };

/** What a lab needs of the UI language: the current locale and the strings in it. */
export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: Params): string;
}
