import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { negativeColour, positiveColour, signedColours } from './signed_colours';

describe('signedColours', () => {
  it('paints positive responses orange, negative blue, zero black, scaled by sqrt(|value| / largest)', async () => {
    await tf.setBackend('cpu');
    const out = tf.tidy(() => signedColours(tf.tensor2d([[30, -30, 0, 15]])));
    const px = (await out.array())[0]!;
    out.dispose();
    const close = (got: number[], want: readonly number[]) =>
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 6));
    close(px[0]!, positiveColour);
    close(px[1]!, negativeColour);
    close(px[2]!, [0, 0, 0]);
    close(
      px[3]!,
      positiveColour.map((c) => c * Math.SQRT1_2),
    );
  });

  it('keeps an all-zero response black', async () => {
    await tf.setBackend('cpu');
    const out = tf.tidy(() => signedColours(tf.zeros([2, 2]) as tf.Tensor2D));
    expect(Array.from(await out.data())).toEqual(Array(12).fill(0));
    out.dispose();
  });
});
