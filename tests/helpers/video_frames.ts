import * as tf from '@tensorflow/tfjs-core';
import { execFileSync } from 'node:child_process';
import { TensorFrame } from '../../src/core/pixels/tensor_frame';
import { fixturePath } from './fixture_image';

/**
 * Every frame of a fixture video, decoded by ffmpeg (installed by `npm run test:setup`), as
 * opened frames (the tensor path, RGB 0-255); the caller disposes each.
 */
export function videoFrames(name: string): TensorFrame[] {
  const path = fixturePath(name);
  const [width, height] = execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height',
    '-of',
    'csv=p=0',
    path,
  ])
    .toString()
    .trim()
    .split(',')
    .map(Number) as [number, number];
  const raw = execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { maxBuffer: 1 << 28 },
  );
  const size = width * height * 3;
  if (raw.length === 0 || raw.length % size !== 0) {
    throw new Error(
      `${name}: ffmpeg gave ${raw.length} bytes, not whole ${width}x${height} frames.`,
    );
  }
  const frames: TensorFrame[] = [];
  for (let at = 0; at < raw.length; at += size) {
    const pixels = Float32Array.from(raw.subarray(at, at + size));
    frames.push(new TensorFrame(tf.tensor3d(pixels, [height, width, 3])));
  }
  return frames;
}
