import * as tf from '@tensorflow/tfjs-core';
import { TensorFrameSampler } from '../../../src/tasks/landmarks/frame_sampler';
import { loadFixtureImage } from '../../helpers/fixture_image';

/** A fixture photo as the [h, w, 3] float32 tensor the landmark pipelines read; caller disposes. */
export function fixtureTensor(name: string): tf.Tensor3D {
  const img = loadFixtureImage(name);
  return tf.tidy(() => tf.cast(tf.browser.fromPixels(img, 3), 'float32'));
}

/** A fixture photo as a frame sampler (tensor path, as in Node); dispose it. */
export function fixtureFrame(name: string): TensorFrameSampler {
  return new TensorFrameSampler(fixtureTensor(name));
}
