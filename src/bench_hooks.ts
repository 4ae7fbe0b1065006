import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { modelEntry, type ModelId } from './core/models/catalogue';
import { bareTimes } from './core/models/bare_timer';
import { catalogueGraphBareMs } from './core/models/catalogue_bare_ms';
import { compareReaders, type ReaderComparison } from './core/pixels/compare_readers';
import { cropBatch, FrameReader } from './core/pixels/frame_reader';
import { loadGraphModelFromCatalogue, loadWeightMapFromCatalogue } from './core/models/load_model';
import { tinyYoloBareMs } from './tasks/detection/tiny_yolo_bare_ms';
import { TinyYoloV2 } from './tasks/detection/tiny_yolo_v2';
import { alignFace } from './tasks/faces/align_face';
import { FaceRecognitionNet } from './tasks/faces/face_recognition_net';
import { FaceDetector } from './tasks/landmarks/face_detector';
import { Face68Net, face68InputSize } from './tasks/landmarks/face68_net';

/** What `npm run bench` calls in the page: the bare model's time on the active backend. */
export interface BenchHooks {
  /** Milliseconds of `execute` + reading the output, per run, on an input of the catalogue's shape. */
  bareModelMs(id: ModelId, runs: number): Promise<number[]>;
  /**
   * Loads a frame's models once, for `preparedModelsMs` runs between the loop's frames (the
   * bench's rounds), until `releaseModels`. Rejects for a model with no such timer (the Faces
   * embedder).
   */
  prepareModels(ids: ModelId[]): Promise<void>;
  /**
   * The prepared models one after another in each run, after one untimed run: back to back, or
   * runs starting `intervalMs` apart.
   */
  preparedModelsMs(runs: number, intervalMs?: number): Promise<number[]>;
  releaseModels(): void;
  backend(): string;
  /** Threads the WASM backend runs on (1 when the page is not cross-origin isolated). */
  wasmThreads(): number;
  /**
   * The Faces lab's align + embed on the page's current picture: BlazeFace finds the face once,
   * then each run crops it upright to 150x150 and encodes it with face_recognition. Returns
   * both timings and the aligned crop and its descriptor, so a peer can encode the same crop.
   */
  faceAlignEmbedMs(runs: number): Promise<{
    alignEmbedMs: number[];
    embedMs: number[];
    crop: number[];
    descriptor: number[];
  }>;
  /** Loses the WebGL context as a GPU reset would (WEBGL_lose_context); false if not on WebGL. */
  loseGpuContext(): boolean;
  /** Tensors alive on the active backend now (tf.memory().numTensors), for leak tests. */
  tensorCount(): number;
  /** The frame reader's two paths (camera planes vs canvas) on the page's video: agreement and cost. */
  compareReaders(runs: number): Promise<ReaderComparison>;
}

declare global {
  interface Window {
    convlensBench?: BenchHooks;
  }
}

