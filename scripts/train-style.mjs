// Trains one feed-forward style network per bundled style (npm run train:style), on real photos
// from Debian's sample-data packages that are not test fixtures, with the perceptual loss of the
// optimisation mode, on the WASM backend. Seeded: the same photos, crops, flips and initial
// weights every run. Writes models/styles/<id>.{json,bin,log.json} and copies the weights to
// public/styles/ for the app.
//   node scripts/train-style.mjs [--style starry_night[,great_wave...]] [--steps 600] [--size 128]
//     [--beta 5] [--out DIR]
//   Photos come from an extracted opencv-doc 4.6.0+dfsg-12 and python3-skimage 0.19.3-8
//   (apt-get download opencv-doc python3-skimage && dpkg-deb -x <deb> DIR); DIR defaults to
//   /tmp/debs/x or $STYLE_PHOTOS_ROOT.
import { createVitest } from 'vitest/node';

// Vitest's module runner loads our TypeScript and TF.js's ESM (with its gradients) as the tests do.
const vitest = await createVitest('test', { watch: false, config: false });
try {
  const { main } = await vitest.import('./scripts/train_style_run.ts');
  await main(process.argv.slice(2));
} finally {
  await vitest.close();
}
