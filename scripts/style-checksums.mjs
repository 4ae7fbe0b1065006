#!/usr/bin/env node
// The size and sha256 of every bundled style network file (public/styles/<id>.json and the .bin
// it names), in models/styles/files.json, which the app checks each download against, as it does
// the catalogue's models. `npm run train:style` rewrites the list after copying new weights.
//   node scripts/style-checksums.mjs           check public/styles against the list
//   node scripts/style-checksums.mjs --update  rewrite the list from public/styles
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const listPath = join(root, 'models', 'styles', 'files.json');
const publicStyles = join(root, 'public', 'styles');

function checked(name) {
  const bytes = readFileSync(join(publicStyles, name));
  return {
    to: name,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The list as public/styles holds it now: one entry per style network, sorted by id. */
export function styleChecksums() {
  const styles = readdirSync(publicStyles)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const json = JSON.parse(readFileSync(join(publicStyles, name), 'utf8'));
      const bin = json.weightsManifest?.[0]?.paths?.[0];
      if (json.format !== 'convlens-style-net' || !bin) {
        throw new Error(`public/styles/${name} is not a style network that names its weights`);
      }
      return { id: name.replace(/\.json$/, ''), files: [checked(name), checked(bin)] };
    });
  return { styles };
}

/** Rewrites models/styles/files.json from public/styles. */
export function updateStyleChecksums() {
  writeFileSync(listPath, JSON.stringify(styleChecksums(), null, 2) + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--update')) {
    updateStyleChecksums();
    console.log(`style-checksums: ${listPath} rewritten.`);
  } else {
    const now = JSON.stringify(styleChecksums());
    const listed = JSON.stringify(JSON.parse(readFileSync(listPath, 'utf8')));
    if (now !== listed) {
      console.error(
        'style-checksums: public/styles differs from models/styles/files.json. Restore the ' +
          'files (git checkout public/styles) or, after training new weights, run ' +
          'node scripts/style-checksums.mjs --update and commit the list.',
      );
      process.exit(1);
    }
    console.log('style-checksums: public/styles matches models/styles/files.json.');
  }
}
