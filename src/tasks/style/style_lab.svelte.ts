import * as tf from '@tensorflow/tfjs-core';
import { decodeStill } from '../../core/camera/decode_still';
import { animationFrameScheduler, type FrameScheduler } from '../../core/loop/frame_loop';
import { StepLoop } from '../../core/loop/step_loop';
import { Loadable, type LoadPhase } from '../../core/models/loadable.svelte';
import { FrameReader } from '../../core/pixels/frame_reader';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { backboneFromFiles } from './load_backbone';
import { defaultStyleOptions, NeuralStyle, type StyleCosts, type StyleInit } from './neural_style';
import { squareImage } from './square_image';
import { defaultContentLayer, styleLayerChoices } from './style_layers';

export type RunState = 'idle' | 'running' | 'paused';

/** The style images shipped with the app (public/styles/); models/styles/README.md says where from. */
export const styleGallery = [
  {
    id: 'starry_night',
    url: './styles/starry_night.jpg',
    titleKey: 'style.live.starry_night',
  },
  // Public-domain paintings from gcompris-qt-data's paintings puzzle, pieces put back together.
  { id: 'great_wave', url: './styles/great_wave.jpg', titleKey: 'style.live.great_wave' },
  {
    id: 'composition_viii',
    url: './styles/composition_viii.jpg',
    titleKey: 'style.live.composition_viii',
  },
  // Photos, not paintings: opencv-doc's graf1.png and skimage's ihc.png.
  { id: 'graffiti', url: './styles/graffiti.jpg', titleKey: 'style.live.graffiti' },
  { id: 'ihc_stain', url: './styles/ihc_stain.jpg', titleKey: 'style.live.ihc_stain' },
] as const;

export interface StyleCanvases {
  content: HTMLCanvasElement;
  style: HTMLCanvasElement;
  generated: HTMLCanvasElement;
}

/**
 * State of the Style lab's optimisation mode: C from a snapshot, S from the gallery or a file,
 * and gradient descent on G's pixels, one Adam step per animation frame so the UI stays live.
 * One step loop drives the run, so Start or Resume during a run never leaves a second loop going.
 */
export class StyleLab {
  size = $state(128);
  alpha = $state(defaultStyleOptions.alpha);
  beta = $state(defaultStyleOptions.beta);
  tvWeight = $state(defaultStyleOptions.tvWeight);
  learningRate = $state(defaultStyleOptions.learningRate);
  init = $state<StyleInit>(defaultStyleOptions.init);
  normalise = $state(defaultStyleOptions.normalise);
  contentLayer = $state(defaultContentLayer);
  // The course's λ[l]: 0.2 for each of its 5 style layers.
  styleWeights = $state<Record<string, number>>(
    Object.fromEntries(styleLayerChoices.map((l) => [l.node, 1 / styleLayerChoices.length])),
  );
  gramLayer = $state(styleLayerChoices[2]!.node);
  #run = $state<RunState>('idle');
  #curve = $state.raw<StyleCosts[]>([]);
  #hasContent = $state(false);
  #hasStyle = $state(false);
  #error = $state<string | null>(null);
  readonly #backbone = new Loadable<DifferentiableBackbone>((b) => b.dispose());
  readonly #reader = new FrameReader();
  #content: ImageBitmap | null = null;
  #style: ImageBitmap | null = null;
  #nst: NeuralStyle | null = null;
  /** Where the loop shows G (the canvases of the last Start or Resume). */
  #generated: HTMLCanvasElement | null = null;
  readonly #loop: StepLoop;

