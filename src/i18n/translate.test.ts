import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages_en';
import { messagesZhCn } from './messages_zh_cn';
import { pickLocale, translate } from './translate';

describe('pickLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['en-GB'], 'en'],
    [['fr-FR', 'zh'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('%j -> %s', (langs, want) => {
    expect(pickLocale(langs)).toBe(want);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'source.badFile', { file: 'a.mp4', reason: 'not a video' })).toBe(
      'Could not open "a.mp4": not a video',
    );
    expect(translate('zh-CN', 'body.summary', { count: 3, score: '0.50' })).toContain('3');
  });

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'source.live', { label: 'cam' })).toBe('Live: cam ({width}x{height})');
  });

  it('Chinese has every key, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(messagesEn) as (keyof typeof messagesEn)[]) {
      const en = messagesEn[key].match(/\{\w+\}/g)?.sort() ?? [];
      const zh = messagesZhCn[key].match(/\{\w+\}/g)?.sort() ?? [];
      expect(messagesZhCn[key].length, key).toBeGreaterThan(0);
      expect(zh, key).toEqual(en);
    }
  });
});

describe('plurals', () => {
  it.each([
    ['en', 0, '0 shots'],
    ['en', 1, '1 shot'],
    ['en', 2, '2 shots'],
    ['zh-CN', 1, '1 张'],
    ['zh-CN', 2, '2 张'],
  ] as const)('%s, count %d: %s', (locale, count, want) => {
    expect(translate(locale, 'faces.shots', { count })).toBe(want);
  });

  it.each([
    ['en', 1, 'One box, nothing to sort.'],
    ['en', 3, 'Sorted 3 boxes by score.'],
    ['zh-CN', 3, '已按得分为 3 个边界框排序。'],
  ] as const)('the NMS step-through, %s, %d boxes: %s', (locale, count, want) => {
    expect(translate(locale, 'detection.stepNone', { count })).toContain(want);
  });

  it('every English plural key has its `.other`, and `.one` where English needs it', () => {
    const keys = Object.keys(messagesEn);
    const bases = keys.filter((k) => /\.(one|other)$/.test(k)).map((k) => k.replace(/\.\w+$/, ''));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases)
      expect(keys, base).toEqual(expect.arrayContaining([`${base}.one`, `${base}.other`]));
  });
});
