import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from '../../core/models/catalogue';
import type { Frame } from '../../core/camera/frame_source';
import type { FrameScheduler } from '../../core/loop/frame_scheduler';
import { LabSession } from '../../ui/lab_session.svelte';
import type { OverlayView } from '../../ui/overlay_view';
import { BodyLandmarker } from './body_landmarker';
import type { BodyResult } from './body_result';
import { defaultPoseStyle, drawPose } from './draw_pose';

export type LoadPhase =
  | { kind: 'loading'; loaded: number; total: number }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

export type ModelLoader = (
  id: ModelId,
  onProgress: (loaded: number, total: number) => void,
) => Promise<GraphModel>;

export interface SessionHost {
  scheduler: FrameScheduler;
  frame: () => Frame | null;
  overlay: HTMLCanvasElement;
  mirror: () => boolean;
}

/** State of the body lab: its model, its options, and the session running on the source. */
export class BodyLab {
  threshold = $state(defaultPoseStyle.threshold);
  highlight = $state(-1);
  #phase = $state.raw<LoadPhase>({ kind: 'loading', loaded: 0, total: 0 });
  #landmarker: BodyLandmarker | null = null;
  #session = $state.raw<LabSession<BodyResult> | null>(null);
  #disposed = false;

  get phase(): LoadPhase {
    return this.#phase;
  }

  get session(): LabSession<BodyResult> | null {
    return this.#session;
  }

  async load(loader: ModelLoader): Promise<void> {
    try {
      const model = await loader(BodyLandmarker.modelId, (loaded, total) => {
        this.#phase = { kind: 'loading', loaded, total };
      });
      if (this.#disposed) {
        model.dispose();
        return;
      }
      this.#landmarker = new BodyLandmarker(model);
      this.#phase = { kind: 'ready' };
    } catch (e) {
      this.#phase = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Starts a frame loop on the host's source; returns its stop function. */
  start(host: SessionHost, onError: (e: unknown) => void): () => void {
    const landmarker = this.#landmarker;
    if (!landmarker) throw new Error('The body model is not loaded yet.');
    const ctx = host.overlay.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    const session = new LabSession<BodyResult>({
      scheduler: host.scheduler,
      frame: host.frame,
      visibility: document,
      onError,
      run: (frame) => landmarker.run(frame.image, frame.width, frame.height),
      draw: (result) => {
        const view: OverlayView = {
          width: result.frame.width,
          height: result.frame.height,
          mirror: host.mirror(),
        };
        if (host.overlay.width !== view.width) host.overlay.width = view.width;
        if (host.overlay.height !== view.height) host.overlay.height = view.height;
        ctx.clearRect(0, 0, view.width, view.height);
        drawPose(ctx, result, view, {
          ...defaultPoseStyle,
          threshold: this.threshold,
          highlight: this.highlight,
        });
      },
    });
    this.#session = session;
    session.start();
    return () => {
      session.stop();
      if (this.#session === session) this.#session = null;
    };
  }

  dispose(): void {
    this.#disposed = true;
    this.#landmarker?.dispose();
    this.#landmarker = null;
  }
}
