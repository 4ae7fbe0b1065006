import { describe, expect, it } from 'vitest';
import { pooledGridSize } from '../../vision/receptive_field';
import { slidingWindows } from '../../vision/sliding_windows';
import { scanInputSize } from './convolutional_scan';

describe('scanInputSize: the frame scaled by 224 / f, sides multiples of 32', () => {
  it.each([
    // frame, f, network input, convolutional windows (cols x rows), naive windows with s = f / 7
    [[640, 480], 224, [640, 480], [14, 9], [14, 9]],
    [[640, 480], 112, [1280, 960], [34, 24], [34, 24]],
    [[640, 480], 336, [416, 320], [7, 4], [7, 4]], // scale 2/3: 426.7 x 320 -> 416 x 320
    [[384, 256], 112, [768, 512], [18, 10], [18, 10]],
    // at least one window: 200 px stretched to 224, where no naive 224 px window fits
    [[300, 200], 224, [288, 224], [3, 1], [3, 0]],
    [[100, 80], 224, [224, 224], [1, 1], [0, 0]], // a window larger than the frame: 1 clipped
  ])('%j with f = %i -> %j', (frame, f, input, conv, naive) => {
    const [width, height] = frame as [number, number];
    const size = scanInputSize({ width, height }, f);
    expect([size.width, size.height]).toEqual(input);
    expect([pooledGridSize(size.width / 32, 7), pooledGridSize(size.height / 32, 7)]).toEqual(conv);
    const { grids } = slidingWindows({ width, height }, [f], f / 7);
    expect([grids[0]!.cols, grids[0]!.rows]).toEqual(naive);
  });

  it('does not align with a naive stride that is not a multiple of f / 7', () => {
    const input = scanInputSize({ width: 640, height: 480 }, 224);
    const conv = pooledGridSize(input.width / 32, 7) * pooledGridSize(input.height / 32, 7);
    const naive = slidingWindows({ width: 640, height: 480 }, [224], 48).windows.length;
    expect([conv, naive]).toEqual([126, 9 * 6]);
  });
});
