import type { Frame } from './frame_source';

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
