import { describe, expect, it, vi } from 'vitest';
import { CameraSource, type CameraSourceOptions } from './camera_source';
import type { SourceState } from './frame_source';
import {
  FakeMediaDevices,
  FakeVideo,
  deferred,
  deviceInfo,
  fakeStream,
  flushPromises,
} from './test_fakes';

function setup(overrides: Partial<CameraSourceOptions> = {}) {
  const mediaDevices = new FakeMediaDevices();
  const video = new FakeVideo({ width: 1280, height: 720 });
  const states: SourceState[] = [];
  const source = new CameraSource({
    mediaDevices: mediaDevices.asHost(),
    video: video.asElement(),
    onState: (s) => states.push(s),
    ...overrides,
  });
  return { source, mediaDevices, video, states };
}

describe('CameraSource', () => {
  it('requests the camera, plays it inline and muted, then reports it live', async () => {
    const { source, mediaDevices, video, states } = setup();
    const stream = fakeStream('FaceTime HD Camera', { deviceId: 'cam-1', facingMode: 'user' });
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());

    expect(source.frame()).toBeNull();
    await source.start({ resolution: '720p', facingMode: 'user' });

    expect(mediaDevices.getUserMedia).toHaveBeenCalledWith({
      audio: false,
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: { ideal: 'user' } },
    });
    expect(states).toEqual([
      { kind: 'requesting' },
      {
        kind: 'live',
        source: 'camera',
        label: 'FaceTime HD Camera',
        width: 1280,
        height: 720,
        deviceId: 'cam-1',
        facingMode: 'user',
      },
    ]);
    expect(video).toMatchObject({ muted: true, playsInline: true, srcObject: stream });
    expect(video.attributes.get('playsinline')).toBe('');
    expect(source.frame()).toEqual({ image: video, width: 1280, height: 720 });
  });

  it('leaves out a facing mode that is neither user nor environment', async () => {
    const { source, mediaDevices, states } = setup();
    const stream = fakeStream('USB cam', { deviceId: 'usb', facingMode: 'left' });
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());
    await source.start({ resolution: '480p', deviceId: 'usb' });
    expect(states.at(-1)).toMatchObject({ kind: 'live', deviceId: 'usb', facingMode: undefined });
  });

  it.each<[string, SourceState['kind']]>([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
  ])('getUserMedia failing with %s reports %s', async (name, kind) => {
    const { source, mediaDevices, states } = setup();
    mediaDevices.getUserMedia.mockRejectedValue(new DOMException('no', name));
    await source.start({ resolution: '720p' });
    expect(states).toEqual([{ kind: 'requesting' }, { kind }]);
    expect(source.frame()).toBeNull();
  });

  it('releases the stream and reports the error when play() fails', async () => {
    const { source, mediaDevices, video, states } = setup();
    const stream = fakeStream();
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());
    vi.spyOn(video, 'play').mockRejectedValue(new DOMException('interrupted', 'AbortError'));
    await source.start({ resolution: '720p' });
    expect(states.at(-1)).toEqual({ kind: 'busy' });
    expect(stream.tracks[0]?.stop).toHaveBeenCalled();
    expect(video.srcObject).toBeNull();
  });

  it('reports insecure when mediaDevices is undefined', async () => {
    const { source, states } = setup({ mediaDevices: undefined });
    await source.start({ resolution: '720p' });
    expect(states).toEqual([{ kind: 'insecure' }]);
    expect(await source.listDevices()).toEqual([]);
  });

  it('reports ended and releases the stream when the track ends', async () => {
    const { source, mediaDevices, video, states } = setup();
    const stream = fakeStream();
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());
    await source.start({ resolution: '720p' });

    stream.tracks[0]?.dispatch('ended');
    expect(states.at(-1)).toEqual({ kind: 'ended' });
    expect(stream.tracks[0]?.stop).toHaveBeenCalled();
    expect(stream.tracks[0]?.listenerCount('ended')).toBe(0);
    expect(video.srcObject).toBeNull();
    expect(source.frame()).toBeNull();
  });

  it('a second start stops the first stream before asking again', async () => {
    const { source, mediaDevices, video, states } = setup();
    const first = fakeStream('front');
    const second = fakeStream('back');
    mediaDevices.getUserMedia
      .mockResolvedValueOnce(first.asStream())
      .mockResolvedValueOnce(second.asStream());
    await source.start({ resolution: '720p' });
    await source.start({ resolution: '720p', facingMode: 'environment' });

    expect(first.tracks[0]?.stop).toHaveBeenCalled();
    expect(first.tracks[0]?.listenerCount('ended')).toBe(0);
    expect(second.tracks[0]?.stop).not.toHaveBeenCalled();
    expect(video.srcObject).toBe(second);
    expect(states.map((s) => s.kind)).toEqual(['requesting', 'live', 'requesting', 'live']);
    expect(states.at(-1)).toMatchObject({ label: 'back' });
  });

  it('stops a stream that arrives after a newer start or a stop, without reporting it', async () => {
    const { source, mediaDevices, video, states } = setup();
    const slow = deferred<MediaStream>();
    const late = fakeStream('late');
    mediaDevices.getUserMedia.mockReturnValueOnce(slow.promise);
    const starting = source.start({ resolution: '720p' });
    source.stop();
    slow.resolve(late.asStream());
    await starting;

    expect(late.tracks[0]?.stop).toHaveBeenCalled();
    expect(video.srcObject).toBeNull();
    expect(states).toEqual([{ kind: 'requesting' }, { kind: 'idle' }]);
  });

  it('stop stops the tracks, clears the element and reports idle', async () => {
    const { source, mediaDevices, video, states } = setup();
    const stream = fakeStream();
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());
    await source.start({ resolution: '720p' });
    source.stop();
    expect(stream.tracks[0]?.stop).toHaveBeenCalled();
    expect(video.srcObject).toBeNull();
    expect(states.at(-1)).toEqual({ kind: 'idle' });
  });

  it('lists cameras only, naming unlabelled ones', async () => {
    const { source, mediaDevices } = setup();
    mediaDevices.enumerateDevices.mockResolvedValue([
      deviceInfo('audioinput', 'mic'),
      deviceInfo('videoinput', 'a'),
      deviceInfo('videoinput', 'b', 'Rear Camera'),
      deviceInfo('videoinput', 'c'),
    ]);
    expect(await source.listDevices()).toEqual([
      { deviceId: 'a', label: 'Camera 1' },
      { deviceId: 'b', label: 'Rear Camera' },
      { deviceId: 'c', label: 'Camera 3' },
    ]);
  });

  it('re-lists cameras on devicechange and once live', async () => {
    const onDevices = vi.fn();
    const { source, mediaDevices } = setup({ onDevices });
    mediaDevices.enumerateDevices.mockResolvedValue([deviceInfo('videoinput', 'a', 'Front')]);

    mediaDevices.dispatch('devicechange');
    await flushPromises();
    expect(onDevices).toHaveBeenCalledWith([{ deviceId: 'a', label: 'Front' }]);

    mediaDevices.getUserMedia.mockResolvedValue(fakeStream().asStream());
    await source.start({ resolution: '720p' });
    await flushPromises();
    expect(onDevices).toHaveBeenCalledTimes(2);
  });

  it('keeps the last list when enumerateDevices fails on devicechange', async () => {
    const onDevices = vi.fn();
    const { mediaDevices } = setup({ onDevices });
    mediaDevices.enumerateDevices.mockRejectedValue(new Error('gone'));
    mediaDevices.dispatch('devicechange');
    await flushPromises();
    expect(onDevices).not.toHaveBeenCalled();
  });

  it('dispose stops the stream and removes every listener without reporting', async () => {
    const onDevices = vi.fn();
    const { source, mediaDevices, video, states } = setup({ onDevices });
    const stream = fakeStream();
    mediaDevices.getUserMedia.mockResolvedValue(stream.asStream());
    await source.start({ resolution: '720p' });
    await flushPromises();
    expect(mediaDevices.listenerCount('devicechange')).toBe(1);
    const reported = states.length;

    source.dispose();
    expect(mediaDevices.listenerCount('devicechange')).toBe(0);
    expect(stream.tracks[0]?.listenerCount('ended')).toBe(0);
    expect(stream.tracks[0]?.stop).toHaveBeenCalled();
    expect(video.srcObject).toBeNull();
    expect(states).toHaveLength(reported);
  });

  it('does not detach a stream the element got from someone else', async () => {
    const { source, mediaDevices, video } = setup();
    mediaDevices.getUserMedia.mockResolvedValue(fakeStream().asStream());
    await source.start({ resolution: '720p' });
    const other = fakeStream('other').asStream();
    video.srcObject = other;
    source.stop();
    expect(video.srcObject).toBe(other);
  });
});
