import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { NamedTensorMap } from '@tensorflow/tfjs-core';
import type { Frame } from '../core/camera/frame_source';
import type { FrameScheduler } from '../core/loop/frame_loop';
import type { ModelId } from '../core/models/catalogue';
import type { LoadGraphModelOptions } from '../core/models/load_model';
import type { ProgressCallback } from '../core/models/loadable.svelte';
import type { Translator } from '../i18n/translate';

/**
 * The picture a lab reads: one of the camera, a video file or a still image (the UI's
 * SourceController). `epoch` changes whenever a new picture goes live.
 */
export interface LabSource {
  readonly kind: 'camera' | 'video' | 'image' | null;
  readonly live: boolean;
  /** Selfie view: the picture is shown flipped; overlays flip x, text stays upright. */
  readonly mirrored: boolean;
  /** A camera or video the user paused (presenter mode's freeze). */
  readonly frozen: boolean;
  readonly epoch: number;
  frame(): Frame | null;
  /** Ticks once per new video frame (camera, video) or animation frame (still image). */
  scheduler(): FrameScheduler;
  /**
   * Opens a still (a frozen frame, a photo) as the picture; `mirrored`: shown flipped, as the
   * selfie view it was copied from.
   */
  openImage(file: Blob | string, options?: { mirrored?: boolean }): Promise<void>;
  /** Goes back to the last camera or video file (after a still replaced it); false if none. */
  resumeLive(): Promise<boolean>;
}

/** Something a lab steps through with ← and → (NMS rounds, convolution positions, iterations). */
export interface Stepper {
  forward(): void;
  /** Absent where a step cannot be undone (a gradient-descent iteration). */
  back?(): void;
}

/** Presenter mode as a lab sees it: whether it is on, and where to register a stepper. */
export interface PresenterHooks {
  readonly on: boolean;
  /** Returns the unregister function (an `$effect`'s cleanup). */
  registerStepper(stepper: Stepper): () => void;
}

/** What the app gives every lab. */
export interface LabContext {
  source: LabSource;
  /** The canvas over the picture; it has the frame's size once a result is drawn. */
  overlay: HTMLCanvasElement;
  /** The element showing the picture, for pointer input: see `onFramePointer`. */
  stage: HTMLElement;
  /** The active TF.js backend. */
  backend: string | null;
  i18n: Translator;
  /** Presenter mode: a lab registers its stepper here for ← and →; the overlay reads `on`. */
  presenter: PresenterHooks;
  /** Reports a lab failure to the user (the frame loop has stopped). */
  onError: (e: unknown) => void;
  loadGraphModel: (
    id: ModelId,
    onProgress: ProgressCallback,
    options?: Pick<LoadGraphModelOptions, 'inputShape' | 'dynamicBatch' | 'warmUp'>,
  ) => Promise<GraphModel>;
  loadWeights: (id: ModelId, onProgress: ProgressCallback) => Promise<NamedTensorMap>;
  /** A model's checked raw files, for labs that build a network from a graph's nodes. */
  loadModelFiles: (id: ModelId, onProgress: ProgressCallback) => Promise<Map<string, ArrayBuffer>>;
}
