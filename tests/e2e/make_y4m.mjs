// Makes the fake-camera files Chromium reads (--use-file-for-fake-video-capture) from real
// fixture photos, with ffmpeg. They are large, so they are made at test time, never committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(root, 'tests', '.cache');

/** Runs ffmpeg on a fixture photo, scaled to fit and padded to width x height; reuses the output. */
function encode(fixture, width, height, suffix, args) {
  const src = join(root, 'tests', 'fixtures', fixture);
  const out = join(cacheDir, `${fixture.replace(/\.\w+$/, '')}-${width}x${height}${suffix}`);
  if (existsSync(out) && statSync(out).mtimeMs > statSync(src).mtimeMs) return out;
  mkdirSync(cacheDir, { recursive: true });
  const fit = `scale=${width}:${height}:force_original_aspect_ratio=decrease`;
  const pad = `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2`;
  execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-y', '-loop', '1', '-i', src, '-vf', `${fit},${pad}`, ...args, out],
    { stdio: 'inherit' },
  );
  return out;
}

/**
 * A looping still video of one fixture photo at the given size (even dimensions, padded to keep
 * the photo's aspect ratio), for Chromium's fake camera. Returns the .y4m path.
 */
export function makeY4m(fixture, { width = 640, height = 400, fps = 10, seconds = 2 } = {}) {
  const args = ['-r', String(fps), '-t', String(seconds), '-pix_fmt', 'yuv420p'];
  return encode(fixture, width, height, `-${fps}fps.y4m`, args);
}

/** A short looping VP8 .webm of one fixture photo, for the video-file source. */
export function makeWebm(fixture, { width = 640, height = 480, seconds = 2 } = {}) {
  const args = [
    '-r',
    '10',
    '-t',
    String(seconds),
    '-c:v',
    'libvpx',
    '-b:v',
    '1M',
    '-pix_fmt',
    'yuv420p',
  ];
  return encode(fixture, width, height, '.webm', args);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(makeY4m(process.argv[2] ?? 'messi5.jpg'));
}
