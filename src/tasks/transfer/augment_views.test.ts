import { describe, expect, it } from 'vitest';
import { augmentViews } from './augment_views';
import { centreSquare } from './view_box';

const none = { flip: false, crop: false, brightness: false, copies: 3 };

describe('augmentViews', () => {
  it('is only the original without augmentation', () => {
    expect(augmentViews(640, 480, none, 1)).toEqual([centreSquare(640, 480)]);
  });

  it('adds mirrored copies for flip', () => {
    const views = augmentViews(640, 480, { ...none, flip: true }, 1);
    expect(views.map((v) => v.flip)).toEqual([false, true, false, true]);
    expect(new Set(views.map((v) => v.brightness))).toEqual(new Set([1]));
  });

  it('crops inside the centred square and brightens within 0.7-1.3, repeatably', () => {
    const options = { ...none, crop: true, brightness: true, copies: 20 };
    const views = augmentViews(640, 480, options, 5);
    expect(views).toEqual(augmentViews(640, 480, options, 5));
    for (const { box, brightness } of views.slice(1)) {
      const [y1, x1, y2, x2] = box;
      expect(y1).toBeGreaterThanOrEqual(0);
      expect(x1).toBeGreaterThanOrEqual(0.125);
      expect(y2).toBeLessThanOrEqual(1);
      expect(x2).toBeLessThanOrEqual(0.875);
      expect((y2 - y1) / 1).toBeGreaterThanOrEqual(0.8);
      expect(brightness).toBeGreaterThanOrEqual(0.7);
      expect(brightness).toBeLessThanOrEqual(1.3);
    }
  });
});
