// The training run behind scripts/train-style.mjs (loaded through Vitest's module runner, which
// resolves TF.js's ESM the way the unit tests do). See that file for usage.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { modelEntry } from '../src/core/models/catalogue';
import { seededRandom } from '../src/core/random/seeded_random';
import { fetchModelFiles } from '../src/core/models/fetch_model_files';
import { nodeModelOptions } from '../src/core/models/node_model_files';
import { backboneFromFiles } from '../src/tasks/style/load_backbone';
import { squareImage } from '../src/tasks/style/square_image';
import { StyleNetTrainer, type StyleNetStepCosts } from '../src/tasks/style/style_net_trainer';
import { encodeStyleNet } from '../src/tasks/style/style_net_file';
import { defaultContentLayer, styleLayerChoices } from '../src/tasks/style/style_layers';
import { updateStyleChecksums } from './style-checksums.mjs';

export async function main(argv: string[]): Promise<void> {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      style: { type: 'string' },
      steps: { type: 'string', default: '600' },
      size: { type: 'string', default: '128' },
      'style-size': { type: 'string', default: '256' },
      // The style weight β (the committed networks use 5; the issue saw 30 and above collapse).
      beta: { type: 'string', default: '5' },
      // Another folder for a trial run; the app's copies in public/styles are then left alone.
      out: { type: 'string' },
    },
  });
  const steps = Number(args.steps);
  const size = Number(args.size);
  const styleSize = Number(args['style-size']);
  const root = process.env.STYLE_PHOTOS_ROOT ?? '/tmp/debs/x';
  const opencv = 'usr/share/doc/opencv-doc/examples/data';
  const skimage = 'usr/lib/python3/dist-packages/skimage/data';

  const styles = [
    { id: 'starry_night', image: 'public/styles/starry_night.jpg' },
    // Paintings from gcompris-qt-data (scripts/paintings/extract_gcompris_paintings.py).
    { id: 'great_wave', image: 'public/styles/great_wave.jpg' },
    { id: 'composition_viii', image: 'public/styles/composition_viii.jpg' },
    { id: 'graffiti', image: 'public/styles/graffiti.jpg' },
    { id: 'ihc_stain', image: 'public/styles/ihc_stain.jpg' },
  ];

  /** Colour photos of real scenes, none of them a test fixture (tests/fixtures/README.md). */
  const photos = [
    ...[
      'aero1.jpg',
      'aero3.jpg',
      'apple.jpg',
      'baboon.jpg',
      'basketball1.png',
      'board.jpg',
      'butterfly.jpg',
      'HappyFish.jpg',
      'home.jpg',
      'leuvenA.jpg',
      'orange.jpg',
      'rubberwhale1.png',
      'smarties.png',
      'squirrel_cls.jpg',
      'stuff.jpg',
      'aloeL.jpg',
      'ela_original.jpg',
      'licenseplate_motion.jpg',
    ].map((f) => join(opencv, f)),
    ...['rocket.jpg', 'motorcycle_left.png', 'hubble_deep_field.jpg', 'retina.jpg'].map((f) =>
      join(skimage, f),
    ),
  ];

  function decode(path: string) {
    const bytes = readFileSync(path);
    if (path.endsWith('.png')) {
      const png = PNG.sync.read(bytes);
      return { data: new Uint8Array(png.data), width: png.width, height: png.height };
    }
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    return { data: img.data, width: img.width, height: img.height };
  }

  await tf.setBackend('wasm');
  await tf.ready();

  const backbone = await backboneFromFiles(
    await fetchModelFiles(modelEntry('centernet'), nodeModelOptions),
  );
  const photoTensors = photos.map((p) => {
    const img = decode(join(root, p));
    return tf.tidy(() => tf.cast(tf.browser.fromPixels(img, 3), 'float32'));
  });
  const options = {
    contentLayer: defaultContentLayer,
    styleLayers: styleLayerChoices.map((l) => l.node),
    alpha: 1,
    beta: Number(args.beta),
    tvWeight: 10,
    learningRate: 0.005,
    seed: 7,
  };

  /** A random square crop (half to all of the shorter side), flipped half the time, size x size. */
  function sample(rand: () => number) {
    const i = Math.floor(rand() * photoTensors.length);
    const t = photoTensors[i]!;
    const [h, w] = t.shape as [number, number, number];
    const side = Math.floor(Math.min(h, w) * (0.5 + 0.5 * rand()));
    const top = Math.floor(rand() * (h - side + 1));
    const left = Math.floor(rand() * (w - side + 1));
    const flip = rand() < 0.5;
    return tf.tidy(() => {
      const crop = tf.image.resizeBilinear(
        tf.slice(t, [top, left, 0], [side, side, 3]) as tf.Tensor3D,
        [size, size],
      );
      const batch = tf.expandDims<tf.Tensor4D>(crop, 0);
      return (flip ? tf.image.flipLeftRight(batch) : batch) as tf.Tensor4D;
    });
  }

  const outDir = args.out ?? 'models/styles';
  mkdirSync(outDir, { recursive: true });
  // --style a,b trains several styles one after the other in this process.
  const wanted = args.style?.split(',');
  const unknown = wanted?.filter((id) => !styles.some((s) => s.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown style ${unknown.join(', ')}`);
  for (const style of styles.filter((s) => !wanted || wanted.includes(s.id))) {
    const rand = seededRandom(options.seed);
    const styleTensor = squareImage(decode(style.image), ...dims(decode(style.image)), styleSize);
    const trainer = new StyleNetTrainer(backbone, styleTensor, size, options);
    const curve: (StyleNetStepCosts & { seconds: number })[] = [];
    const t0 = performance.now();
    // JSON written as Prettier would (npm run lint checks every file).
    const writeJson = async (path: string, value: unknown) =>
      writeFileSync(
        path,
        await format(JSON.stringify(value), { ...(await resolveConfig(path)), filepath: path }),
      );
    const save = async () => {
      const { json, data } = await encodeStyleNet(trainer.weights, style.id, size);
      await writeJson(join(outDir, `${style.id}.json`), json);
      writeFileSync(join(outDir, `${style.id}.bin`), new Uint8Array(data));
      await writeJson(join(outDir, `${style.id}.log.json`), {
        style: style.id,
        styleImage: style.image,
        styleSize,
        size,
        steps,
        stepsDone: curve.at(-1)?.step ?? 0,
        options,
        backend: tf.getBackend(),
        seconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
        photos: photos.map((p) => ({
          package: p.startsWith(opencv) ? 'opencv-doc 4.6.0+dfsg-12' : 'python3-skimage 0.19.3-8',
          path: p,
        })),
        augmentation: 'random square crop of 50-100% of the shorter side, left-right flip p=0.5',
        curve,
      });
      for (const ext of args.out ? [] : ['json', 'bin']) {
        copyFileSync(
          join(outDir, `${style.id}.${ext}`),
          join('public/styles', `${style.id}.${ext}`),
        );
      }
      // The app checks each download against this list (models/styles/files.json).
      if (!args.out) updateStyleChecksums();
    };
    for (let s = 1; s <= steps; s++) {
      const photo = sample(rand);
      const costs = trainer.step(photo);
      photo.dispose();
      if (s % 10 === 0 || s === 1) {
        const seconds = (performance.now() - t0) / 1000;
        curve.push({ ...costs, seconds: Number(seconds.toFixed(1)) });
        console.log(
          `${style.id} step ${s}/${steps} J ${costs.total.toFixed(3)} content ${costs.content.toFixed(3)} style ${costs.style.toFixed(4)} tv ${costs.tv.toFixed(5)} ${(seconds / s).toFixed(2)} s/step tensors ${tf.memory().numTensors}`,
        );
      }
      // A checkpoint every 100 steps, so an interrupted run still leaves a usable network.
      if (s % 100 === 0 || s === steps) await save();
    }
    trainer.dispose();
    styleTensor.dispose();
  }
  backbone.dispose();
  tf.dispose(photoTensors);

  function dims(img: { width: number; height: number }): [number, number] {
    return [img.width, img.height];
  }
}
