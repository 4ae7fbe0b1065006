/** Asks the browser for the next frame; `nowMs` is the browser's frame timestamp (ms). */
export interface FrameScheduler {
  /** Calls `cb` once on the next frame. Returns a function that cancels the request. */
  request(cb: (nowMs: number) => void): () => void;
}

export type AnimationFrameHost = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;

/** Optional methods: Firefox before 132 and older Safari lack requestVideoFrameCallback. */
export type VideoFrameHost = Partial<
  Pick<HTMLVideoElement, 'requestVideoFrameCallback' | 'cancelVideoFrameCallback'>
>;

export function animationFrameScheduler(win: AnimationFrameHost): FrameScheduler {
  return {
    request(cb) {
      const handle = win.requestAnimationFrame(cb);
      return () => win.cancelAnimationFrame(handle);
    },
  };
}

/**
 * Ticks once per new video frame, so a 30 fps camera is not processed 60 times a second
 * on a 60 Hz display. Falls back to animation frames where the element lacks
 * requestVideoFrameCallback.
 */
export function videoFrameScheduler(
  video: VideoFrameHost,
  win: AnimationFrameHost,
): FrameScheduler {
  const { requestVideoFrameCallback: rvfc, cancelVideoFrameCallback: cancel } = video;
  if (typeof rvfc !== 'function' || typeof cancel !== 'function') {
    return animationFrameScheduler(win);
  }
  return {
    request(cb) {
      const handle = rvfc.call(video, (nowMs) => cb(nowMs));
      return () => cancel.call(video, handle);
    },
  };
}
