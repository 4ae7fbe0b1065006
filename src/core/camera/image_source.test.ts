import { describe, expect, it, vi } from 'vitest';
import type { SourceState } from './frame_source';
import { ImageSource, type FetchLike } from './image_source';
import { deferred } from './test_fakes';

function fakeBitmap(width: number, height: number) {
  return { width, height, close: vi.fn() } as unknown as ImageBitmap & { close: () => void };
}

function setup(
  decode: (image: ImageBitmapSource, options?: ImageBitmapOptions) => Promise<ImageBitmap>,
  fetch?: FetchLike,
) {
  const states: SourceState[] = [];
  const createImageBitmap = vi.fn(decode);
  const source = new ImageSource({ createImageBitmap, fetch, onState: (s) => states.push(s) });
  return { source, states, createImageBitmap };
}

const png = (name = 'cat.png', type = 'image/png') => new File(['x'], name, { type });

describe('ImageSource', () => {
  it('decodes a good file and reports it live at the bitmap size', async () => {
    const bitmap = fakeBitmap(300, 200);
    const { source, states, createImageBitmap } = setup(() => Promise.resolve(bitmap));
    const file = png();
    await source.start(file);
    expect(createImageBitmap).toHaveBeenCalledWith(file);
    expect(states).toEqual([
      { kind: 'live', source: 'image', label: 'cat.png', width: 300, height: 200 },
    ]);
    expect(source.frame()).toEqual({ image: bitmap, width: 300, height: 200 });
  });

  it('scales a large photo once, on opening, to 1920 px on the longer side, and frees the full one', async () => {
    const full = fakeBitmap(12000, 9000);
    const scaled = fakeBitmap(1920, 1440);
    const { source, states, createImageBitmap } = setup((image) =>
      Promise.resolve(image === full ? scaled : full),
    );
    await source.start(png('huge.jpg', 'image/jpeg'));
    expect(createImageBitmap).toHaveBeenCalledTimes(2);
    expect(createImageBitmap).toHaveBeenLastCalledWith(full, {
      resizeWidth: 1920,
      resizeHeight: 1440,
      resizeQuality: 'high',
    });
    expect(full.close).toHaveBeenCalledTimes(1);
    expect(states).toEqual([
      { kind: 'live', source: 'image', label: 'huge.jpg', width: 1920, height: 1440 },
    ]);
    expect(source.frame()).toEqual({ image: scaled, width: 1920, height: 1440 });
  });

  const jpegStart = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46];
  const decodes = () => Promise.resolve(fakeBitmap(1, 1));
  it.each<[string, File, () => Promise<ImageBitmap>, object]>([
    [
      'a corrupt file',
      png('broken.png'),
      () =>
        Promise.reject(
          new DOMException('The source image could not be decoded.', 'InvalidStateError'),
        ),
      { problem: 'undecodable-image', detail: 'The source image could not be decoded.' },
    ],
    [
      'a file that is not an image',
      png('song.mp3', 'audio/mpeg'),
      decodes,
      { problem: 'not-image', detail: 'audio/mpeg' },
    ],
    [
      'an empty file',
      new File([], 'empty.jpg', { type: 'image/jpeg' }),
      decodes,
      { problem: 'empty' },
    ],
    [
      'a JPEG cut short (no end-of-image marker), which Chromium would decode with a grey end',
      new File([new Uint8Array([...jpegStart, 1, 2, 3])], 'cut.jpg', { type: 'image/jpeg' }),
      decodes,
      { problem: 'truncated' },
    ],
  ])(
    'reports %s as bad-file, without decoding a wrong type',
    async (_name, file, decode, fault) => {
      const { source, states, createImageBitmap } = setup(decode);
      await source.start(file);
      expect(states).toEqual([{ kind: 'bad-file', fileName: file.name, ...fault }]);
      expect(source.frame()).toBeNull();
      if (file.type !== 'image/png') expect(createImageBitmap).not.toHaveBeenCalled();
    },
  );

  it('fetches and decodes a URL, labelled by its file name', async () => {
    const blob = new Blob(['x'], { type: 'image/jpeg' });
    const fetch = vi.fn<FetchLike>(() =>
      Promise.resolve({ ok: true, status: 200, blob: () => Promise.resolve(blob) }),
    );
    const { source, states, createImageBitmap } = setup(
      () => Promise.resolve(fakeBitmap(64, 48)),
      fetch,
    );
    await source.start('/samples/street.jpg?v=2');
    expect(fetch).toHaveBeenCalledWith('/samples/street.jpg?v=2');
    expect(createImageBitmap).toHaveBeenCalledWith(blob);
    expect(states).toEqual([
      { kind: 'live', source: 'image', label: 'street.jpg', width: 64, height: 48 },
    ]);
  });

  it.each<[string, FetchLike | undefined, string]>([
    [
      'a missing URL',
      () => Promise.resolve({ ok: false, status: 404, blob: () => Promise.reject(new Error()) }),
      'HTTP 404',
    ],
    ['no fetch given', undefined, 'no fetch function was given to ImageSource'],
  ])('reports %s as bad-file', async (_name, fetch, detail) => {
    const { source, states } = setup(() => Promise.resolve(fakeBitmap(1, 1)), fetch);
    await source.start('/samples/gone.jpg');
    expect(states).toEqual([
      { kind: 'bad-file', fileName: 'gone.jpg', problem: 'unloadable-image', detail },
    ]);
  });

  it('labels a nameless blob "image"', async () => {
    const { source, states } = setup(() => Promise.resolve(fakeBitmap(2, 2)));
    await source.start(new Blob(['x'], { type: 'image/png' }));
    expect(states[0]).toMatchObject({ kind: 'live', label: 'image' });
  });

  it.each([
    ['stop', [{ kind: 'idle' }]],
    ['dispose', []],
  ] as const)('%s closes the bitmap', async (method, after) => {
    const bitmap = fakeBitmap(4, 4);
    const { source, states } = setup(() => Promise.resolve(bitmap));
    await source.start(png());
    states.length = 0;
    source[method]();
    expect(bitmap.close).toHaveBeenCalledTimes(1);
    expect(source.frame()).toBeNull();
    expect(states).toEqual(after);
  });

  it('a new start closes the previous bitmap, and a decode that finishes late is closed', async () => {
    const first = fakeBitmap(1, 1);
    const slow = deferred<ImageBitmap>();
    const late = fakeBitmap(2, 2);
    const third = fakeBitmap(3, 3);
    const decodes = [Promise.resolve(first), slow.promise, Promise.resolve(third)];
    const { source, states } = setup(() => decodes.shift()!);

    await source.start(png('one.png'));
    const starting = source.start(png('two.png'));
    expect(first.close).toHaveBeenCalled();
    await source.start(png('three.png'));
    slow.resolve(late);
    await starting;

    expect(late.close).toHaveBeenCalled();
    expect(source.frame()?.image).toBe(third);
    expect(states.map((s) => (s.kind === 'live' ? s.label : s.kind))).toEqual([
      'one.png',
      'three.png',
    ]);
  });
});
