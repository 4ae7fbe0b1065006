/** The live network's sizes (longer side, px): 256 keeps small subjects' shapes, 128 is ~3x cheaper. */
export type LiveSize = 128 | 256;

/** Live style starts at 256 px on every backend and keeps it while it holds this rate. */
export const liveMinFps = 8;

/** Frames at 256 px before their rate decides (the first may include the network's warm-up). */
export const liveSettleFrames = 10;

/**
 * Whether live style should drop from 256 to 128 px, and the rate that says so: when, after
 * `liveSettleFrames` frames, the median frame time gives under 8 fps. The median, not the loop's
 * fps, so one slow warm-up frame or a slow camera does not decide. Null: keep the size.
 */
export function liveSizeDrop(
  size: number,
  stats: { processed: number; totalMs: number } | null,
): { size: 128; fps: number } | null {
  if (size !== 256 || !stats || stats.processed < liveSettleFrames || stats.totalMs <= 0) {
    return null;
  }
  const fps = 1000 / stats.totalMs;
  return fps < liveMinFps ? { size: 128, fps } : null;
}