  /** `frames`: the pace of the iterations (animation frames; a manual one in tests). */
  constructor(
    private readonly ctx: LabContext,
    frames: FrameScheduler = animationFrameScheduler(window),
  ) {
    this.#loop = new StepLoop({
      scheduler: frames,
      step: () => this.#iterate(),
      onError: (e) => {
        this.#run = 'paused';
        this.#error = e instanceof Error ? e.message : String(e);
      },
    });
  }

  get phase(): LoadPhase {
    return this.#backbone.phase;
  }
  get run(): RunState {
    return this.#run;
  }
  get curve(): StyleCosts[] {
    return this.#curve;
  }
  get hasContent(): boolean {
    return this.#hasContent;
  }
  get hasStyle(): boolean {
    return this.#hasStyle;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    await this.#backbone.load(async (onProgress) =>
      backboneFromFiles(await this.ctx.loadModelFiles('centernet', onProgress)),
    );
  }

  /** C: the current frame of the camera, video or photo. */
  async snapshot(canvases: StyleCanvases): Promise<void> {
    const frame = this.ctx.source.frame();
    if (!frame) {
      this.#error = this.ctx.i18n.t('style.noFrame');
      return;
    }
    this.#content?.close();
    this.#content = await createImageBitmap(frame.image);
    this.#hasContent = true;
    this.#error = null;
    drawSquare(canvases.content, this.#content);
  }

  /** S: a gallery painting (URL of our origin) or the user's own image file. */
  async setStyle(input: string | Blob, canvases: StyleCanvases): Promise<void> {
    try {
      const blob = typeof input === 'string' ? await (await fetch(input)).blob() : input;
      // A photo file is kept scaled to 1920 px at most: S is read at 384 px or less.
      const bitmap = await decodeStill(blob, (image, options) => createImageBitmap(image, options));
      this.#style?.close();
      this.#style = bitmap;
      this.#hasStyle = true;
      this.#error = null;
      drawSquare(canvases.style, bitmap);
    } catch (e) {
      this.#error = this.ctx.i18n.t('style.badStyle', {
        reason: e instanceof Error ? e.message : String(e),
      });
    }
  }

  async start(canvases: StyleCanvases): Promise<void> {
    const backbone = this.#backbone.value;
    if (!backbone || !this.#content || !this.#style) return;
    this.stop();
    const c = squareImage(this.#reader, still(this.#content), this.size);
    const s = squareImage(this.#reader, still(this.#style), this.size);
    try {
      this.#nst = new NeuralStyle(backbone, c, s, {
        alpha: this.alpha,
        beta: this.beta,
        tvWeight: this.tvWeight,
        learningRate: this.learningRate,
        init: this.init,
        normalise: this.normalise,
        contentLayer: this.contentLayer,
        styleLayers: styleLayerChoices
          .filter((l) => (this.styleWeights[l.node] ?? 0) > 0)
          .map((l) => ({ node: l.node, weight: this.styleWeights[l.node]! })),
      });
    } finally {
      tf.dispose([c, s]);
    }
    const nst = this.#nst;
    this.#curve = [nst.evaluate()];
    this.#generated = canvases.generated;
    await this.#render(nst, canvases.generated);
    // Start pressed again (or Stop) while G's first picture was drawn: that run is gone.
    if (this.#nst !== nst) return;
    this.#run = 'running';
    this.#loop.start();
  }

  pause(): void {
    if (this.#run !== 'running') return;
    this.#run = 'paused';
    this.#loop.stop();
    // Once the step in flight is done, show the G it stopped at.
    const nst = this.#nst;
    const canvas = this.#generated;
    void this.#loop.settled().then(() => {
      if (nst && canvas && this.#nst === nst) return this.#render(nst, canvas);
    });
  }

  resume(canvases: StyleCanvases): void {
    if (this.#run !== 'paused') return;
    this.#run = 'running';
    this.#generated = canvases.generated;
    this.#loop.start();
  }

  /** One more gradient-descent iteration, shown at once (→ in presenter mode); pauses a run first. */
  async stepOnce(canvases: StyleCanvases): Promise<void> {
    const nst = this.#nst;
    if (!nst) return;
    this.pause();
    this.#curve = [...this.#curve, nst.step()];
    await this.#render(nst, canvases.generated);
  }

  stop(): void {
    this.#run = 'idle';
    this.#loop.stop();
    this.#nst?.dispose();
    this.#nst = null;
  }

  /** Gram matrices of S and of the current G at `gramLayer`, as plain arrays for the heat maps. */
  grams(): { style: number[][]; generated: number[][] } | null {
    const nst = this.#nst;
    if (!nst) return null;
    const { style, generated } = nst.grams(this.gramLayer);
    try {
      return { style: style.arraySync(), generated: generated.arraySync() };
    } finally {
      tf.dispose([style, generated]);
    }
  }

  dispose(): void {
    this.stop();
    this.#backbone.dispose();
    this.#content?.close();
    this.#style?.close();
    this.#reader.dispose();
  }

  /** One Adam step on G; G is drawn every 5th. */
  async #iterate(): Promise<boolean> {
    const nst = this.#nst;
    if (!nst) return false;
    const costs = nst.step();
    this.#curve = [...this.#curve, costs];
    if (costs.iteration % 5 === 0 && this.#generated) await this.#render(nst, this.#generated);
    return true;
  }

  async #render(nst: NeuralStyle, canvas: HTMLCanvasElement): Promise<void> {
    const g = nst.image();
    try {
      const img = tf.tidy(() => tf.div(tf.squeeze(g, [0]), 255)) as tf.Tensor3D;
      await tf.browser.toPixels(img, canvas);
      img.dispose();
    } finally {
      g.dispose();
    }
  }
}

/** A still picture as a frame to read. */
function still(image: ImageBitmap) {
  return { image, width: image.width, height: image.height };
}

function drawSquare(canvas: HTMLCanvasElement, image: ImageBitmap): void {
  const side = Math.min(image.width, image.height);
  canvas.width = 256;
  canvas.height = 256;
  canvas
    .getContext('2d')
    ?.drawImage(
      image,
      (image.width - side) / 2,
      (image.height - side) / 2,
      side,
      side,
      0,
      0,
      256,
      256,
    );
}
