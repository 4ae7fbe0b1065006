// Serves public/models from disk through a fetch-compatible function, so the browser loader
// runs unchanged in Node (unit tests, bench). Not for the app bundle: it imports node:fs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FetchLike } from './fetch_model_files';

/** file: URL of this checkout's public/models/, ending in "/". */
export const publicModelsBaseUrl = new URL('../../../public/models/', import.meta.url).href;

/** Absolute path of this checkout's public/models/. */
export const publicModelsDir = fileURLToPath(publicModelsBaseUrl);

const contentTypes: Record<string, string> = { json: 'application/json' };

/** A fetch for file: URLs under `rootUrl`; a missing file gives a 404 Response. */
export function createNodeModelFetch(rootUrl: string = publicModelsBaseUrl): FetchLike {
  return async (url) => {
    const href = new URL(url).href;
    if (!href.startsWith(rootUrl)) {
      throw new TypeError(`The Node model fetch serves only ${rootUrl}, not ${url}.`);
    }
    try {
      const bytes = await readFile(fileURLToPath(href));
      const extension = href.slice(href.lastIndexOf('.') + 1);
      return new Response(new Uint8Array(bytes), {
        headers: { 'content-type': contentTypes[extension] ?? 'application/octet-stream' },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return new Response('Not found', { status: 404 });
      }
      throw error;
    }
  };
}

/** Options for the catalogue loaders that read this checkout's public/models. */
export const nodeModelOptions = {
  baseUrl: publicModelsBaseUrl,
  fetch: createNodeModelFetch(),
} as const;
