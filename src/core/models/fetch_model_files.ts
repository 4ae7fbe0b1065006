import type { ModelFile } from './catalogue';
import { ModelFileError, shortHash } from './model_errors';
import { sha256Hex } from './sha256_hex';

/** The part of `fetch` the loader uses; injected so tests and Node can serve files from disk. */
export type FetchLike = (url: string) => Promise<Response>;

/** Bytes received so far and in all, over every file of one model. */
export type ProgressCallback = (loadedBytes: number, totalBytes: number) => void;

/** A file to fetch and check: its path under the folder, size in bytes and hex sha256. */
export type CheckedFile = Pick<ModelFile, 'to' | 'size' | 'sha256'>;

export interface FetchModelFilesOptions {
  /** URL of the folder (public/models/ or public/styles/ in the app). */
  baseUrl: string;
  /** Which folder, as the app serves it: names the file in errors and picks the fix; default models. */
  folder?: 'models' | 'styles';
  fetch: FetchLike;
  onProgress?: ProgressCallback;
  /** Check each file's size and sha256 against the catalogue; default true. */
  verify?: boolean;
}

/**
 * Fetches every file of a catalogue entry (or of a bundled style network), one after the other,
 * with streamed progress. Returns the bytes keyed by the file's `to` path, e.g.
 * "human/movenet-lightning.bin". Throws a ModelFileError naming the file and the fix when one is
 * missing, corrupt or unreachable.
 */
export async function fetchModelFiles(
  entry: { files: readonly CheckedFile[] },
  { baseUrl, fetch, onProgress, verify = true, folder = 'models' }: FetchModelFilesOptions,
): Promise<Map<string, ArrayBuffer>> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const totalBytes = entry.files.reduce((sum, file) => sum + file.size, 0);
  let loadedBytes = 0;
  onProgress?.(loadedBytes, totalBytes);

  const files = new Map<string, ArrayBuffer>();
  for (const file of entry.files) {
    const name = `${folder}/${file.to}`;
    const fail = (reason: ModelFileError['reason'], detail: string, cause?: unknown) =>
      new ModelFileError(
        name,
        reason,
        detail,
        cause === undefined ? { home: folder } : { home: folder, cause },
      );
    const data = await download(fetch, base + file.to, fail, (bytes) => {
      loadedBytes += bytes;
      onProgress?.(loadedBytes, totalBytes);
    });
    if (verify) await checkFile(file, data, fail);
    files.set(file.to, data);
  }
  return files;
}

/** Makes the error for the file being fetched, with the evidence. */
type Fail = (reason: ModelFileError['reason'], detail: string, cause?: unknown) => ModelFileError;

async function download(
  fetch: FetchLike,
  url: string,
  fail: Fail,
  onChunk: (bytes: number) => void,
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw fail('network', describe(error), error);
  }
  if (response.status === 404) throw fail('missing', 'HTTP 404');
  if (!response.ok) throw fail('network', `HTTP ${response.status}`);
  // Vite's dev server and single-page hosts answer an unknown path with index.html and 200.
  if (response.headers.get('content-type')?.startsWith('text/html') && !url.endsWith('.html')) {
    throw fail('missing', 'the server sent an HTML page instead');
  }
  try {
    return await readBody(response, onChunk);
  } catch (error) {
    throw fail('network', describe(error), error);
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

async function checkFile(file: CheckedFile, data: ArrayBuffer, fail: Fail): Promise<void> {
  if (data.byteLength !== file.size) {
    throw fail('corrupt', `${data.byteLength} bytes, expected ${file.size}`);
  }
  // Without crypto.subtle (plain http on a LAN) the size check has to do.
  const hash = await sha256Hex(data);
  if (hash !== null && hash !== file.sha256) {
    throw fail('corrupt', `sha256 ${shortHash(hash)} expected ${shortHash(file.sha256)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
