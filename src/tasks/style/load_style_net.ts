import type * as tf from '@tensorflow/tfjs-core';
import { fetchModelFiles, type FetchLike } from '../../core/models/fetch_model_files';
import type { ProgressCallback } from '../../lab/lab_runtime.svelte';
import { bundledStyleFiles } from './bundled_style_files';
import { decodeStyleNet } from './style_net_file';

/**
 * Fetches a bundled style network (`<base><id>.json` and the .bin it names), checks each file's
 * size and sha256 against models/styles/files.json as the catalogue's models are checked (a
 * ModelFileError names the file and the fix), and decodes it. The caller owns the tensors.
 * `fetchFn` is injected for tests.
 */
export async function loadStyleNet(
  id: string,
  onProgress: ProgressCallback,
  base = './styles/',
  fetchFn: FetchLike = (url) => globalThis.fetch(url),
): Promise<tf.NamedTensorMap> {
  const files = bundledStyleFiles.get(id);
  if (files === undefined) {
    throw new Error(`"${id}" is not a bundled style network (see models/styles/files.json).`);
  }
  const data = await fetchModelFiles(
    { files },
    { baseUrl: base, fetch: fetchFn, onProgress, folder: 'styles' },
  );
  const json: unknown = JSON.parse(new TextDecoder().decode(data.get(`${id}.json`)));
  const paths = (json as { weightsManifest?: { paths?: string[] }[] }).weightsManifest?.[0]?.paths;
  const weights = paths?.[0] === undefined ? undefined : data.get(paths[0]);
  if (weights === undefined) {
    throw new Error(`The style network ${id}.json names no checked weights file.`);
  }
  return decodeStyleNet(json, weights);
}
