import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../i18n/messages_en';
import { messagesZhCn } from '../../i18n/messages_zh_cn';
import { translate, type Locale } from '../../i18n/translate';
import { cocoLabels, objectClassName } from './coco_labels';
import { yoloFaceLabels } from './yolo_face_detector';

const i18n = (locale: Locale) => ({ locale, t: translate.bind(null, locale) });

describe('object class names', () => {
  it('names the 80 COCO classes and the face in both languages, each once', () => {
    const labels = [...cocoLabels, ...yoloFaceLabels];
    expect(cocoLabels).toHaveLength(80);
    const en = labels.map((l) => objectClassName(i18n('en'), l));
    const zh = labels.map((l) => objectClassName(i18n('zh-CN'), l));
    expect(en).toEqual(labels);
    expect(new Set(zh).size).toBe(81);
    // Chinese names are Chinese, not the English label passed through.
    expect(zh.filter((name) => !/^[\u4e00-\u9fff]+$/.test(name))).toEqual([]);
  });

  it.each([
    ['person', '人'],
    ['traffic light', '交通信号灯'],
    ['cell phone', '手机'],
    ['face', '人脸'],
  ])('%s is %s in Chinese', (label, name) => {
    expect(objectClassName(i18n('zh-CN'), label)).toBe(name);
  });

  it('keeps a label it has no name for (a user-trained class) as it is', () => {
    expect(objectClassName(i18n('zh-CN'), 'my mug')).toBe('my mug');
  });

  it('every class key has an English label among the models’ labels', () => {
    const keys = Object.keys(messagesEn).filter((k) => k.startsWith('class.'));
    expect(keys.map((k) => k.slice('class.'.length)).sort()).toEqual(
      [...cocoLabels, ...yoloFaceLabels].sort(),
    );
    for (const k of keys) expect(messagesZhCn[k as keyof typeof messagesZhCn]).toBeTruthy();
  });
});