/** Installed only with `?bench` in the URL (the bench and the end-to-end tests), so users' pages carry no global. */
export function installBenchHooks(win: Window): void {
  let prepared: Predictor[] = [];
  const release = () => {
    for (const p of prepared) p.dispose();
    prepared = [];
  };
  win.convlensBench = {
    backend: () => tf.getBackend(),
    wasmThreads: () => getThreadsCount(),
    compareReaders(runs) {
      const video = document.querySelector('video');
      if (!video || video.readyState < 2) throw new Error('No video to sample.');
      return compareReaders(video, runs);
    },
    async faceAlignEmbedMs(runs) {
      const video = document.querySelector('video');
      if (!video || video.readyState < 2) throw new Error('No picture to find a face in.');
      const detector = new FaceDetector(await loadGraphModelFromCatalogue('blazeface'));
      const net = new FaceRecognitionNet(await loadWeightMapFromCatalogue('face_recognition'));
      const reader = new FrameReader();
      const sampler = await reader.open({
        image: video,
        width: video.videoWidth,
        height: video.videoHeight,
      });
      try {
        const [face] = await detector.detect(sampler, 1);
        if (!face) throw new Error('No face in the picture.');
        const crop = alignFace(face, net.inputSize);
        const alignEmbedMs: number[] = [];
        const embedMs: number[] = [];
        let last: { crop: number[]; descriptor: number[] } = { crop: [], descriptor: [] };
        for (let i = 0; i < runs + 3; i++) {
          const t0 = performance.now();
          const faces = tf.tidy(() => cropBatch(sampler, [crop]));
          const t1 = performance.now();
          const out = net.embed(faces);
          const descriptor = await out.data();
          const t2 = performance.now();
          if (i >= 3) {
            alignEmbedMs.push(t2 - t0);
            embedMs.push(t2 - t1);
          }
          if (i === runs + 2)
            last = { crop: Array.from(await faces.data()), descriptor: Array.from(descriptor) };
          tf.dispose([faces, out]);
        }
        return { alignEmbedMs, embedMs, ...last };
      } finally {
        sampler.dispose();
        reader.dispose();
        detector.dispose();
        net.dispose();
      }
    },
    tensorCount: () => tf.memory().numTensors,
    loseGpuContext() {
      if (tf.getBackend() !== 'webgl') return false;
      const gl = (tf.backend() as MathBackendWebGL).gpgpu.gl;
      const ext = gl.getExtension('WEBGL_lose_context');
      ext?.loseContext();
      return ext !== null;
    },
    async bareModelMs(id, runs) {
      const entry = modelEntry(id);
      // A weight manifest is a network built in our code, timed by its own bare runner.
      if (entry.format === 'weights') {
        if (id === 'tiny_face_detector') {
          return tinyYoloBareMs(await loadWeightMapFromCatalogue(id), runs, 416);
        }
        if (id === 'face_recognition') return (await this.faceAlignEmbedMs(runs)).embedMs;
        if (id === 'face_landmark_68') {
          const net = new Face68Net(await loadWeightMapFromCatalogue(id));
          const shape = [1, face68InputSize, face68InputSize, 3];
          return bareTimes((x) => net.predict(x as tf.Tensor4D), shape, runs).finally(() =>
            net.dispose(),
          );
        }
        throw new Error(`No bare timer for weight manifest ${id}.`);
      }
      return catalogueGraphBareMs(id, runs);
    },
    async prepareModels(ids) {
      release();
      const loaded: Predictor[] = [];
      try {
        for (const id of ids) loaded.push(await barePredictor(id));
      } catch (e) {
        for (const p of loaded) p.dispose();
        throw e;
      }
      prepared = loaded;
    },
    preparedModelsMs(runs, intervalMs = 0) {
      const models = prepared;
      if (!models.length) throw new Error('No models prepared (prepareModels first).');
      return bareTimes(() => models.flatMap((p) => p.run()), [1], runs, {
        intervalMs,
        warmups: 1,
      });
    },
    releaseModels: release,
  };
}

interface Predictor {
  run(): tf.Tensor[];
  dispose(): void;
}

/** A model on its own random input (the catalogue's shape and value range), ready to run. */
async function barePredictor(id: ModelId): Promise<Predictor> {
  const entry = modelEntry(id);
  if (entry.format === 'graph') {
    const model = await loadGraphModelFromCatalogue(id);
    const [low, high] = entry.input.range;
    const shape = entry.input.shape.map((d) => (d < 0 ? 1 : d));
    const input = tf.randomUniform(shape, low, high, entry.input.dtype);
    return {
      run: () => [model.execute(input)].flat(),
      dispose: () => {
        input.dispose();
        model.dispose();
      },
    };
  }
  const weights = await loadWeightMapFromCatalogue(id);
  const net =
    id === 'tiny_face_detector'
      ? { size: 416, n: new TinyYoloV2(weights) }
      : id === 'face_landmark_68'
        ? { size: face68InputSize, n: new Face68Net(weights) }
        : null;
  if (!net) {
    tf.dispose(Object.values(weights));
    throw new Error(`No paced bare timer for weight manifest ${id}.`);
  }
  const input = tf.randomUniform([1, net.size, net.size, 3], 0, 255) as tf.Tensor4D;
  return {
    run: () => [net.n.predict(input)],
    dispose: () => {
      input.dispose();
      net.n.dispose();
    },
  };
}
