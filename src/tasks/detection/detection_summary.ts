import type { Translator } from '../../i18n/translate';
import { objectClassName } from './coco_labels';
import type { Detection } from './detection_result';
import { detectionText } from './detection_text';

/** A short spoken summary, the classes in the UI's language: "Found: face 0.97, cat 0.50." */
export function detectionSummary(
  detections: readonly Detection[] | null,
  i18n: Translator,
): string {
  if (!detections || detections.length === 0) return i18n.t('detection.summaryNone');
  const list = detections
    .slice(0, 5)
    .map((d) => detectionText(d, (label) => objectClassName(i18n, label)))
    .join(', ');
  return i18n.t('detection.summary', { list });
}

export function yoloSummary(result: { detections: Detection[] } | null, i18n: Translator): string {
  return detectionSummary(result?.detections ?? null, i18n);
}
