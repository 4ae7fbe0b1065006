import type * as tf from '@tensorflow/tfjs-core';
import type { ProgressCallback } from '../../lab/lab_runtime.svelte';
import { decodeStyleNet } from './style_net_file';

/**
 * Fetches a trained style network (`<base><id>.json` then the .bin it names) and decodes it.
 * The caller owns the tensors. `fetchFn` is injected for tests.
 */
export async function loadStyleNet(
  id: string,
  onProgress: ProgressCallback,
  base = './styles/',
  fetchFn: typeof fetch = fetch,
): Promise<tf.NamedTensorMap> {
  const get = async (name: string) => {
    const response = await fetchFn(`${base}${name}`);
    if (!response.ok) {
      throw new Error(`Could not load the style network file ${name} (HTTP ${response.status}).`);
    }
    return response;
  };
  const json: unknown = await (await get(`${id}.json`)).json();
  const paths = (json as { weightsManifest?: { paths?: string[] }[] }).weightsManifest?.[0]?.paths;
  if (!paths?.[0]) throw new Error(`The style network ${id}.json names no weights file.`);
  const response = await get(paths[0]);
  const total = Number(response.headers.get('content-length')) || 0;
  onProgress(0, total);
  const data = await response.arrayBuffer();
  onProgress(data.byteLength, data.byteLength);
  return decodeStyleNet(json, data);
}
