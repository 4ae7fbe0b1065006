import * as tf from '@tensorflow/tfjs-core';
import type { CornerBox } from '../../../src/vision/boxes';
import { loadFixtureImage, type FixtureImage } from '../../helpers/fixture_image';

/**
 * The object of the sliding-window tests: the cat's head in chelsea.jpg (451x300), hand-checked
 * on a 50 px grid: ears to chin and cheek to cheek fill x 40-400, y 0-300 (see
 * tests/fixtures/README.md). As [y1, x1, y2, x2] fractions for tf.image.cropAndResize.
 */
export const catHead: [number, number, number, number] = [0, 40 / 451, 1, 400 / 451];

/** Where the test picture has the cat: a 112 px square pasted at (140, 70). */
export const pastedCat: CornerBox = { x1: 140, y1: 70, x2: 252, y2: 182 };

/** The test picture's size: building.jpg (868x600) shrunk to 384x256 behind the cat. */
export const sceneSize = { width: 384, height: 256 };

function rgbaOf(rgb: tf.Tensor3D): FixtureImage {
  const [height, width] = rgb.shape;
  const rgba = tf.tidy(() =>
    tf.concat([tf.clipByValue(tf.round(rgb), 0, 255), tf.fill([height, width, 1], 255)], 2),
  );
  const data = Uint8Array.from(rgba.dataSync());
  rgba.dispose();
  return { data, width, height };
}

/**
 * A real picture with the object at a known place, made with tf ops: the background photo
 * resized, and the cat's head cropped, resized to the box and pasted over it.
 */
export function catScene(): FixtureImage {
  const background = loadFixtureImage('building.jpg');
  const cat = loadFixtureImage('chelsea.jpg');
  const { x1, y1, x2, y2 } = pastedCat;
  const { width, height } = sceneSize;
  const scene = tf.tidy(() => {
    const bg = tf.image.resizeBilinear(
      tf.cast(tf.browser.fromPixels(background, 3), 'float32') as tf.Tensor3D,
      [height, width],
    );
    const patch = tf.image.cropAndResize(
      tf.expandDims(tf.cast(tf.browser.fromPixels(cat, 3), 'float32'), 0) as tf.Tensor4D,
      [catHead],
      [0],
      [y2 - y1, x2 - x1],
    ); // [1, 112, 112, 3]
    const padding: [number, number][] = [
      [y1, height - y2],
      [x1, width - x2],
      [0, 0],
    ];
    const pasted = tf.pad(tf.squeeze(patch, [0]), padding);
    const mask = tf.pad(tf.ones([y2 - y1, x2 - x1, 1]), padding);
    return tf.add(tf.mul(pasted, mask), tf.mul(bg, tf.sub(1, mask))) as tf.Tensor3D;
  });
  const image = rgbaOf(scene);
  scene.dispose();
  return image;
}
