import type { Translator } from '../../i18n/translate';
import type { Detection } from './detection_result';

/** A short spoken summary: "Found: face 0.97, cat 0.50." */
export function detectionSummary(
  detections: readonly Detection[] | null,
  i18n: Translator,
): string {
  if (!detections || detections.length === 0) return i18n.t('detection.summaryNone');
  const list = detections
    .slice(0, 5)
    .map((d) => `${d.label} ${d.score.toFixed(2)}`)
    .join(', ');
  return i18n.t('detection.summary', { list });
}

export function yoloSummary(result: { detections: Detection[] } | null, i18n: Translator): string {
  return detectionSummary(result?.detections ?? null, i18n);
}
