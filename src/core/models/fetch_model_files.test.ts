import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from './catalogue';
import { fetchModelFiles, type FetchLike } from './fetch_model_files';
import { ModelFileError } from './model_errors';

const modelJson = new TextEncoder().encode('{"weightsManifest":[]}');
const weights = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

function catalogueFile(to: string, bytes: Uint8Array): ModelFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { from: to, to, size: bytes.byteLength, sha256 };
}

const entry = {
  files: [catalogueFile('toy/toy.json', modelJson), catalogueFile('toy/toy.bin', weights)],
};
const served: Record<string, Uint8Array> = {
  'https://app.test/models/toy/toy.json': modelJson,
  'https://app.test/models/toy/toy.bin': weights,
};

/** Serves `files` by URL in 300-byte chunks; unknown URLs get a 404. */
function fakeFetch(files: Record<string, Uint8Array>, headers: HeadersInit = {}): FetchLike {
  return async (url) => {
    const bytes = files[url];
    if (bytes === undefined) return new Response('Not found', { status: 404 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.byteLength; start += 300) {
          controller.enqueue(bytes.slice(start, start + 300));
        }
        controller.close();
      },
    });
    return new Response(body, { headers });
  };
}

const baseUrl = 'https://app.test/models/';

async function fetchError(fetch: FetchLike, verify = true): Promise<ModelFileError> {
  const error: unknown = await fetchModelFiles(entry, { baseUrl, fetch, verify }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelFileError);
  return error as ModelFileError;
}

describe('fetchModelFiles', () => {
  it('returns every file by its path under models/, byte for byte', async () => {
    const files = await fetchModelFiles(entry, { baseUrl, fetch: fakeFetch(served) });
    expect([...files.keys()]).toEqual(['toy/toy.json', 'toy/toy.bin']);
    expect(new Uint8Array(files.get('toy/toy.bin') ?? new ArrayBuffer(0))).toEqual(weights);
  });

  it('adds the missing slash to the base URL', async () => {
    const files = await fetchModelFiles(entry, {
      baseUrl: 'https://app.test/models',
      fetch: fakeFetch(served),
    });
    expect(files.size).toBe(2);
  });

  it('reports streamed progress from 0 up to the catalogue total', async () => {
    const calls: [number, number][] = [];
    await fetchModelFiles(entry, {
      baseUrl,
      fetch: fakeFetch(served),
      onProgress: (loaded, total) => calls.push([loaded, total]),
    });
    const total = modelJson.byteLength + weights.byteLength;
    expect(calls[0]).toEqual([0, total]);
    expect(calls.at(-1)).toEqual([total, total]);
    // One call per chunk: the JSON in one, the weights in four 300-byte chunks.
    expect(calls.map(([loaded]) => loaded)).toEqual([
      0,
      modelJson.byteLength,
      ...[300, 600, 900, 1000].map((bytes) => modelJson.byteLength + bytes),
    ]);
    expect(calls.every(([, t]) => t === total)).toBe(true);
  });

  it('maps a 404 to a missing file, named with the fix', async () => {
    const withoutWeights = { 'https://app.test/models/toy/toy.json': modelJson };
    const error = await fetchError(fakeFetch(withoutWeights));
    expect(error.reason).toBe('missing');
    expect(error.file).toBe('models/toy/toy.bin');
    expect(error.message).toBe(
      'Model file "models/toy/toy.bin" is missing (HTTP 404). ' +
        'Run "npm install" (it copies the weights into public/models) and reload.',
    );
  });

  it("treats a dev server's HTML fallback page as a missing file", async () => {
    const error = await fetchError(fakeFetch(served, { 'content-type': 'text/html' }));
    expect(error.reason).toBe('missing');
    expect(error.message).toContain(
      '"models/toy/toy.json" is missing (the server sent an HTML page instead)',
    );
  });

  it('maps a rejected fetch and other HTTP errors to a network error', async () => {
    const offline = await fetchError(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline.reason).toBe('network');
    expect(offline.message).toContain(
      '"models/toy/toy.json" could not be downloaded (TypeError: Failed to fetch)',
    );
    const serverError = await fetchError(async () => new Response('', { status: 500 }));
    expect(serverError.message).toContain('could not be downloaded (HTTP 500)');
  });

  it('detects altered bytes by their sha256', async () => {
    const altered = weights.slice();
    altered[500] = (altered[500] ?? 0) ^ 0xff;
    const alteredSha = createHash('sha256').update(altered).digest('hex');
    const expectedSha = entry.files[1]?.sha256 ?? '';
    const error = await fetchError(fakeFetch({ ...served, [`${baseUrl}toy/toy.bin`]: altered }));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toBe(
      `Model file "models/toy/toy.bin" is corrupt (sha256 ${alteredSha.slice(0, 12)}… ` +
        `expected ${expectedSha.slice(0, 12)}…). Run "npm install" again to recopy it, then reload.`,
    );
  });

  it('detects a truncated file by its size', async () => {
    const error = await fetchError(
      fakeFetch({ ...served, [`${baseUrl}toy/toy.bin`]: weights.slice(0, 999) }),
    );
    expect(error.message).toContain('"models/toy/toy.bin" is corrupt (999 bytes, expected 1000)');
  });

  it('skips the checks when verify is false', async () => {
    const altered = weights.slice(0, 10);
    const files = await fetchModelFiles(entry, {
      baseUrl,
      fetch: fakeFetch({ ...served, [`${baseUrl}toy/toy.bin`]: altered }),
      verify: false,
    });
    expect(files.get('toy/toy.bin')?.byteLength).toBe(10);
  });
});
