import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../i18n/translate';
import { localisedDefaultName } from './default_class_name';

const i18n = (locale: Locale) => ({ locale, t: translate.bind(null, locale) });

describe('localisedDefaultName', () => {
  it.each([
    ['zh-CN', 'Class 1', '类别 1'],
    ['zh-CN', 'Class 12', '类别 12'],
    ['en', '类别 2', 'Class 2'],
    ['en', 'Class 3', 'Class 3'],
    ['zh-CN', 'fruit', null],
    ['zh-CN', 'Class one', null],
    ['zh-CN', 'My Class 1', null],
    ['en', '类别 ', null],
  ] as const)('%s: %j -> %j', (locale, name, want) => {
    expect(localisedDefaultName(name, i18n(locale))).toBe(want);
  });
});
