import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import type { FaceEmbedder } from './face_embedder';

/**
 * The second encoder: HSE FaceRes from @vladmandic/human (a MobileNet trained for faces, with age
 * and gender heads we ignore). Its descriptor `global_pooling/Mean` has 1024 numbers; we scale it
 * to unit length so distances stay in [0, 2] and one τ fits every face. Input 224x224 RGB 0-255.
 */
export class FaceResNet implements FaceEmbedder {
  static readonly modelId: ModelId = 'faceres';
  readonly id = 'faceres' as const;
  readonly inputSize = 224;
  readonly dimensions = 1024;

  constructor(private readonly model: GraphModel) {}

  embed(faces: tf.Tensor4D): tf.Tensor2D {
    return tf.tidy(() => {
      const outputs = this.model.execute(tf.cast(faces, 'float32')) as tf.Tensor[];
      const descriptor = outputs.find((t) => t.shape[1] === this.dimensions);
      if (!descriptor)
        throw new Error('faceres gave no 1024-number descriptor: is it the right model?');
      const flat = tf.reshape(descriptor, [-1, this.dimensions]);
      return tf.div(flat, tf.norm(flat, 2, 1, true)) as tf.Tensor2D;
    });
  }

  dispose(): void {
    this.model.dispose();
  }
}
