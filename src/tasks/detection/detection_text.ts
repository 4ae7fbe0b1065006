import type { Detection } from './detection_result';

/** A class label as the reader sees it (objectClassName in the UI's language); as is by default. */
export type ClassName = (label: string) => string;

export const labelAsIs: ClassName = (label) => label;

/** The text beside a box: the class's name and its score, "cup 0.87" / "杯子 0.87". */
export function detectionText(
  d: Pick<Detection, 'label' | 'score'>,
  name: ClassName = labelAsIs,
): string {
  return `${name(d.label)} ${d.score.toFixed(2)}`;
}
