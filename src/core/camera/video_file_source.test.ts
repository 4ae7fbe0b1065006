import { describe, expect, it, vi } from 'vitest';
import type { SourceState } from './frame_source';
import { VideoFileSource } from './video_file_source';
import { FakeVideo, type FakeVideoBehaviour } from './test_fakes';

function setup(behaviour: FakeVideoBehaviour = {}) {
  const video = new FakeVideo(behaviour);
  const states: SourceState[] = [];
  let next = 0;
  const url = {
    createObjectURL: vi.fn((_file: Blob) => `blob:convlens/${++next}`),
    revokeObjectURL: vi.fn(),
  };
  const source = new VideoFileSource({
    video: video.asElement(),
    onState: (s) => states.push(s),
    url,
  });
  return { source, video, url, states };
}

const clip = (name = 'walk.mp4', type = 'video/mp4') => new File(['x'], name, { type });

describe('VideoFileSource', () => {
  it('plays the file muted, looped and inline, and reports it live', async () => {
    const { source, video, url, states } = setup({ width: 320, height: 240 });
    expect(source.frame()).toBeNull();
    await source.start(clip());
    expect(url.createObjectURL).toHaveBeenCalledTimes(1);
    expect(video).toMatchObject({
      src: 'blob:convlens/1',
      muted: true,
      loop: true,
      playsInline: true,
    });
    expect(video.attributes.get('playsinline')).toBe('');
    expect(states).toEqual([
      { kind: 'live', source: 'video', label: 'walk.mp4', width: 320, height: 240 },
    ]);
    expect(source.frame()).toEqual({ image: video, width: 320, height: 240 });
  });

  it.each([
    ['notes.txt', 'text/plain'],
    ['cat.png', 'image/png'],
  ])('rejects %s by type without loading it', async (name, type) => {
    const { source, url, states } = setup();
    await source.start(clip(name, type));
    expect(states).toEqual([
      { kind: 'bad-file', fileName: name, problem: 'not-video', detail: type },
    ]);
    expect(url.createObjectURL).not.toHaveBeenCalled();
  });

  it('rejects an empty file without loading it', async () => {
    const { source, url, states } = setup();
    await source.start(new File([], 'empty.mp4', { type: 'video/mp4' }));
    expect(states).toEqual([{ kind: 'bad-file', fileName: 'empty.mp4', problem: 'empty' }]);
    expect(url.createObjectURL).not.toHaveBeenCalled();
  });

  it('reports a corrupt file once, with the reason, and frees its URL', async () => {
    const { source, video, url, states } = setup({ failWith: { code: 3, message: '' } });
    await source.start(clip('broken.mp4'));
    expect(states).toEqual([
      { kind: 'bad-file', fileName: 'broken.mp4', problem: 'video-undecodable' },
    ]);
    expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:convlens/1');
    expect(video.listenerCount('error')).toBe(0);
    expect(source.frame()).toBeNull();
  });

  it('tries a file with no type and reports it when the element cannot play it', async () => {
    const { source, states } = setup({ failWith: { code: 4, message: 'DEMUXER_ERROR' } });
    await source.start(clip('clip.mkv', ''));
    expect(states).toEqual([
      {
        kind: 'bad-file',
        fileName: 'clip.mkv',
        problem: 'video-unsupported',
        detail: 'DEMUXER_ERROR',
      },
    ]);
  });

  it('reports a decode error that happens while playing', async () => {
    const { source, video, states } = setup();
    await source.start(clip());
    video.error = { code: 3, message: '' };
    video.dispatch('error');
    expect(states.at(-1)).toMatchObject({ kind: 'bad-file', fileName: 'walk.mp4' });
    expect(video.src).toBe('');
  });

  it('a second start unloads and revokes the first file', async () => {
    const { source, video, url } = setup();
    await source.start(clip('a.mp4'));
    await source.start(clip('b.webm', 'video/webm'));
    expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:convlens/1');
    expect(url.revokeObjectURL).not.toHaveBeenCalledWith('blob:convlens/2');
    expect(video.src).toBe('blob:convlens/2');
    expect(video.listenerCount('error')).toBe(1);
  });

  it.each([
    ['stop', [{ kind: 'idle' }]],
    ['dispose', []],
  ] as const)(
    '%s unloads the element, revokes the URL and removes the listener',
    async (method, after) => {
      const { source, video, url, states } = setup();
      await source.start(clip());
      states.length = 0;
      source[method]();
      expect(video.pause).toHaveBeenCalled();
      expect(video.load).toHaveBeenCalled();
      expect(video.src).toBe('');
      expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:convlens/1');
      expect(video.listenerCount('error')).toBe(0);
      expect(states).toEqual(after);
      expect(source.frame()).toBeNull();
    },
  );
});
