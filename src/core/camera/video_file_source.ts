import { errorMessage } from './camera_error';
import {
  playVideo,
  videoFrame,
  type Frame,
  type FrameSource,
  type SourceState,
} from './frame_source';
import { mediaErrorFault } from './file_problem';

export type ObjectUrlHost = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;

export interface VideoFileSourceOptions {
  video: HTMLVideoElement;
  onState: (state: SourceState) => void;
  /** `URL`, injected for tests. */
  url: ObjectUrlHost;
}

/** Plays a user-chosen video file, muted and looped, in the given element. */
export class VideoFileSource implements FrameSource {
  readonly #opts: VideoFileSourceOptions;
  #objectUrl: string | null = null;
  #fileName = '';
  /** Bumped on every start/stop, so a late play() from an older start is dropped. */
  #attempt = 0;

  constructor(opts: VideoFileSourceOptions) {
    this.#opts = opts;
  }

  async start(file: File): Promise<void> {
    const { video, onState, url } = this.#opts;
    this.#release();
    const attempt = this.#attempt;
    if (file.size === 0) {
      onState({ kind: 'bad-file', fileName: file.name, problem: 'empty' });
      return;
    }
    // Some systems give no type for less common containers; let the element judge those.
    if (file.type !== '' && !file.type.startsWith('video/')) {
      onState({ kind: 'bad-file', fileName: file.name, problem: 'not-video', detail: file.type });
      return;
    }
    this.#fileName = file.name;
    this.#objectUrl = url.createObjectURL(file);
    video.muted = true;
    video.loop = true;
    video.playsInline = true;
    video.setAttribute('playsinline', '');
    video.srcObject = null;
    // Listening before src is set, so a file that fails to load is reported once, from here.
    video.addEventListener('error', this.#onMediaError);
    video.src = this.#objectUrl;
    try {
      await playVideo(video);
    } catch (err) {
      if (attempt !== this.#attempt) return;
      this.#release();
      onState({ kind: 'error', message: errorMessage(err) });
      return;
    }
    if (attempt !== this.#attempt) return;
    onState({
      kind: 'live',
      source: 'video',
      label: file.name,
      width: video.videoWidth,
      height: video.videoHeight,
    });
  }

  frame(): Frame | null {
    return this.#objectUrl ? videoFrame(this.#opts.video) : null;
  }

  stop(): void {
    this.#release();
    this.#opts.onState({ kind: 'idle' });
  }

  dispose(): void {
    this.#release();
  }

  #release(): void {
    this.#attempt++;
    const objectUrl = this.#objectUrl;
    if (!objectUrl) return;
    this.#objectUrl = null;
    const { video, url } = this.#opts;
    video.removeEventListener('error', this.#onMediaError);
    // The element may already show another source; only unload our own file.
    if (video.src === objectUrl) {
      video.pause();
      video.removeAttribute('src');
      video.load();
    }
    url.revokeObjectURL(objectUrl);
  }

  readonly #onMediaError = (): void => {
    const error = this.#opts.video.error;
    const fileName = this.#fileName;
    this.#release();
    this.#opts.onState({ kind: 'bad-file', fileName, ...mediaErrorFault(error) });
  };
}
