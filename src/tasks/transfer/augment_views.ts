import { centreSquare, type ViewBox } from './view_box';
import { seededRandom } from '../../core/random/seeded_random';

/** Which data augmentations make the extra training copies of each sample. */
export interface AugmentationOptions {
  flip: boolean;
  /** Random crops of 80-95% of the centred square. */
  crop: boolean;
  /** Brightness scaled by 0.7-1.3. */
  brightness: boolean;
  /** Augmented copies per sample (besides the original). */
  copies: number;
}

/**
 * The original view (the centred square) followed by `copies` randomly augmented views, the same
 * for the same seed. With no augmentation switched on, only the original.
 */
export function augmentViews(
  width: number,
  height: number,
  options: AugmentationOptions,
  seed: number,
): ViewBox[] {
  const original = centreSquare(width, height);
  if (!options.flip && !options.crop && !options.brightness) return [original];
  const random = seededRandom(seed);
  const views: ViewBox[] = [original];
  const [y1, x1, y2, x2] = original.box;
  for (let i = 0; i < options.copies; i++) {
    let box = original.box;
    if (options.crop) {
      const scale = 0.8 + random() * 0.15;
      const h = (y2 - y1) * scale;
      const w = (x2 - x1) * scale;
      const top = y1 + random() * (y2 - y1 - h);
      const left = x1 + random() * (x2 - x1 - w);
      box = [top, left, top + h, left + w];
    }
    views.push({
      box,
      // Alternate mirrored and plain copies so a flip is always among them.
      flip: options.flip && i % 2 === 0,
      brightness: options.brightness ? 0.7 + random() * 0.6 : 1,
    });
  }
  return views;
}
