import { describe, expect, it } from 'vitest';
import {
  startTraining,
  validateStartTraining,
  type StartTraining,
} from './style_training_protocol';

const image = (width: number, height: number, bytes = width * height * 4) => ({
  width,
  height,
  data: new Uint8ClampedArray(bytes),
});

const valid = (): StartTraining => ({
  type: 'start',
  modelsUrl: 'http://localhost:4173/models/',
  style: image(64, 48),
  photos: [image(32, 32), image(40, 30)],
  steps: 20,
  size: 64,
  previewEvery: 25,
  seed: 7,
});

describe('validateStartTraining', () => {
  it('accepts a well-formed start message and returns it', () => {
    const m = valid();
    expect(validateStartTraining(m)).toBe(m);
  });

  it.each<[string, (m: StartTraining) => unknown, RegExp]>([
    ['not a start message', () => ({ type: 'stop' }), /expected a "start" message/],
    ['null', () => null, /expected a "start" message/],
    [
      'a relative models URL',
      (m) => ({ ...m, modelsUrl: './models/' }),
      /modelsUrl must be an absolute URL/,
    ],
    ['no photos', (m) => ({ ...m, photos: [] }), /at least one photo/],
    [
      'nine photos',
      (m) => ({ ...m, photos: Array(9).fill(image(32, 32)) }),
      /at most 8 photos, not 9/,
    ],
    ['0 steps', (m) => ({ ...m, steps: 0 }), /steps must be a whole number from 1 to 5000, not 0/],
    ['2.5 steps', (m) => ({ ...m, steps: 2.5 }), /steps must be a whole number/],
    ['a size not divisible by 4', (m) => ({ ...m, size: 66 }), /multiple of 4.*not 66/],
    ['a size too small', (m) => ({ ...m, size: 16 }), /size must be a whole number from 32 to 512/],
    [
      'a style without pixels',
      (m) => ({ ...m, style: { width: 64, height: 64 } }),
      /the style picture has no RGBA pixels/,
    ],
    [
      'a tiny photo',
      (m) => ({ ...m, photos: [image(8, 8)] }),
      /photo 1 is 8x8; it must be at least 16x16/,
    ],
    [
      'a photo with the wrong byte count',
      (m) => ({ ...m, photos: [image(32, 32), image(20, 20, 1200)] }),
      /photo 2 has 1200 bytes for 20x20; RGBA needs 1600/,
    ],
  ])('rejects %s', (_, make, message) => {
    expect(() => validateStartTraining(make(valid()))).toThrow(message);
  });
});

describe('startTraining', () => {
  it('sends copies and transfers exactly their buffers, keeping the originals', () => {
    const picture = (v: number) => ({
      width: 16,
      height: 16,
      data: new Uint8ClampedArray(16 * 16 * 4).fill(v),
    });
    const style = picture(1);
    const photos = [picture(2), picture(3)];
    const run = { modelsUrl: 'https://h/models/', steps: 20, size: 64, previewEvery: 25, seed: 7 };
    const { message, transfer } = startTraining(run, style, photos);
    expect(validateStartTraining(message)).toEqual(message);
    expect(message).toMatchObject({ type: 'start', ...run });
    expect(message.photos.map((p) => p.data[0])).toEqual([2, 3]);
    expect(transfer).toEqual([message.style, ...message.photos].map((p) => p.data.buffer));
    for (const original of [style, ...photos]) expect(transfer).not.toContain(original.data.buffer);
  });
});
