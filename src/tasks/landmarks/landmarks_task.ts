import { FrameReader } from '../../core/pixels/frame_reader';
import type { OpenedFrame } from '../../core/pixels/read_options';
import type { OneEuroParams } from '../../vision/one_euro_filter';
import type { BodyLandmarker } from '../body/body_landmarker';
import type { LabTask, PixelFrame, Timed } from '../task';
import { cropFromMesh } from './face_crops';
import type { FaceDetector } from './face_detector';
import { Face68Tracks } from './face68_tracks';
import type { FaceMeshLandmarker } from './face_mesh_landmarker';
import { face68CropScale, type Face68Landmarker } from './face68_landmarker';
import { face68InputSize } from './face68_net';
import type { HandLandmarker } from './hand_landmarker';
import { LandmarkSmoother } from './landmark_smoother';
import type { LandmarkMode, LandmarksResult } from './landmarks_result';
import { StageClock } from './stage_clock';

/** The models a set of modes needs; the task owns and disposes them. */
export interface LandmarkParts {
  mesh?: FaceMeshLandmarker;
  face68?: Face68Landmarker;
  /** Finds the faces whose 68-point crops are then tracked, when the mesh is off. */
  faceDetector?: FaceDetector;
  hands?: HandLandmarker;
  body?: BodyLandmarker;
}

export interface LandmarksOptions {
  maxFaces: number;
  maxHands: number;
  /** One Euro smoothing of every point, or null for the raw regression. */
  smoothing: OneEuroParams | null;
}

export const defaultLandmarksOptions: LandmarksOptions = {
  maxFaces: 1,
  maxHands: 2,
  smoothing: null,
};

/**
 * The landmarks lab's pipeline: the frame is opened once (FrameReader: the camera's planes or a
 * canvas), each chosen model reads the crops it needs from it (only those pixels: a detector's
 * letterbox, the turned crops), then regresses its points (face mesh, 68 face points, hands,
 * body), optionally smoothed.
 * `options` is read at the start of every frame, so the panel can change it live.
 */
export class LandmarksTask implements LabTask<LandmarksResult> {
  readonly modes: LandmarkMode[];
  readonly #smoother = new LandmarkSmoother();
  readonly #reader = new FrameReader();
  readonly #face68Tracks: Face68Tracks | undefined;

  constructor(
    private readonly parts: LandmarkParts,
    private readonly options: () => LandmarksOptions = () => defaultLandmarksOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (parts.face68 && !parts.mesh && !parts.faceDetector) {
      throw new Error('68 face points need the face mesh or a face detector to place their crops.');
    }
    this.modes = (['mesh', 'face68', 'hands', 'body'] as const).filter((m) => parts[m]);
    if (parts.faceDetector) this.#face68Tracks = new Face68Tracks(parts.faceDetector);
  }

  async run({ image, width, height }: PixelFrame): Promise<Timed<LandmarksResult>> {
    const options = this.options();
    const clock = new StageClock(this.now);
    const rgb = await this.#reader.open({ image, width, height });
    clock.lap('preprocess');
    let result: LandmarksResult;
    try {
      result = await this.#regress(rgb, options, clock);
    } finally {
      rgb.dispose();
    }
    result.frame = { width, height };
    if (options.smoothing) {
      result = this.#smoother.smooth(result, options.smoothing, this.now() / 1000);
      clock.lap('postprocess');
    }
    return { result, timings: clock.timings };
  }

  async #regress(
    rgb: OpenedFrame,
    options: LandmarksOptions,
    clock: StageClock,
  ): Promise<LandmarksResult> {
    const { mesh, face68, hands, body } = this.parts;
    const result: LandmarksResult = {
      frame: { width: 0, height: 0 },
      modes: this.modes,
      faces: [],
      faces68: [],
      hands: [],
      poses: [],
    };
    if (mesh) {
      mesh.options = { ...mesh.options, maxFaces: options.maxFaces };
      result.faces = await mesh.run(rgb, clock);
    }
    if (face68) {
      // The mesh places the 68-point crops when it runs; otherwise last frame's points do, and
      // BlazeFace now and then (Face68Tracks).
      if (mesh) {
        const faces = result.faces.map((f) => ({
          crop: cropFromMesh(f.points, face68CropScale, face68InputSize),
          score: f.score,
        }));
        result.faces68 = await face68.run(rgb, faces, clock);
      } else {
        const tracks = this.#face68Tracks!;
        const faces = await tracks.place(rgb, options.maxFaces, clock);
        result.faces68 = await face68.run(rgb, faces, clock);
        tracks.follow(faces, result.faces68, rgb);
      }
    }
    if (hands) {
      hands.options = { ...hands.options, maxHands: options.maxHands };
      result.hands = await hands.run(rgb, clock);
    }
    if (body) result.poses = [await body.estimate(rgb, clock)];
    return result;
  }

  reset(): void {
    this.parts.mesh?.reset();
    this.parts.hands?.reset();
    this.#face68Tracks?.reset();
    this.#smoother.reset();
  }

  dispose(): void {
    const { mesh, face68, faceDetector, hands, body } = this.parts;
    mesh?.dispose();
    face68?.dispose();
    faceDetector?.dispose();
    hands?.dispose();
    body?.dispose();
    this.#smoother.reset();
    this.#reader.dispose();
  }
}
