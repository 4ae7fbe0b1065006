import * as tf from '@tensorflow/tfjs-core';
import { TensorFrame } from '../../../src/core/pixels/tensor_frame';
import { loadFixtureImage } from '../../helpers/fixture_image';

/** A fixture photo as the [h, w, 3] float32 tensor the landmark pipelines read; caller disposes. */
export function fixtureTensor(name: string): tf.Tensor3D {
  const img = loadFixtureImage(name);
  return tf.tidy(() => tf.cast(tf.browser.fromPixels(img, 3), 'float32'));
}

/** A fixture photo as an opened frame (the tensor path); dispose it. */
export function fixtureFrame(name: string): TensorFrame {
  return new TensorFrame(fixtureTensor(name));
}
