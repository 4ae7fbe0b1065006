/**
 * The 68-point layout (iBUG 300-W, as face-api's net outputs it), 0-based, as image-side
 * ranges: the subject's right is on the left of a picture facing the camera.
 */
export const face68Parts = [
  { part: 'jaw', from: 0, to: 16, closed: false },
  { part: 'rightBrow', from: 17, to: 21, closed: false },
  { part: 'leftBrow', from: 22, to: 26, closed: false },
  { part: 'noseBridge', from: 27, to: 30, closed: false },
  { part: 'noseBase', from: 31, to: 35, closed: false },
  { part: 'rightEye', from: 36, to: 41, closed: true },
  { part: 'leftEye', from: 42, to: 47, closed: true },
  { part: 'outerLips', from: 48, to: 59, closed: true },
  { part: 'innerLips', from: 60, to: 67, closed: true },
] as const;

export type Face68Part = (typeof face68Parts)[number]['part'];

/** The part a point index belongs to. */
export function face68PartOf(index: number): Face68Part {
  const found = face68Parts.find((p) => index >= p.from && index <= p.to);
  if (!found) throw new RangeError(`A 68-point index runs from 0 to 67, got ${index}.`);
  return found.part;
}
