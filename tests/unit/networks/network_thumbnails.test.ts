import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWeightMapFromCatalogue } from '../../../src/core/models/load_model';
import { nodeModelOptions } from '../../../src/core/models/node_model_files';
import { TinyYoloV2 } from '../../../src/tasks/detection/tiny_yolo_v2';
import { Face68Net } from '../../../src/tasks/landmarks/face68_net';
import { layerTable } from '../../../src/tasks/networks/layer_table';
import { NetworkThumbnails } from '../../../src/tasks/networks/network_thumbnails';
import { weightShapes } from '../../../src/tasks/networks/network_tables';
import { face68Network, tinyYoloNetwork } from '../../../src/tasks/networks/real_networks';
import { loadFixtureImage } from '../../helpers/fixture_image';
import { useWasmBackend } from '../../helpers/wasm_backend';

describe("live thumbnails for the app's own networks' layer tables (WASM)", () => {
  let thumbs: NetworkThumbnails;
  let tables: { tinyYolo: string[]; face68: string[] };
  const image = loadFixtureImage('astronaut.jpg');
  const frame = { image, width: image.width, height: image.height };

  beforeAll(async () => {
    await useWasmBackend();
    const yolo = await loadWeightMapFromCatalogue('tiny_face_detector', nodeModelOptions);
    const face68 = await loadWeightMapFromCatalogue('face_landmark_68', nodeModelOptions);
    // The rows with a picture: every layer whose output is n_H x n_W x n_C.
    const spatial = (net: ReturnType<typeof face68Network>) =>
      layerTable(net.input, net.layers)
        .rows.filter((r) => r.shape.length === 3)
        .map((r) => r.spec.name);
    tables = {
      tinyYolo: spatial(tinyYoloNetwork(weightShapes(yolo).shapes, 416)),
      face68: spatial(face68Network(weightShapes(face68).shapes)),
    };
    thumbs = new NetworkThumbnails(new TinyYoloV2(yolo), new Face68Net(face68));
  });
  afterAll(() => thumbs?.dispose());

  it.each(['tinyYolo', 'face68'] as const)(
    'gives every spatial row of %s a picture',
    async (id) => {
      const before = tf.memory().numTensors;
      const images = await thumbs.run(frame, id);
      expect(tf.memory().numTensors).toBe(before);
      expect(Object.keys(images).sort()).toEqual([...tables[id]].sort());
      for (const img of Object.values(images)) {
        expect(img.width).toBeLessThanOrEqual(40);
        expect(img.data.length).toBe(img.width * img.height * 4);
      }
      // An early layer's map is a picture, not one flat grey.
      const first = images[tables[id][0]!]!;
      expect(new Set(Array.from(first.data.filter((_, i) => i % 4 === 0))).size).toBeGreaterThan(8);
    },
  );
});
