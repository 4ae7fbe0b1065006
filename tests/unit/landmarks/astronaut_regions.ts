/**
 * Hand-checked regions on astronaut-320.jpg (320x320 px, skimage's astronaut.png scaled down),
 * read off the photo: see tests/fixtures/README.md. "Right" is the subject's own right, which is
 * on the left of the picture.
 */
export const astronautSize = { width: 320, height: 320 };

export type Region = { x: [number, number]; y: [number, number] };

export const astronautRegions = {
  face: { x: [100, 180], y: [30, 120] },
  rightEye: { x: [115, 137], y: [55, 72] },
  leftEye: { x: [143, 165], y: [55, 72] },
  noseTip: { x: [131, 149], y: [70, 88] },
  mouth: { x: [120, 160], y: [82, 100] },
} satisfies Record<string, Region>;

export function inRegion(p: { x: number; y: number }, r: Region): boolean {
  return p.x >= r.x[0] && p.x <= r.x[1] && p.y >= r.y[0] && p.y <= r.y[1];
}
