import * as tf from '@tensorflow/tfjs-core';
import { FrameReader } from '../../core/pixels/frame_reader';
import { seededRandom } from '../../core/random/seeded_random';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { styleNetForward } from './feed_forward_net';
import { squareImage } from './square_image';
import { encodeStyleNet, type StyleNetFile } from './style_net_file';
import { StyleNetTrainer, type StyleNetStepCosts } from './style_net_trainer';
import { defaultContentLayer, styleLayerChoices } from './style_layers';
import type { RgbaImage, StartTraining } from './style_training_protocol';

/** The loss and optimiser of `npm run train:style` (models/styles/README.md), unchanged. */
export const userStyleTrainingOptions = {
  contentLayer: defaultContentLayer,
  styleLayers: styleLayerChoices.map((l) => l.node),
  alpha: 1,
  beta: 5,
  tvWeight: 10,
  learningRate: 0.005,
} as const;

export interface UserStyleHooks {
  onStep(costs: StyleNetStepCosts, secondsPerStep: number): void;
  /** f_W applied to the first photo's centre square, RGBA. */
  onPreview(step: number, image: RgbaImage): void;
  /** Read between steps: true ends training early, keeping the weights so far. */
  shouldStop(): boolean;
  /** Awaited between steps, so a worker can receive "stop" (a macrotask). */
  pause(): Promise<void>;
  now(): number;
}

export interface UserStyleResult {
  json: StyleNetFile;
  weights: ArrayBuffer;
  steps: number;
  stopped: boolean;
}

type Request = Pick<StartTraining, 'style' | 'photos' | 'steps' | 'size' | 'previewEvery' | 'seed'>;

/**
 * Trains a live-mode style network for the user's own style picture on a few photos, as
 * `npm run train:style` does (StyleNetTrainer, the perceptual loss through the frozen backbone),
 * one random square crop per step. Runs in the training worker; the Node test runs it too.
 * Leaves no tensors behind; `id` names the network in its file.
 */
export async function trainUserStyle(
  backbone: DifferentiableBackbone,
  request: Request,
  id: string,
  hooks: UserStyleHooks,
): Promise<UserStyleResult> {
  const { size, steps, previewEvery, seed } = request;
  // The photos whole ([h, w, 3] float32 0-255: read at their own size, each pixel as it is),
  // for a random crop per step.
  const reader = new FrameReader(null);
  const photos = request.photos.map((p) => {
    const photo = reader.openStill(stillFrame(p));
    const { tensor } = photo.read({ outputSize: { width: p.width, height: p.height } });
    photo.dispose();
    return tensor;
  });
  // S at twice the crop size, as the bundled styles (256 px for 128 px crops).
  const style = squareImage(reader, stillFrame(request.style), 2 * size);
  const previewPhoto = squareImage(reader, stillFrame(request.photos[0]!), size);
  reader.dispose();
  const trainer = new StyleNetTrainer(backbone, style, size, { ...userStyleTrainingOptions, seed });
  const rand = seededRandom(seed);
  const recent: number[] = [];
  let done = 0;
  try {
    while (done < steps && !hooks.shouldStop()) {
      const t0 = hooks.now();
      const crop = randomCrop(photos, size, rand);
      let costs: StyleNetStepCosts;
      try {
        costs = trainer.step(crop);
      } finally {
        crop.dispose();
      }
      done++;
      // The mean of the last 10 steps: the first ones pay for kernel set-up.
      recent.push((hooks.now() - t0) / 1000);
      if (recent.length > 10) recent.shift();
      hooks.onStep(costs, recent.reduce((a, b) => a + b, 0) / recent.length);
      if (done % previewEvery === 0 && done < steps) {
        hooks.onPreview(done, await preview(trainer.weights, previewPhoto));
      }
      await hooks.pause();
    }
    hooks.onPreview(done, await preview(trainer.weights, previewPhoto));
    const { json, data } = await encodeStyleNet(trainer.weights, id, size);
    return { json, weights: data, steps: done, stopped: done < steps };
  } finally {
    trainer.dispose();
    tf.dispose([...photos, style, previewPhoto]);
  }
}

/** A posted picture's RGBA bytes as a frame to read (`data` as plain bytes, as TF.js's PixelData). */
function stillFrame({ data, width, height }: RgbaImage) {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return { image: { data: bytes, width, height }, width, height };
}

/** A random square crop of a random photo (70-100 % of its shorter side), flipped half the time. */
function randomCrop(photos: tf.Tensor3D[], size: number, rand: () => number): tf.Tensor4D {
  const t = photos[Math.floor(rand() * photos.length)]!;
  const [h, w] = t.shape;
  const side = Math.floor(Math.min(h, w) * (0.7 + 0.3 * rand()));
  const top = Math.floor(rand() * (h - side + 1));
  const left = Math.floor(rand() * (w - side + 1));
  const flip = rand() < 0.5;
  return tf.tidy(() => {
    const crop = tf.image.resizeBilinear(tf.slice(t, [top, left, 0], [side, side, 3]), [
      size,
      size,
    ]);
    const batch = tf.expandDims<tf.Tensor4D>(crop, 0);
    return flip ? tf.image.flipLeftRight(batch) : batch;
  });
}

async function preview(weights: tf.NamedTensorMap, photo: tf.Tensor4D): Promise<RgbaImage> {
  const [, height, width] = photo.shape;
  const rgba = tf.tidy(() => {
    const y = styleNetForward(weights, photo);
    return tf.cast(tf.round(tf.concat([y, tf.fill([1, height, width, 1], 255)], 3)), 'int32');
  });
  try {
    return { width, height, data: new Uint8ClampedArray(await rgba.data()) };
  } finally {
    rgba.dispose();
  }
}
