import { describe, expect, it, vi } from 'vitest';
import {
  animationFrameScheduler,
  videoFrameScheduler,
  type AnimationFrameHost,
  type VideoFrameHost,
} from './frame_loop';

function fakeWindow() {
  const win = {
    requestAnimationFrame: vi.fn((_cb: FrameRequestCallback) => 7),
    cancelAnimationFrame: vi.fn(),
  };
  return win satisfies AnimationFrameHost;
}

function fakeVideo() {
  const video = {
    requestVideoFrameCallback: vi.fn(function (this: unknown, _cb: VideoFrameRequestCallback) {
      // The real methods throw "Illegal invocation" when called without the element as `this`.
      expect(this).toBe(video);
      return 3;
    }),
    cancelVideoFrameCallback: vi.fn(function (this: unknown, _handle: number) {
      expect(this).toBe(video);
    }),
  };
  return video;
}

describe('animationFrameScheduler', () => {
  it('requests an animation frame and cancels it by handle', () => {
    const win = fakeWindow();
    const cb = vi.fn();
    const cancel = animationFrameScheduler(win).request(cb);
    win.requestAnimationFrame.mock.calls[0]?.[0](16);
    expect(cb).toHaveBeenCalledWith(16);
    cancel();
    expect(win.cancelAnimationFrame).toHaveBeenCalledWith(7);
  });
});

describe('videoFrameScheduler', () => {
  it('uses requestVideoFrameCallback when the element has it', () => {
    const win = fakeWindow();
    const video = fakeVideo();
    const cb = vi.fn();
    const cancel = videoFrameScheduler(video, win).request(cb);

    const metadata = {} as VideoFrameCallbackMetadata;
    video.requestVideoFrameCallback.mock.calls[0]?.[0](33, metadata);
    expect(cb).toHaveBeenCalledWith(33);
    cancel();
    expect(video.cancelVideoFrameCallback).toHaveBeenCalledWith(3);
    expect(win.requestAnimationFrame).not.toHaveBeenCalled();
  });

  it.each<[string, VideoFrameHost]>([
    ['neither method', {}],
    ['only requestVideoFrameCallback', { requestVideoFrameCallback: () => 1 }],
  ])('falls back to animation frames when the element has %s', (_name, video) => {
    const win = fakeWindow();
    const cancel = videoFrameScheduler(video, win).request(vi.fn());
    expect(win.requestAnimationFrame).toHaveBeenCalledTimes(1);
    cancel();
    expect(win.cancelAnimationFrame).toHaveBeenCalledWith(7);
  });
});
