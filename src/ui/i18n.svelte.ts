import {
  localeNames,
  locales,
  translate,
  type Locale,
  type MessageKey,
  type Params,
  type Translator,
} from '../i18n/translate';

/** The UI language; components call `i18n.t(key)` and re-render when the locale changes. */
export class I18n implements Translator {
  #locale = $state<Locale>('en');

  constructor(initial: Locale) {
    this.#locale = initial;
  }

  get locale(): Locale {
    return this.#locale;
  }

  set locale(value: Locale) {
    this.#locale = value;
  }

  readonly locales = locales;
  readonly names = localeNames;

  t = (key: MessageKey, params?: Params): string => translate(this.#locale, key, params);
}
