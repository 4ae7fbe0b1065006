import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CenternetBackbone } from '../../../src/core/models/centernet_backbone';
import { FrameReader } from '../../../src/core/pixels/frame_reader';
import type { OpenedFrame } from '../../../src/core/pixels/read_options';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import type { SoftmaxHead } from '../../../src/tasks/transfer/softmax_head';
import { convolutionalScan } from '../../../src/tasks/windows/convolutional_scan';
import { naiveScan } from '../../../src/tasks/windows/naive_scan';
import { pooledWindowFeatures } from '../../../src/tasks/windows/pooled_window_features';
import { WindowBackbone, windowCells } from '../../../src/tasks/windows/window_backbone';
import { windowDetections } from '../../../src/tasks/windows/window_detections';
import type { ScanWindow } from '../../../src/tasks/windows/window_scan_result';
import { intersectionOverUnion } from '../../../src/vision/intersection_over_union';
import { slidingWindows } from '../../../src/vision/sliding_windows';
import type { FixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';
import { catScene, pastedCat, sceneSize } from './cat_scene';
import { trainObjectHead } from './train_object_head';

// A cat's head (chelsea.jpg) pasted at a known place into a different real photo (building.jpg);
// a 2-class head (cat vs background) trained on other fixture photos with the Transfer lab's
// trainHead. Windows of 112 px; the naive stride is 16 px, which is also the convolutional
// scan's (112 / 7), so both scan the same grid.
const windowSize = 112;
const stride = 16;
// The threshold only keeps boxes; the best box is the best-scoring window either way.
const detection = { scoreThreshold: 0.3, iouThreshold: 0.3, backgroundClass: 1 };

describe('sliding windows on the Transfer backbone (WASM, real photos)', () => {
  let backbone: WindowBackbone;
  let head: SoftmaxHead;
  let scene: FixtureImage;
  let frame: OpenedFrame; // the scene opened once, as the detector opens a frame

  beforeAll(async () => {
    await useWasmBackend();
    backbone = new WindowBackbone(await CenternetBackbone.load(nodeModelOptions));
    head = await trainObjectHead(backbone.crops);
    scene = catScene();
    frame = new FrameReader(null).openStill({ image: scene, ...sceneSize });
  }, 240_000);
  afterAll(() => {
    head?.dispose();
    backbone?.dispose();
  });

  it('the naive scan puts its best box on the cat (IoU >= 0.5)', async () => {
    const { windows } = slidingWindows(sceneSize, [windowSize], stride);
    expect(windows).toHaveLength(18 * 10);
    const t0 = performance.now();
    const probabilities = await naiveScan(backbone, head, frame, windows);
    const ms = performance.now() - t0;
    const { detections } = windowDetections(windows, probabilities, detection);
    const iou = intersectionOverUnion(detections[0]!.box, pastedCat);
    console.log(
      `naive: ${windows.length} windows in ${ms.toFixed(0)} ms, best ${JSON.stringify(detections[0])}, IoU ${iou.toFixed(2)}, ${detections.length} boxes after NMS`,
    );
    expect(iou).toBeGreaterThanOrEqual(0.5);
  }, 120_000);

  it('the convolutional scan puts its best box on the cat (IoU >= 0.5), from one backbone run', async () => {
    const t0 = performance.now();
    const scan = await convolutionalScan(backbone, head, frame, windowSize);
    const ms = performance.now() - t0;
    expect([scan.rows, scan.cols]).toEqual([10, 18]);
    const { detections } = windowDetections(scan.windows, scan.probabilities, detection);
    const iou = intersectionOverUnion(detections[0]!.box, pastedCat);
    console.log(
      `convolutional: ${scan.windows.length} windows in ${ms.toFixed(0)} ms, best ${JSON.stringify(detections[0])}, IoU ${iou.toFixed(2)}`,
    );
    expect(iou).toBeGreaterThanOrEqual(0.5);
  }, 60_000);

  it('pooled window features + 1x1 conv head equal the dense head on each window cut from the same maps (1e-4)', () => {
    const input = tf.image.resizeBilinear(
      tf.expandDims(tf.cast(tf.browser.fromPixels(scene, 3), 'float32'), 0) as tf.Tensor4D,
      [256, 384],
    );
    const [fine, coarse] = backbone.featureMaps(input);
    const [d, k] = head.kernel.shape;
    const grid = tf.tidy(() => {
      const x = pooledWindowFeatures(fine, coarse, windowCells);
      return tf.add(
        tf.conv2d(x, tf.reshape(head.kernel, [1, 1, d, k]) as tf.Tensor4D, 1, 'valid'),
        head.bias,
      );
    });
    const [, rows = 0, cols = 0] = grid.shape;
    expect([rows, cols]).toEqual([8 - 7 + 1, 12 - 7 + 1]);
    const convolutional = (grid.arraySync() as number[][][][])[0]!;
    let worst = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const dense = tf.tidy(() => {
          const pool = (map: tf.Tensor4D, at: number, cells: number) => {
            const mean = tf.mean(
              tf.slice(map, [0, at * r, at * c, 0], [1, cells, cells, map.shape[3]]),
              [1, 2],
            );
            return tf.div(mean, tf.norm(mean, 'euclidean', 1, true));
          };
          const x = tf.concat([pool(fine, 2, 2 * windowCells), pool(coarse, 1, windowCells)], 1);
          return (tf.add(tf.matMul(x, head.kernel), head.bias).arraySync() as number[][])[0]!;
        });
        dense.forEach((z, j) => (worst = Math.max(worst, Math.abs(z - convolutional[r]![c]![j]!))));
      }
    }
    tf.dispose([input, fine, coarse, grid]);
    expect(worst).toBeLessThan(1e-4);
  });

  it('leaks no tensors over a warm-up, a naive and a convolutional scan', async () => {
    const warmed = tf.memory().numTensors;
    backbone.crops.warmUp();
    expect(tf.memory().numTensors, 'tensors left by the warm-up').toBe(warmed);
    const windows: ScanWindow[] = slidingWindows(sceneSize, [224], 80).windows;
    await naiveScan(backbone, head, frame, windows);
    await convolutionalScan(backbone, head, frame, 224);
    const before = tf.memory().numTensors;
    await naiveScan(backbone, head, frame, windows);
    await convolutionalScan(backbone, head, frame, 224);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});
