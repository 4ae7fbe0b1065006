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
  return async (
    img: FixtureImage,
    inputSize: number,
    scoreThreshold: number,
  ): Promise<{ score: number; box: CornerBox }[]> => {
    const rgb = faceapi.tf.tidy(() =>
      faceapi.tf
        .tensor3d(img.data, [img.height, img.width, 4], 'int32')
        .slice([0, 0, 0], [-1, -1, 3]),
    );
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
}
