import { describe, expect, it } from 'vitest';
import type { LabSource } from '../../lab/lab_context';
import { recordingContext } from '../../render/recording_context';
import { freezeFrame } from './freeze_frame';

/** A document whose canvases record their drawing and give a fixed PNG. */
function fakeDocument() {
  const recording = recordingContext({ width: 640, height: 480, clientWidth: 640 });
  const png = new Blob(['png'], { type: 'image/png' });
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => recording.ctx,
    toBlob: (done: (b: Blob | null) => void) => done(png),
  };
  const doc = { createElement: () => canvas } as unknown as Document;
  return { doc, canvas, recording, png };
}

function fakeSource(kind: LabSource['kind'], mirrored: boolean) {
  const opened: { file: Blob | string; options?: { mirrored?: boolean } }[] = [];
  const source = {
    kind,
    live: true,
    mirrored,
    frozen: false,
    epoch: 1,
    frame: () => ({ image: {} as HTMLCanvasElement, width: 640, height: 480 }),
    scheduler: () => {
      throw new Error('not used');
    },
    openImage: async (file: Blob | string, options?: { mirrored?: boolean }) => {
      opened.push({ file, options });
    },
    resumeLive: async () => false,
  } satisfies LabSource;
  return { source, opened };
}

describe('freezeFrame', () => {
  it.each([
    { kind: 'camera' as const, mirrored: true },
    { kind: 'camera' as const, mirrored: false },
    { kind: 'video' as const, mirrored: false },
  ])(
    '$kind, mirrored $mirrored: the still holds the pixels the model read and is shown as before',
    async ({ kind, mirrored }) => {
      const { doc, canvas, recording, png } = fakeDocument();
      const { source, opened } = fakeSource(kind, mirrored);
      expect(await freezeFrame(source, doc)).toBe(true);
      // Same size, never flipped: the frozen frame gives the same cells and objectness as live.
      expect([canvas.width, canvas.height]).toEqual([640, 480]);
      expect(recording.of('scale')).toEqual([]);
      expect(recording.of('translate')).toEqual([]);
      expect(recording.of('drawImage')[0]!.args.slice(1)).toEqual([0, 0, 640, 480]);
      // The selfie view stays a selfie view: the still is shown mirrored, as the camera was.
      expect(opened).toEqual([{ file: png, options: { mirrored } }]);
    },
  );

  it('a still image is not frozen again', async () => {
    const { doc } = fakeDocument();
    const { source, opened } = fakeSource('image', false);
    expect(await freezeFrame(source, doc)).toBe(false);
    expect(opened).toEqual([]);
  });
});
