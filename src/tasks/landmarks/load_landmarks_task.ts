import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { NamedTensorMap } from '@tensorflow/tfjs-core';
import type { ModelId } from '../../core/models/catalogue';
import { BodyLandmarker } from '../body/body_landmarker';
import { FaceDetector } from './face_detector';
import { FaceMeshLandmarker } from './face_mesh_landmarker';
import { Face68Landmarker } from './face68_landmarker';
import { Face68Net } from './face68_net';
import { HandDetector } from './hand_detector';
import { HandLandmarker } from './hand_landmarker';
import type { LandmarkMode } from './landmarks_result';
import { LandmarksTask, type LandmarkParts, type LandmarksOptions } from './landmarks_task';

type Progress = (loaded: number, total: number) => void;

export interface ModelLoaders {
  loadGraphModel: (id: ModelId, onProgress: Progress) => Promise<GraphModel>;
  loadWeights: (id: ModelId, onProgress: Progress) => Promise<NamedTensorMap>;
}

/** The catalogue models each mode needs. */
export function modelsFor(modes: readonly LandmarkMode[]): ModelId[] {
  const ids = new Set<ModelId>();
  if (modes.includes('mesh')) ids.add('blazeface').add('facemesh');
  if (modes.includes('face68')) ids.add('blazeface').add('face_landmark_68');
  if (modes.includes('hands')) ids.add('handtrack').add('handlandmark-lite');
  if (modes.includes('body')) ids.add('movenet-lightning');
  return [...ids];
}

/**
 * Loads the models of `modes` one after another (progress summed over all of them) and builds
 * the task; on a failure, what was loaded is disposed.
 */
export async function loadLandmarksTask(
  modes: readonly LandmarkMode[],
  loaders: ModelLoaders,
  onProgress: Progress,
  options?: () => LandmarksOptions,
): Promise<LandmarksTask> {
  if (modes.length === 0) throw new Error('Choose at least one kind of landmark.');
  const ids = modelsFor(modes);
  const loaded = new Array<number>(ids.length).fill(0);
  const totals = new Array<number>(ids.length).fill(0);
  const progress =
    (id: ModelId): Progress =>
    (l, t) => {
      const i = ids.indexOf(id);
      loaded[i] = l;
      totals[i] = t;
      onProgress(
        loaded.reduce((a, b) => a + b, 0),
        totals.reduce((a, b) => a + b, 0),
      );
    };
  const graphs = new Map<ModelId, GraphModel>();
  let weights: NamedTensorMap | null = null;
  try {
    for (const id of ids) {
      if (id === 'face_landmark_68') weights = await loaders.loadWeights(id, progress(id));
      else graphs.set(id, await loaders.loadGraphModel(id, progress(id)));
    }
  } catch (error) {
    for (const m of graphs.values()) m.dispose();
    if (weights) for (const t of Object.values(weights)) t.dispose();
    throw error;
  }
  const g = (id: ModelId) => graphs.get(id)!;
  const parts: LandmarkParts = {};
  const faceDetector = graphs.has('blazeface') ? new FaceDetector(g('blazeface')) : undefined;
  if (modes.includes('mesh')) parts.mesh = new FaceMeshLandmarker(faceDetector!, g('facemesh'));
  else parts.faceDetector = faceDetector;
  if (weights) parts.face68 = new Face68Landmarker(new Face68Net(weights));
  if (modes.includes('hands')) {
    parts.hands = new HandLandmarker(new HandDetector(g('handtrack')), g('handlandmark-lite'));
  }
  if (modes.includes('body')) parts.body = new BodyLandmarker(g('movenet-lightning'));
  return new LandmarksTask(parts, options);
}
