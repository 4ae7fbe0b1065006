import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../i18n/translate';
import { recordingContext } from '../../render/recording_context';
import { squareLetterbox } from '../../vision/letterbox';
import { objectClassName } from './coco_labels';
import type { CocoResult } from './detection_result';
import { detectionSummary } from './detection_summary';
import { drawCoco } from './draw_coco';
import { detectionText } from './detection_text';

const i18n = (locale: Locale) => ({ locale, t: translate.bind(null, locale) });
const zh = i18n('zh-CN');
const inChinese = (label: string) => objectClassName(zh, label);
const cup = {
  box: { x1: 10, y1: 40, x2: 200, y2: 220 },
  score: 0.874,
  classIndex: 41,
  label: 'cup',
};

describe('a detection in the reader’s language', () => {
  it.each([
    ['as is', undefined, 'cup 0.87'],
    ['in Chinese', inChinese, '杯子 0.87'],
  ])('its text %s', (_name, name, text) => {
    expect(detectionText(cup, name)).toBe(text);
  });

  it('the COCO overlay writes the class in Chinese', () => {
    const result = {
      mode: 'coco',
      frame: { width: 320, height: 240 },
      letterbox: squareLetterbox(320, 240, 512),
      candidates: [cup],
      detections: [cup],
    } as unknown as CocoResult;
    const { ctx, of } = recordingContext();
    drawCoco(
      ctx,
      result,
      { width: 320, height: 240, mirror: false },
      { beforeNms: false, classFilter: null },
      inChinese,
    );
    expect(of('fillText').map((c) => c.args[0])).toEqual(['杯子 0.87']);
  });

  it('the spoken summary names the classes in Chinese', () => {
    expect(detectionSummary([cup, { ...cup, label: 'face', score: 0.97 }], zh)).toContain(
      '杯子 0.87, 人脸 0.97',
    );
    expect(detectionSummary([cup], i18n('en'))).toContain('cup 0.87');
  });
});
