import { readdirSync } from 'node:fs';
import { featureSize, type TransferFeatures } from '../../../src/tasks/transfer/transfer_features';
import { centreSquare, type ViewBox } from '../../../src/tasks/transfer/view_box';
import { SoftmaxHead } from '../../../src/tasks/transfer/softmax_head';
import type { LabelledFeatures } from '../../../src/tasks/transfer/train_head';
import { fixturePath, loadFixtureImage } from '../../helpers/fixture_image';
import { trainFixedHead } from '../../helpers/train_fixed_head';
import { catHead } from './cat_scene';

/** Class 0 is the object (the cat's head), class 1 the background. */
export const labels = ['cat', 'background'];

function view(box: [number, number, number, number], flip = false): ViewBox {
  return { box, flip, brightness: 1 };
}

/** Closely cropped cat heads: the hand-checked box, shifted and scaled a little, and mirrored. */
function catViews(): ViewBox[] {
  const [y1, x1, y2, x2] = catHead;
  const w = x2 - x1;
  const out: ViewBox[] = [];
  const jitters: [number, number, number][] = [
    [0, 0, 1],
    [0.05, 0, 0.9],
    [-0.05, 0, 0.9],
    [0, 0.05, 0.9],
    [0, 0, 0.8],
    [0.04, 0.04, 0.85],
  ];
  for (const [dx, dy, s] of jitters) {
    const cx = (x1 + x2) / 2 + dx * w;
    const cy = (y1 + y2) / 2 + dy;
    const box: [number, number, number, number] = [
      Math.max(0, cy - ((y2 - y1) * s) / 2),
      Math.max(0, cx - (w * s) / 2),
      Math.min(1, cy + ((y2 - y1) * s) / 2),
      Math.min(1, cx + (w * s) / 2),
    ];
    out.push(view(box), view(box, true));
  }
  return out;
}

/** Background crops: the centred square and four corners of photos with no cat in them. */
function backgroundViews(width: number, height: number): ViewBox[] {
  const square = centreSquare(width, height);
  const [y1, x1, y2, x2] = square.box;
  const h = (y2 - y1) * 0.6;
  const w = (x2 - x1) * 0.6;
  return [
    square,
    view([y1, x1, y1 + h, x1 + w]),
    view([y1, x2 - w, y1 + h, x2]),
    view([y2 - h, x1, y2, x1 + w]),
    view([y2 - h, x2 - w, y2, x2]),
  ];
}

/**
 * The one-minute flow of the Transfer lab, done on fixture photos: a 2-class head (cat head vs
 * background) trained with the Transfer lab's own trainHead on the frozen backbone's features.
 * The background photos exclude building.jpg, the test picture's background, and every animal.
 */
export async function trainObjectHead(backbone: TransferFeatures): Promise<SoftmaxHead> {
  const cat = loadFixtureImage('chelsea.jpg');
  const examples: LabelledFeatures[] = (
    await backbone.extract(cat, cat.width, cat.height, catViews())
  ).map((f) => ({ label: 0, features: [f] }));
  const backgrounds = readdirSync(fixturePath('transfer')).filter(
    (f) => f.endsWith('.jpg') && !f.startsWith('animal_') && f !== 'building_building.jpg',
  );
  for (const name of backgrounds) {
    const img = loadFixtureImage(`transfer/${name}`);
    const features = await backbone.extract(
      img,
      img.width,
      img.height,
      backgroundViews(img.width, img.height),
    );
    examples.push(...features.map((f) => ({ label: 1, features: [f] })));
  }
  const head = SoftmaxHead.initial(featureSize, 2, 1);
  await trainFixedHead(head, examples);
  return head;
}
