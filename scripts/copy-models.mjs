#!/usr/bin/env node
// Copies the model files listed in models/catalogue.json from node_modules into public/models
// and checks each copy against the catalogue's size and sha256. Run by `npm install` (prepare).
//   node scripts/copy-models.mjs            copy and verify
//   node scripts/copy-models.mjs --update   recompute version, size and sha256 from node_modules,
//                                           rewrite the catalogue, then copy and verify
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths come from the script's location so it works from any cwd.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cataloguePath = join(root, 'models', 'catalogue.json');
const publicModels = join(root, 'public', 'models');

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function fail(message) {
  console.error(`copy-models: ${message}`);
  process.exit(1);
}

function installedVersion(pkg) {
  const manifest = join(root, 'node_modules', pkg, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

function fixFor(model) {
  return `reinstall ${model.package}@${model.version}: npm ci`;
}

// JSON.stringify with 2-space indent, but short arrays of numbers or strings on one line.
function formatJson(value) {
  return (
    JSON.stringify(value, null, 2).replace(/\[\s*([^[\]{}]*?)\s*\]/g, (_, items) =>
      items === '' ? '[]' : `[${items.split(/,\s*/).join(', ')}]`,
    ) + '\n'
  );
}

function updateCatalogue(catalogue) {
  const { models } = catalogue;
  let changed = 0;
  for (const model of models) {
    const version = installedVersion(model.package);
    if (version === undefined) fail(`${model.package} is not installed; run npm ci first.`);
    model.version = version;
    for (const file of model.files) {
      const source = join(root, 'node_modules', model.package, file.from);
      if (!existsSync(source))
        fail(`missing source ${relative(root, source)} (model ${model.id}).`);
      const size = readFileSync(source).byteLength;
      const hash = sha256(source);
      if (file.size !== size || file.sha256 !== hash) changed += 1;
      file.size = size;
      file.sha256 = hash;
    }
  }
  writeFileSync(cataloguePath, formatJson(catalogue));
  console.log(`copy-models: catalogue updated (${changed} file entries changed).`);
}

function copyAndVerify(models) {
  let files = 0;
  let copied = 0;
  let bytes = 0;
  for (const model of models) {
    for (const file of model.files) {
      const source = join(root, 'node_modules', model.package, file.from);
      const target = join(publicModels, file.to);
      files += 1;
      bytes += file.size;
      if (existsSync(target) && sha256(target) === file.sha256) continue;
      if (!existsSync(source)) {
        fail(
          `missing source ${relative(root, source)} for model "${model.id}". Fix: ${fixFor(model)}`,
        );
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
      copied += 1;
      const size = readFileSync(target).byteLength;
      const hash = sha256(target);
      if (size !== file.size || hash !== file.sha256) {
        // Remove the bad copy so the app can never serve it.
        rmSync(target);
        const installed = installedVersion(model.package);
        const versionNote =
          installed !== model.version
            ? ` The installed ${model.package} is ${installed}, the catalogue expects ${model.version}.`
            : '';
        fail(
          `${relative(root, source)} does not match the catalogue (model "${model.id}"): ` +
            `sha256 ${hash} (${size} bytes), expected ${file.sha256} (${file.size} bytes).` +
            `${versionNote} Fix: ${fixFor(model)}` +
            ` (maintainers changing the version: node scripts/copy-models.mjs --update)`,
        );
      }
    }
  }
  const megabytes = (bytes / 1e6).toFixed(1);
  console.log(
    `copy-models: ${files} files (${models.length} models, ${megabytes} MB) verified in ` +
      `public/models; ${copied} copied, ${files - copied} already up to date.`,
  );
}

if (!existsSync(cataloguePath)) fail(`catalogue not found at ${cataloguePath}`);
const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8'));
if (process.argv.includes('--update')) updateCatalogue(catalogue);
copyAndVerify(catalogue.models);
