// Serves a peer library's browser ESM build and TF.js's WASM binaries from this origin, for the
// bench only (the app never ships them): `/<prefix>/<file>`.
import { readFile } from 'node:fs/promises';

const wasmNames = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];

/** Answers `**\/<prefix>/*` on `page` with `esm` ({ name: path in the repo }) and the WASM files. */
export async function servePeer(page, prefix, esm) {
  const files = {};
  for (const [name, path] of Object.entries(esm)) files[name] = [path, 'text/javascript'];
  for (const name of wasmNames) {
    files[name] = [`node_modules/@tensorflow/tfjs-backend-wasm/dist/${name}`, 'application/wasm'];
  }
  await page.route(`**/${prefix}/*`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const file = files[name];
    if (!file) return route.fulfill({ status: 404 });
    return route.fulfill({ body: await readFile(file[0]), contentType: file[1] });
  });
}

export const faceApiEsm = {
  'face-api.esm.js': 'node_modules/@vladmandic/face-api/dist/face-api.esm.js',
};
export const humanEsm = { 'human.esm.js': 'node_modules/@vladmandic/human/dist/human.esm.js' };
