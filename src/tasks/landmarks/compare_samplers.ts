import * as tf from '@tensorflow/tfjs-core';
import type { RotatedCrop } from '../../vision/rotate_crop';
import {
  CanvasFrameSampler,
  letterboxCrop,
  PlanesFrameSampler,
  type FrameSampler,
} from './frame_sampler';
import { readVideoFrame } from './read_video_frame';

export interface SamplerComparison {
  /** The camera frame's pixel format (VideoFrame.format), or null where it cannot be read. */
  format: string | null;
  /**
   * Mean |planes - canvas| for a letterbox and a turned face-sized crop (both 192 px) and the
   * whole frame resized to 320x240.
   */
  meanAbsDiff: number[];
  /** Median ms of reading one frame and one 192 px crop of it, each way. */
  planesMs: number;
  canvasMs: number;
}

/**
 * Checks the planes sampler against the canvas one on the video's current frame (the bench and
 * an end-to-end test): both must give the models the same picture. Each timed run waits for a
 * new video frame, so no run reuses a decoded frame.
 */
export async function compareSamplers(
  video: HTMLVideoElement,
  runs: number,
): Promise<SamplerComparison> {
  const { videoWidth: width, videoHeight: height } = video;
  const crops: RotatedCrop[] = [
    letterboxCrop(width, height, 192),
    { cx: width / 2, cy: height / 2, size: height / 2, angle: 0.4, outputSize: 192 },
  ];
  const canvas = new OffscreenCanvas(1, 1);
  const nextFrame = () =>
    new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
  const drawnSampler = () => new CanvasFrameSampler(video, width, height, canvas);
  const planesSampler = async () => {
    const planes = await readVideoFrame(video, width, height);
    return planes && new PlanesFrameSampler(planes);
  };

  await nextFrame();
  const planes = await planesSampler();
  if (!planes) return { format: null, meanAbsDiff: [], planesMs: NaN, canvasMs: NaN };
  const drawn = drawnSampler();
  const diff = (a: tf.Tensor3D, b: tf.Tensor3D) =>
    tf.tidy(() => tf.mean(tf.abs(tf.sub(a, b))).dataSync()[0]!);
  const meanAbsDiff = [
    ...crops.map((crop) => diff(planes.crop(crop), drawn.crop(crop))),
    diff(planes.resize(320, 240), drawn.resize(320, 240)),
  ];
  const format = (await readVideoFrame(video, width, height))?.format ?? null;
  planes.dispose();
  drawn.dispose();

  const time = async (make: () => Promise<FrameSampler | null> | FrameSampler) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      await nextFrame();
      const t0 = performance.now();
      const sampler = (await make())!;
      const t = sampler.crop(crops[1]!);
      await t.data();
      ms.push(performance.now() - t0);
      t.dispose();
      sampler.dispose();
    }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  };
  const planesMs = await time(planesSampler);
  const canvasMs = await time(drawnSampler);
  return { format, meanAbsDiff, planesMs, canvasMs };
}
