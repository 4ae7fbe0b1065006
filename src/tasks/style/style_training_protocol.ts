import type { StyleNetFile } from './style_net_file';

/**
 * The messages between the Style lab and its training worker (style_training.worker.ts).
 * Pictures travel as RGBA pixels (ImageData or the same shape), their buffers transferred.
 */
export interface RgbaImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8ClampedArray;
}

export interface StartTraining {
  type: 'start';
  /** Absolute URL of the app's models/ folder (a worker resolves relative URLs from its script). */
  modelsUrl: string;
  /** The style picture S (any size; its centre square is used). */
  style: RgbaImage;
  /** The training photos, at least one (random square crops of them are the inputs y_c). */
  photos: RgbaImage[];
  /** Adam steps to run, one photo crop per step. */
  steps: number;
  /** Side of the square training crops in pixels, a multiple of 4. */
  size: number;
  /** Post a preview of f_W(photo 1) every this many steps (and at the end). */
  previewEvery: number;
  /** Seed of the initial weights and of the crops. */
  seed: number;
}

export type ToTrainingWorker = StartTraining | { type: 'stop' };

/** A picture from the worker as ImageData, for a canvas (no copy). */
export function toImageData(p: RgbaImage): ImageData {
  return new ImageData(p.data as Uint8ClampedArray<ArrayBuffer>, p.width, p.height);
}

/**
 * The start message for a run, with the list of buffers to transfer: the pictures are copied, so
 * the originals stay with the page for another run while the copies move to the worker.
 */
export function startTraining(
  run: Omit<StartTraining, 'type' | 'style' | 'photos'>,
  style: RgbaImage,
  photos: readonly RgbaImage[],
): { message: StartTraining; transfer: ArrayBuffer[] } {
  const copy = (p: RgbaImage): RgbaImage => ({
    width: p.width,
    height: p.height,
    data: new Uint8ClampedArray(p.data),
  });
  const message: StartTraining = {
    type: 'start',
    ...run,
    style: copy(style),
    photos: photos.map(copy),
  };
  const transfer = [message.style, ...message.photos].map((p) => p.data.buffer as ArrayBuffer);
  return { message, transfer };
}

export type FromTrainingWorker =
  /** centernet's files downloading, bytes. */
  | { type: 'loading'; loaded: number; total: number }
  /** The backend the worker runs on; `fallback` says why WASM did not start. */
  | { type: 'ready'; backend: string; fallback: string | null }
  | {
      type: 'progress';
      step: number;
      steps: number;
      total: number;
      content: number;
      style: number;
      tv: number;
      /** Mean wall-clock seconds per step over the recent steps. */
      secondsPerStep: number;
    }
  | { type: 'preview'; step: number; image: RgbaImage }
  | {
      type: 'done';
      json: StyleNetFile;
      weights: ArrayBuffer;
      /** Steps actually run (fewer than asked when stopped). */
      steps: number;
      stopped: boolean;
    }
  /** `stage`: what failed (loading the backbone, or training). */
  | { type: 'error'; stage: 'backbone' | 'training'; message: string };

export const trainingStepChoices = [20, 100, 300, 600] as const;
export const trainingSizeChoices = [64, 128] as const;
export const maxTrainingPhotos = 8;

/**
 * Checks a start message at the worker's boundary; returns it typed or throws a message that
 * says exactly what is wrong.
 */
export function validateStartTraining(message: unknown): StartTraining {
  const m = message as Partial<StartTraining> | null;
  if (m?.type !== 'start') throw new Error('The training worker expected a "start" message.');
  if (typeof m.modelsUrl !== 'string' || !/^(https?|file):/.test(m.modelsUrl)) {
    throw new Error(`modelsUrl must be an absolute URL, not ${JSON.stringify(m.modelsUrl)}.`);
  }
  const int = (name: string, v: unknown, lo: number, hi: number): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
      throw new Error(`${name} must be a whole number from ${lo} to ${hi}, not ${String(v)}.`);
    }
    return v;
  };
  int('steps', m.steps, 1, 5000);
  int('previewEvery', m.previewEvery, 1, 5000);
  int('seed', m.seed, 0, 2 ** 31);
  if (int('size', m.size, 32, 512) % 4 !== 0) {
    throw new Error(`size must be a multiple of 4 (the network halves it twice), not ${m.size}.`);
  }
  if (!Array.isArray(m.photos) || m.photos.length === 0) {
    throw new Error('Training needs at least one photo.');
  }
  if (m.photos.length > maxTrainingPhotos) {
    throw new Error(`Training takes at most ${maxTrainingPhotos} photos, not ${m.photos.length}.`);
  }
  checkImage('the style picture', m.style);
  m.photos.forEach((p, i) => checkImage(`photo ${i + 1}`, p));
  return m as StartTraining;
}

function checkImage(name: string, image: unknown): asserts image is RgbaImage {
  const img = image as Partial<RgbaImage> | null | undefined;
  if (!img || !(img.data instanceof Uint8ClampedArray)) {
    throw new Error(`${name} has no RGBA pixels (Uint8ClampedArray).`);
  }
  const { width, height } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width! < 16 || height! < 16) {
    throw new Error(`${name} is ${width}x${height}; it must be at least 16x16 pixels.`);
  }
  if (img.data.length !== width! * height! * 4) {
    throw new Error(
      `${name} has ${img.data.length} bytes for ${width}x${height}; RGBA needs ${width! * height! * 4}.`,
    );
  }
}
