// face-api's own TinyFaceDetector, as a reference for our Tiny YOLOv2 (dev-only comparison).
// Its Node WASM build requires @tensorflow/tfjs and @tensorflow/tfjs-backend-wasm (the same
// 4.22 packages the app uses), so it runs beside our code in the same process.
import { createRequire } from 'node:module';
import { publicModelsDir } from '../../../src/core/models/node_model_files';
import type { CornerBox } from '../../../src/vision/boxes';
import type { FixtureImage } from '../../helpers/fixture_image';

interface FaceApiBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface FaceApi {
  tf: {
    setBackend(name: string): Promise<boolean>;
    ready(): Promise<void>;
    tidy<T>(f: () => T): T;
    tensor3d(
      data: Uint8Array,
      shape: number[],
      dtype: string,
    ): { slice(b: number[], s: number[]): unknown; dispose(): void };
    dispose(t: unknown): void;
  };
  nets: {
    tinyFaceDetector: {
      loadFromDisk(dir: string): Promise<void>;
      locateFaces(input: unknown, options: unknown): Promise<{ score: number; box: FaceApiBox }[]>;
      forward(
        input: unknown,
        inputSize: number,
      ): Promise<{ data(): Promise<Float32Array>; dispose(): void }>;
    };
  };
  TinyFaceDetectorOptions: new (o: { inputSize: number; scoreThreshold: number }) => unknown;
}

export async function loadFaceApiTinyFaceDetector() {
  const faceapi = createRequire(import.meta.url)(
    '@vladmandic/face-api/dist/face-api.node-wasm.js',
  ) as FaceApi;
  await faceapi.tf.setBackend('wasm');
  await faceapi.tf.ready();
  await faceapi.nets.tinyFaceDetector.loadFromDisk(`${publicModelsDir}face-api`);
  const rgbOf = (img: FixtureImage) =>
    faceapi.tf.tidy(() =>
      faceapi.tf
        .tensor3d(img.data, [img.height, img.width, 4], 'int32')
        .slice([0, 0, 0], [-1, -1, 3]),
    );
  /** face-api's raw network output [1, S, S, 25] (it pads to a square at the bottom-right). */
  const forward = async (img: FixtureImage, inputSize: number): Promise<Float32Array> => {
    const rgb = rgbOf(img);
    try {
      const out = await faceapi.nets.tinyFaceDetector.forward(rgb, inputSize);
      try {
        return await out.data();
      } finally {
        out.dispose();
      }
    } finally {
      faceapi.tf.dispose(rgb);
    }
  };
  /** face-api's detections (its own decoding and NMS), as corner boxes in image pixels. */
  const detect = async (
    img: FixtureImage,
    inputSize: number,
    scoreThreshold: number,
  ): Promise<{ score: number; box: CornerBox }[]> => {
    const rgb = rgbOf(img);
    try {
      const faces = await faceapi.nets.tinyFaceDetector.locateFaces(
        rgb,
        new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold }),
      );
      return faces.map(({ score, box }) => ({
        score,
        box: { x1: box.x, y1: box.y, x2: box.x + box.width, y2: box.y + box.height },
      }));
    } finally {
      faceapi.tf.dispose(rgb);
    }
  };
  return { detect, forward };
}
