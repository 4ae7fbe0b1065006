import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleChecksums } from '../../../scripts/style-checksums.mjs';
import { ModelFileError } from '../../core/models/model_errors';
import { bundledStyleFiles } from './bundled_style_files';
import { liveStyles } from './live_styles';
import { loadStyleNet } from './load_style_net';

const publicStyles = new URL('../../../public/styles/', import.meta.url);
const served = (name: string) => new Uint8Array(readFileSync(new URL(name, publicStyles)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Serves public/styles under https://app.test/styles/, with `changed` in place of some files. */
function fetchStyles(changed: Record<string, Uint8Array<ArrayBuffer>> = {}) {
  return async (url: string) => {
    const name = url.replace('https://app.test/styles/', '');
    try {
      return new Response(changed[name] ?? served(name));
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

const load = (id: string, changed?: Record<string, Uint8Array<ArrayBuffer>>) =>
  loadStyleNet(id, () => undefined, 'https://app.test/styles/', fetchStyles(changed));

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('loadStyleNet', () => {
  it('loads a bundled network whose files match their sha256', async () => {
    const weights = await load('starry_night');
    expect(weights['conv1/w']?.shape).toEqual([9, 9, 3, 8]);
    tf.dispose(Object.values(weights));
  });

  it('refuses a .bin with 64 bytes changed, naming the file and the fix', async () => {
    const bin = served('starry_night.bin');
    const changed = bin.slice();
    for (let i = 1000; i < 1064; i++) changed[i] = changed[i]! ^ 0x5a;
    const before = tf.memory().numTensors;
    const error: unknown = await load('starry_night', { 'starry_night.bin': changed }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelFileError);
    expect((error as Error).message).toBe(
      `Style network file "styles/starry_night.bin" is corrupt (sha256 ${sha256(changed).slice(0, 12)}… ` +
        `expected ${sha256(bin).slice(0, 12)}…). Restore public/styles/starry_night.bin from the ` +
        `app's sources ("git checkout public/styles"), rebuild and reload.`,
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a changed description and a missing file the same way', async () => {
    const json = served('great_wave.json');
    const edited = new TextEncoder().encode(
      new TextDecoder().decode(json).replace('"trainedSize": 128', '"trainedSize": 256'),
    );
    await expect(load('great_wave', { 'great_wave.json': edited })).rejects.toThrow(
      'Style network file "styles/great_wave.json" is corrupt (sha256',
    );
    const gone = async (url: string) =>
      url.endsWith('.bin') ? new Response('', { status: 404 }) : fetchStyles()(url);
    await expect(
      loadStyleNet('graffiti', () => undefined, 'https://app.test/styles/', gone),
    ).rejects.toThrow('Style network file "styles/graffiti.bin" is missing (HTTP 404).');
  });

  it('knows no style outside the list', async () => {
    await expect(load('mona_lisa')).rejects.toThrow('"mona_lisa" is not a bundled style network');
  });
});

describe('models/styles/files.json', () => {
  it('lists every file of public/styles with its size and sha256 as they are now', () => {
    // If this fails after training, run: node scripts/style-checksums.mjs --update
    expect(
      JSON.parse(
        readFileSync(new URL('../../../models/styles/files.json', import.meta.url), 'utf8'),
      ),
    ).toEqual(styleChecksums());
  });

  it('has both files of every live style', () => {
    for (const { id } of liveStyles) {
      expect(bundledStyleFiles.get(id)?.map((f) => f.to)).toEqual([`${id}.json`, `${id}.bin`]);
    }
  });
});
