// The rendering behind scripts/style-preview.mjs (see there for usage).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import jpeg from 'jpeg-js';
import { styleNetForward } from '../src/tasks/style/feed_forward_net';
import { liveStyles } from '../src/tasks/style/live_styles';
import { decodeStyleNet } from '../src/tasks/style/style_net_file';

const photos = ['messi5.jpg', 'building.jpg', 'astronaut-320.jpg'];
const [cellW, cellH] = [256, 192];

/** A fixture photo, centre-cropped to 4:3 and resized to cellW x cellH: [1, h, w, 3] 0-255. */
function photo(name: string): tf.Tensor4D {
  const img = jpeg.decode(readFileSync(`tests/fixtures/${name}`), {
    useTArray: true,
    formatAsRGBA: true,
  });
  return tf.tidy(() => {
    const rgb = tf.browser.fromPixels({ data: img.data, width: img.width, height: img.height }, 3);
    const w = Math.min(img.width, Math.round((img.height * cellW) / cellH));
    const h = Math.round((w * cellH) / cellW);
    const top = Math.floor((img.height - h) / 2);
    const left = Math.floor((img.width - w) / 2);
    const crop = tf.slice(rgb, [top, left, 0], [h, w, 3]) as tf.Tensor3D;
    return tf.expandDims(tf.image.resizeBilinear(crop, [cellH, cellW]), 0) as tf.Tensor4D;
  });
}

export async function main(argv: string[]): Promise<void> {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      styles: { type: 'string' },
      out: { type: 'string', default: 'models/styles/preview.jpg' },
      // Where <id>.json and <id>.bin are (e.g. a train:style --out folder of a trial run).
      weights: { type: 'string', default: 'public/styles' },
    },
  });
  await tf.setBackend('wasm');
  await tf.ready();
  const ids = args.styles?.split(',') ?? liveStyles.map((s) => s.id);
  const inputs = photos.map(photo);
  const columns: tf.Tensor4D[][] = [inputs];
  for (const id of ids) {
    const bin = readFileSync(`${args.weights}/${id}.bin`);
    const weights = decodeStyleNet(
      JSON.parse(readFileSync(`${args.weights}/${id}.json`, 'utf8')),
      bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    );
    columns.push(inputs.map((x) => tf.tidy(() => styleNetForward(weights, x))));
    tf.dispose(Object.values(weights));
  }
  const grid = tf.tidy(() =>
    tf.concat(
      photos.map((_, r) =>
        tf.concat(
          columns.map((c) => c[r]!),
          2,
        ),
      ),
      1,
    ),
  );
  const [, height, width] = grid.shape;
  const rgba = tf.tidy(() =>
    tf.cast(
      tf.concat([tf.clipByValue(grid, 0, 255), tf.fill([1, height, width, 1], 255)], 3),
      'int32',
    ),
  );
  const data = Buffer.from(new Uint8Array(await rgba.data()));
  writeFileSync(args.out, jpeg.encode({ data, width, height }, 85).data);
  console.log(`${args.out}: ${width}x${height}, columns: photo, ${ids.join(', ')}`);
  tf.dispose([grid, rgba, ...columns.flat()]);
}
