import type { ModelEntry, ModelFile } from './catalogue';
import { ModelFileError, shortHash } from './model_errors';

/** The part of `fetch` the loader uses; injected so tests and Node can serve files from disk. */
export type FetchLike = (url: string) => Promise<Response>;

/** Bytes received so far and in all, over every file of one model. */
export type ProgressCallback = (loadedBytes: number, totalBytes: number) => void;

export interface FetchModelFilesOptions {
  /** URL of the models folder (public/models/ in the app). */
  baseUrl: string;
  fetch: FetchLike;
  onProgress?: ProgressCallback;
  /** Check each file's size and sha256 against the catalogue; default true. */
  verify?: boolean;
}

/**
 * Fetches every file of a catalogue entry, one after the other, with streamed progress.
 * Returns the bytes keyed by the file's `to` path, e.g. "human/movenet-lightning.bin".
 * Throws a ModelFileError naming the file and the fix when one is missing, corrupt or unreachable.
 */
export async function fetchModelFiles(
  entry: Pick<ModelEntry, 'files'>,
  { baseUrl, fetch, onProgress, verify = true }: FetchModelFilesOptions,
): Promise<Map<string, ArrayBuffer>> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const totalBytes = entry.files.reduce((sum, file) => sum + file.size, 0);
  let loadedBytes = 0;
  onProgress?.(loadedBytes, totalBytes);

  const files = new Map<string, ArrayBuffer>();
  for (const file of entry.files) {
    const name = `models/${file.to}`;
    const data = await download(fetch, base + file.to, name, (bytes) => {
      loadedBytes += bytes;
      onProgress?.(loadedBytes, totalBytes);
    });
    if (verify) await checkFile(file, data, name);
    files.set(file.to, data);
  }
  return files;
}

async function download(
  fetch: FetchLike,
  url: string,
  name: string,
  onChunk: (bytes: number) => void,
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ModelFileError(name, 'network', describe(error), { cause: error });
  }
  if (response.status === 404) throw new ModelFileError(name, 'missing', 'HTTP 404');
  if (!response.ok) throw new ModelFileError(name, 'network', `HTTP ${response.status}`);
  // Vite's dev server and single-page hosts answer an unknown path with index.html and 200.
  if (response.headers.get('content-type')?.startsWith('text/html') && !url.endsWith('.html')) {
    throw new ModelFileError(name, 'missing', 'the server sent an HTML page instead');
  }
  try {
    return await readBody(response, onChunk);
  } catch (error) {
    throw new ModelFileError(name, 'network', describe(error), { cause: error });
  }
}

async function readBody(response: Response, onChunk: (bytes: number) => void) {
  if (response.body === null) {
    const data = await response.arrayBuffer();
    onChunk(data.byteLength);
    return data;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    onChunk(value.byteLength);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

async function checkFile(file: ModelFile, data: ArrayBuffer, name: string): Promise<void> {
  if (data.byteLength !== file.size) {
    throw new ModelFileError(name, 'corrupt', `${data.byteLength} bytes, expected ${file.size}`);
  }
  // crypto.subtle exists only in secure contexts (https, localhost): over plain http on a LAN
  // the size check has to do.
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return;
  const hash = toHex(await subtle.digest('SHA-256', data));
  if (hash !== file.sha256) {
    throw new ModelFileError(
      name,
      'corrupt',
      `sha256 ${shortHash(hash)} expected ${shortHash(file.sha256)}`,
    );
  }
}

function toHex(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
