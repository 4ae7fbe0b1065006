import { errorMessage } from './camera_error';
import { decodeStill, type CreateImageBitmap } from './decode_still';
import { isTruncatedImage, type FileFault } from './file_problem';
import type { Frame, FrameSource, SourceState } from './frame_source';

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'blob'>>;

export interface ImageSourceOptions {
  /** `createImageBitmap`, injected for tests. */
  createImageBitmap: CreateImageBitmap;
  /** `fetch`, needed only to start from a URL. */
  fetch?: FetchLike;
  onState: (state: SourceState) => void;
}

/**
 * A still image decoded once into an ImageBitmap, which every tick reads. A large photo is scaled
 * once, on opening, to 1920 px on its longer side (`decodeStill`): every lab reads it each frame,
 * and a 12000x9000 photo read whole cost seconds a frame and gigabytes of memory.
 */
export class ImageSource implements FrameSource {
  readonly #opts: ImageSourceOptions;
  #bitmap: ImageBitmap | null = null;
  /** Bumped on every start/stop, so a late decode from an older start is dropped. */
  #attempt = 0;

  constructor(opts: ImageSourceOptions) {
    this.#opts = opts;
  }

  /** Decodes a File or Blob, or fetches and decodes a URL. */
  async start(input: Blob | string): Promise<void> {
    const { onState } = this.#opts;
    this.#release();
    const attempt = this.#attempt;
    const label = labelOf(input);
    const fail = (fault: FileFault) => {
      if (attempt === this.#attempt) onState({ kind: 'bad-file', fileName: label, ...fault });
    };

    let blob: Blob;
    try {
      blob = typeof input === 'string' ? await this.#load(input) : input;
    } catch (err) {
      fail({ problem: 'unloadable-image', detail: errorMessage(err) });
      return;
    }
    if (blob.size === 0) return fail({ problem: 'empty' });
    if (blob.type !== '' && !blob.type.startsWith('image/')) {
      return fail({ problem: 'not-image', detail: blob.type });
    }
    let bitmap: ImageBitmap;
    try {
      if (await isTruncatedImage(blob)) return fail({ problem: 'truncated' });
      bitmap = await decodeStill(blob, this.#opts.createImageBitmap);
    } catch (err) {
      fail({ problem: 'undecodable-image', detail: errorMessage(err) });
      return;
    }
    if (attempt !== this.#attempt) {
      bitmap.close();
      return;
    }
    this.#bitmap = bitmap;
    onState({ kind: 'live', source: 'image', label, width: bitmap.width, height: bitmap.height });
  }

  frame(): Frame | null {
    const bitmap = this.#bitmap;
    return bitmap ? { image: bitmap, width: bitmap.width, height: bitmap.height } : null;
  }

  stop(): void {
    this.#release();
    this.#opts.onState({ kind: 'idle' });
  }

  dispose(): void {
    this.#release();
  }

  async #load(url: string): Promise<Blob> {
    if (!this.#opts.fetch) throw new Error('no fetch function was given to ImageSource');
    const response = await this.#opts.fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.blob();
  }

  #release(): void {
    this.#attempt++;
    // close() frees the decoded pixels now instead of at garbage collection.
    this.#bitmap?.close();
    this.#bitmap = null;
  }
}

/** File name, the last segment of a URL's path, or "image" for a nameless Blob. */
function labelOf(input: Blob | string): string {
  if (typeof input === 'string') return input.split(/[?#]/)[0]?.split('/').pop() || input;
  return 'name' in input && typeof input.name === 'string' ? input.name : 'image';
}
