import { vi } from 'vitest';

type Listener = (event: Event) => void;

/** addEventListener/removeEventListener with a count of what is still attached. */
export class FakeEventTarget {
  readonly listeners = new Map<string, Set<Listener>>();

  addEventListener(type: string, listener: Listener, options?: { once?: boolean }): void {
    const set = this.listeners.get(type) ?? new Set();
    this.listeners.set(type, set);
    const wrapped: Listener = options?.once
      ? (event) => {
          set.delete(wrapped);
          listener(event);
        }
      : listener;
    set.add(wrapped);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }

  dispatch(type: string): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(new Event(type));
  }
}

export class FakeTrack extends FakeEventTarget {
  readonly kind = 'video';
  readonly stop = vi.fn();

  constructor(
    readonly label: string,
    private readonly settings: MediaTrackSettings = {},
  ) {
    super();
  }

  getSettings(): MediaTrackSettings {
    return this.settings;
  }
}

export class FakeStream {
  constructor(readonly tracks: FakeTrack[]) {}
  getTracks(): FakeTrack[] {
    return this.tracks;
  }
  getVideoTracks(): FakeTrack[] {
    return this.tracks;
  }
  asStream(): MediaStream {
    return this as unknown as MediaStream;
  }
}

export function fakeStream(label = 'FaceTime HD Camera', settings: MediaTrackSettings = {}) {
  return new FakeStream([new FakeTrack(label, settings)]);
}

export class FakeMediaDevices extends FakeEventTarget {
  readonly getUserMedia = vi.fn<(c: MediaStreamConstraints) => Promise<MediaStream>>();
  readonly enumerateDevices = vi.fn<() => Promise<MediaDeviceInfo[]>>(() => Promise.resolve([]));

  asHost(): MediaDevices {
    return this as unknown as MediaDevices;
  }
}

export function deviceInfo(kind: MediaDeviceKind, deviceId: string, label = ''): MediaDeviceInfo {
  return { kind, deviceId, label, groupId: 'g' } as MediaDeviceInfo;
}

export interface FakeVideoBehaviour {
  /** Frame size (px) the element reports once playing. */
  width?: number;
  height?: number;
  /** When set, loading fails: `error` is set, an `error` event fires and play() rejects. */
  failWith?: { code: number; message: string };
}

/**
 * Just enough of an HTMLVideoElement: play() loads at once (synchronously, unlike a browser)
 * with the configured size, or fails as a browser does for a corrupt file.
 */
export class FakeVideo extends FakeEventTarget {
  muted = false;
  loop = false;
  playsInline = false;
  src = '';
  srcObject: MediaStream | null = null;
  readyState = 0;
  videoWidth = 0;
  videoHeight = 0;
  error: { code: number; message: string } | null = null;
  readonly attributes = new Map<string, string>();
  readonly pause = vi.fn();
  readonly load = vi.fn();

  constructor(private readonly behaviour: FakeVideoBehaviour = {}) {
    super();
  }

  play(): Promise<void> {
    const { width = 640, height = 480, failWith } = this.behaviour;
    if (failWith) {
      this.error = failWith;
      this.dispatch('error');
      return Promise.reject(new DOMException('Failed to load', 'NotSupportedError'));
    }
    this.readyState = 4;
    this.videoWidth = width;
    this.videoHeight = height;
    return Promise.resolve();
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
    if (name === 'src') this.src = '';
  }

  asElement(): HTMLVideoElement {
    return this as unknown as HTMLVideoElement;
  }
}

export { deferred, flushPromises, type Deferred } from '../../../tests/helpers/promises';
