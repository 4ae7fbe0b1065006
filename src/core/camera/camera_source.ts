import { cameraConstraints, type CameraRequest } from './camera_constraints';
import { cameraErrorState } from './camera_error';
import {
  playVideo,
  videoFrame,
  type Frame,
  type FrameSource,
  type SourceState,
} from './frame_source';

export type MediaDevicesHost = Pick<
  MediaDevices,
  'getUserMedia' | 'enumerateDevices' | 'addEventListener' | 'removeEventListener'
>;

export interface CameraDevice {
  deviceId: string;
  /** The browser's label, or "Camera N" before permission is granted (labels are empty then). */
  label: string;
}

export interface CameraSourceOptions {
  /** `navigator.mediaDevices`; undefined on pages not served over https or localhost. */
  mediaDevices: MediaDevicesHost | undefined;
  video: HTMLVideoElement;
  onState: (state: SourceState) => void;
  /** Called with the camera list when devices are plugged or unplugged, and once live. */
  onDevices?: (devices: CameraDevice[]) => void;
}

export class CameraSource implements FrameSource {
  readonly #opts: CameraSourceOptions;
  #stream: MediaStream | null = null;
  /** Bumped on every start/stop, so a late getUserMedia or play() from an older start is dropped. */
  #attempt = 0;
  #disposed = false;

  constructor(opts: CameraSourceOptions) {
    this.#opts = opts;
    if (opts.onDevices) opts.mediaDevices?.addEventListener('devicechange', this.#onDeviceChange);
  }

  async start(request: CameraRequest): Promise<void> {
    const { mediaDevices, video, onState } = this.#opts;
    this.#release();
    const attempt = this.#attempt;
    if (!mediaDevices) {
      onState({ kind: 'insecure' });
      return;
    }
    onState({ kind: 'requesting' });
    let stream: MediaStream;
    try {
      stream = await mediaDevices.getUserMedia(cameraConstraints(request));
    } catch (err) {
      if (attempt === this.#attempt) onState(cameraErrorState(err));
      return;
    }
    if (attempt !== this.#attempt) {
      stopTracks(stream);
      return;
    }
    this.#stream = stream;
    const track = stream.getVideoTracks()[0];
    track?.addEventListener('ended', this.#onTrackEnded);
    // iOS Safari only plays inline, without a user gesture, when muted and playsinline.
    video.muted = true;
    video.playsInline = true;
    video.setAttribute('playsinline', '');
    video.srcObject = stream;
    try {
      await playVideo(video);
    } catch (err) {
      if (attempt !== this.#attempt) return;
      this.#release();
      onState(cameraErrorState(err));
      return;
    }
    if (attempt !== this.#attempt) return;
    const settings = track?.getSettings() ?? {};
    const facingMode = settings.facingMode;
    onState({
      kind: 'live',
      source: 'camera',
      label: track?.label ?? '',
      width: video.videoWidth,
      height: video.videoHeight,
      deviceId: settings.deviceId,
      facingMode: facingMode === 'user' || facingMode === 'environment' ? facingMode : undefined,
    });
    // Labels become readable once permission is granted.
    if (this.#opts.onDevices) void this.#onDeviceChange();
  }

  async listDevices(): Promise<CameraDevice[]> {
    const devices = (await this.#opts.mediaDevices?.enumerateDevices()) ?? [];
    return devices
      .filter((d) => d.kind === 'videoinput')
      .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
  }

  frame(): Frame | null {
    return this.#stream ? videoFrame(this.#opts.video) : null;
  }

  stop(): void {
    this.#release();
    this.#opts.onState({ kind: 'idle' });
  }

  dispose(): void {
    this.#disposed = true;
    this.#release();
    this.#opts.mediaDevices?.removeEventListener('devicechange', this.#onDeviceChange);
  }

  #release(): void {
    this.#attempt++;
    const stream = this.#stream;
    if (!stream) return;
    this.#stream = null;
    for (const track of stream.getVideoTracks()) {
      track.removeEventListener('ended', this.#onTrackEnded);
    }
    stopTracks(stream);
    // The element may already show another source; only detach our own stream.
    if (this.#opts.video.srcObject === stream) this.#opts.video.srcObject = null;
  }

  readonly #onTrackEnded = (): void => {
    this.#release();
    this.#opts.onState({ kind: 'ended' });
  };

  readonly #onDeviceChange = async (): Promise<void> => {
    let devices: CameraDevice[];
    try {
      devices = await this.listDevices();
    } catch {
      // Keep the last list; the next devicechange tries again.
      return;
    }
    if (!this.#disposed) this.#opts.onDevices?.(devices);
  };
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
