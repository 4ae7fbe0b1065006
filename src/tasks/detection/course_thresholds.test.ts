import { describe, expect, it } from 'vitest';
import { locales, translate, type Locale } from '../../i18n/translate';
import { defaultCocoOptions } from './coco_detector';
import { courseThresholds, thresholdNote } from './course_thresholds';
import { defaultYoloFaceOptions } from './yolo_face_detector';

const translator = (locale: Locale) => ({
  locale,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params),
});

// The modes keep their models' own thresholds, and say so beside the sliders with the course's.
describe('thresholds: the course’s values and each mode’s defaults', () => {
  it("the course's exercise: score 0.6, IoU 0.5", () => {
    expect(courseThresholds).toEqual({ scoreThreshold: 0.6, iouThreshold: 0.5 });
  });

  it.each([
    { mode: 'yolo', defaults: defaultYoloFaceOptions, score: 0.5, iou: 0.4 },
    { mode: 'coco', defaults: defaultCocoOptions, score: 0.3, iou: 0.4 },
  ] as const)('$mode defaults to score $score, IoU $iou', ({ defaults, score, iou }) => {
    expect(defaults).toMatchObject({ scoreThreshold: score, iouThreshold: iou });
  });

  it.each(
    locales.flatMap((locale) =>
      (['yolo', 'coco'] as const).map((mode) => ({
        locale,
        mode,
        defaults: mode === 'yolo' ? defaultYoloFaceOptions : defaultCocoOptions,
      })),
    ),
  )('$locale $mode note names the course’s 0.6 / 0.5 and its own values', (c) => {
    const note = thresholdNote(c.mode, c.defaults, translator(c.locale));
    const numbers = note.match(/\d+\.\d+/g);
    expect(numbers?.slice(0, 4)).toEqual([
      '0.6',
      '0.5',
      String(c.defaults.scoreThreshold),
      String(c.defaults.iouThreshold),
    ]);
    expect(note).not.toMatch(/\{\w+\}/);
  });
});
