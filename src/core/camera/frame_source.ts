import type { FileProblem } from './file_problem';
export type SourceKind = 'camera' | 'video' | 'image';

/** What a task reads each tick. Pixel size of the source frame; x right, y down. */
export interface Frame {
  image: HTMLVideoElement | HTMLImageElement | HTMLCanvasElement | ImageBitmap;
  /** Width of the source frame (px). */
  width: number;
  /** Height of the source frame (px). */
  height: number;
}

export type SourceState =
  | { kind: 'idle' }
  /** Waiting for the permission prompt or the device. */
  | { kind: 'requesting' }
  | {
      kind: 'live';
      source: SourceKind;
      /** Camera label or file name. */
      label: string;
      /** Frame size (px). */
      width: number;
      height: number;
      deviceId?: string;
      facingMode?: 'user' | 'environment';
    }
  /** NotAllowedError / SecurityError. */
  | { kind: 'denied' }
  /** NotFoundError / OverconstrainedError with no device / no mediaDevices. */
  | { kind: 'no-camera' }
  /** NotReadableError / AbortError: another app holds the camera, or the OS refused it. */
  | { kind: 'busy' }
  /** The track ended mid-stream (unplugged). */
  | { kind: 'ended' }
  /** navigator.mediaDevices is undefined: the page is not served over https or localhost. */
  | { kind: 'insecure' }
  /** A corrupt or unsupported video or image file. */
  | { kind: 'bad-file'; fileName: string; problem: FileProblem; detail?: string }
  | { kind: 'error'; message: string };

/** A source owns its stream, file URL or bitmap; `frame()` is read once per loop tick. */
export interface FrameSource {
  /** The current frame, or null while there is none to read yet. */
  frame(): Frame | null;
  /** Releases the stream, URL or bitmap and reports `idle`. The source can be started again. */
  stop(): void;
  /** Releases everything and removes listeners, without reporting. */
  dispose(): void;
}

// HTMLMediaElement.readyState values; the constants are not on Node's globals.
const HAVE_METADATA = 1;
const HAVE_CURRENT_DATA = 2;

export type PlayableVideo = Pick<
  HTMLVideoElement,
  'play' | 'readyState' | 'addEventListener' | 'removeEventListener'
>;

/** Starts playback and resolves once the frame size is known. */
export async function playVideo(video: PlayableVideo): Promise<void> {
  await video.play();
  if (video.readyState >= HAVE_METADATA) return;
  await new Promise<void>((resolve) => {
    video.addEventListener('loadedmetadata', () => resolve(), { once: true });
  });
}

/** The element as a frame at its intrinsic size, or null before it has a frame to show. */
export function videoFrame(video: HTMLVideoElement): Frame | null {
  if (video.readyState < HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  return { image: video, width: video.videoWidth, height: video.videoHeight };
}
