import * as tf from '@tensorflow/tfjs-core';
import { CanvasFrame, ScratchCanvas } from './canvas_frame';
import { PlanesFrame, readVideoFrame } from './planes_frame';
import { rangeScale, type OpenedFrame, type ReadOptions } from './read_options';

export interface ReaderComparison {
  /** The camera frame's pixel format (VideoFrame.format), or null where it cannot be read. */
  format: string | null;
  /**
   * Mean |planes - canvas| in levels of 0-255 for each of `comparedReads`: a 192 px letterbox, a
   * turned face-sized 192 px crop, the frame stretched to 320x240, a 416 px letterbox
   * (Detection's), a mirrored 224 px centre square (Transfer's), and two reads in a model's
   * range: the turned crop in [0, 1] (the face mesh's) and a 256 px letterbox in [-1, 1]
   * (BlazeFace's, its bars -1), and a 192 px letterbox in whole int32 values (MoveNet's).
   */
  meanAbsDiff: number[];
  /** Median ms of opening one frame and reading one 192 px crop of it, each way. */
  planesMs: number;
  canvasMs: number;
}

/** The reads compared, for a width x height frame. */
export function comparedReads(width: number, height: number): ReadOptions[] {
  const square = (n: number) => ({ width: n, height: n });
  const side = Math.min(width, height);
  return [
    { outputSize: square(192), keepAspect: true },
    {
      outputSize: square(192),
      roi: { cx: width / 2, cy: height / 2, width: height / 2, height: height / 2, angle: 0.4 },
    },
    { outputSize: { width: 320, height: 240 }, border: 'replicate' },
    { outputSize: square(416), keepAspect: true },
    {
      outputSize: square(224),
      roi: { cx: width / 2, cy: height / 2, width: side, height: side },
      border: 'replicate',
      flipHorizontally: true,
    },
    {
      outputSize: square(192),
      roi: { cx: width / 2, cy: height / 2, width: height / 2, height: height / 2, angle: 0.4 },
      range: [0, 1],
    },
    { outputSize: square(256), keepAspect: true, range: [-1, 1] },
    { outputSize: square(192), keepAspect: true, dtype: 'int32' },
  ];
}

/**
 * Checks the planes path against the canvas one on the video's current frame (the bench and an
 * end-to-end test): both must give the models the same picture. Each timed run waits for a new
 * video frame, so no run reuses a decoded frame.
 */
export async function compareReaders(
  video: HTMLVideoElement,
  runs: number,
): Promise<ReaderComparison> {
  const { videoWidth: width, videoHeight: height } = video;
  const reads = comparedReads(width, height);
  const canvas = new ScratchCanvas();
  const nextFrame = () =>
    new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
  const drawn = () => new CanvasFrame(video, width, height, canvas);
  const planes = async () => {
    const p = await readVideoFrame(video, width, height);
    return p && new PlanesFrame(p);
  };

  await nextFrame();
  const first = await planes();
  if (!first) return { format: null, meanAbsDiff: [], planesMs: NaN, canvasMs: NaN };
  const picture = drawn();
  const diff = (options: ReadOptions) =>
    tf.tidy(
      () =>
        tf
          .mean(
            tf.abs(
              tf.sub(
                tf.cast(first.read(options).tensor, 'float32'),
                tf.cast(picture.read(options).tensor, 'float32'),
              ),
            ),
          )
          .dataSync()[0]! / rangeScale(options.range).scale,
    );
  const meanAbsDiff = reads.map(diff);
  const format = (await readVideoFrame(video, width, height))?.format ?? null;
  first.dispose();
  picture.dispose();

  const time = async (open: () => Promise<OpenedFrame | null> | OpenedFrame) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      await nextFrame();
      const t0 = performance.now();
      const frame = (await open())!;
      const t = frame.read(reads[1]!).tensor;
      await t.data();
      ms.push(performance.now() - t0);
      t.dispose();
      frame.dispose();
    }
    return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  };
  const planesMs = await time(planes);
  const canvasMs = await time(drawn);
  canvas.dispose();
  return { format, meanAbsDiff, planesMs, canvasMs };
}
