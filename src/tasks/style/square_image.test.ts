import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../../tests/helpers/wasm_backend';
import { FrameReader } from '../../core/pixels/frame_reader';
import { squareImage } from './square_image';

/** A width x height RGBA picture whose red channel numbers its pixels. */
function picture(width: number, height: number) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([i, 0, 0, 255], 4 * i);
  return { image: { data, width, height }, width, height };
}

describe('squareImage', () => {
  beforeAll(useWasmBackend);

  // Shrunk, so no point reads past the square's edge (grown, the edge rows would blend in the
  // frame's pixels beyond it, where a sliced tensor repeats its own edge).
  it.each([
    { why: 'wide: the middle columns', width: 7, height: 4, top: 0, left: 1, size: 3 },
    { why: 'tall: the middle rows', width: 4, height: 6, top: 1, left: 0, size: 3 },
  ])(
    '$why, resized as tf.image.resizeBilinear with half-pixel centres',
    async ({ width, height, top, left, size }) => {
      const frame = picture(width, height);
      const before = tf.memory().numTensors;
      const got = squareImage(new FrameReader(null), frame, size);
      const side = Math.min(width, height);
      const expected = tf.tidy(() =>
        tf.image.resizeBilinear(
          tf.slice(tf.browser.fromPixels(frame.image), [top, left, 0], [side, side, 3]),
          [size, size],
          false,
          true,
        ),
      );
      expect(got.shape).toEqual([1, size, size, 3]);
      const [a, b] = await Promise.all([got.data(), expected.data()]);
      a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 3));
      tf.dispose([got, expected]);
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});
