import type { BodyKeypointName } from '../../src/tasks/body/body_keypoints';

/**
 * Hand-checked regions on messi5.jpg (548x342 px), see tests/fixtures/README.md.
 * "left" is the player's own left, which is on the right of the picture.
 */
export const messiSize = { width: 548, height: 342 };

export const messiRegions: { name: BodyKeypointName; x: [number, number]; y: [number, number] }[] =
  [
    { name: 'nose', x: [215, 262], y: [80, 128] },
    { name: 'left_shoulder', x: [265, 310], y: [105, 150] },
    { name: 'right_shoulder', x: [150, 200], y: [100, 145] },
    { name: 'left_hip', x: [270, 330], y: [210, 260] },
    { name: 'right_hip', x: [215, 265], y: [215, 265] },
  ];

/**
 * The same regions in a frame of `width` x `height` made by ffmpeg's
 * scale (force_original_aspect_ratio=decrease) + centred pad, as tests/e2e/make_y4m.mjs does.
 */
export function messiRegionsIn(width: number, height: number) {
  const s = Math.min(width / messiSize.width, height / messiSize.height);
  const padX = (width - messiSize.width * s) / 2;
  const padY = (height - messiSize.height * s) / 2;
  return messiRegions.map((r) => ({
    name: r.name,
    x: [r.x[0] * s + padX, r.x[1] * s + padX] as [number, number],
    y: [r.y[0] * s + padY, r.y[1] * s + padY] as [number, number],
  }));
}
