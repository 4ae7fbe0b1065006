import { exposeLabelBoxes } from '../../render/expose_label_boxes';
import type { OverlayView } from '../../render/overlay_view';
import { LabRuntime, type LabContext, type ProgressCallback } from '../../lab/lab_runtime.svelte';
import { CenternetBackbone } from '../../core/models/centernet_backbone';
import {
  CocoDetector,
  cocoInputSizes,
  defaultCocoInputSize,
  defaultCocoOptions,
  type CocoInputSize,
  type CocoOptions,
} from './coco_detector';
import { DetectionController, type TunableDetector } from './detection_controller.svelte';
import type { CocoResult, Detection } from './detection_result';
import { cocoShown, drawCoco } from './draw_coco';
import { drawNmsStep } from './draw_nms_step';

const inputSizeKey = 'convlens.detection.cocoInputSize';

/**
 * The COCO mode: CenterNet's 80 classes at a chosen input size (remembered across reloads), the
 * thresholds, a class filter, the NMS step-through.
 */
export class CocoController extends DetectionController<CocoResult, CocoOptions> {
  protected readonly runtime = new LabRuntime<CocoResult, TunableDetector<CocoResult, CocoOptions>>(
    this.lab,
    (onProgress) => this.#createDetector(onProgress),
    (ctx, result, view) => this.#draw(ctx, result, view),
  );
  /** Only this class is listed and drawn, or null for all. */
  classFilter = $state<string | null>(null);
  #inputSize = $state<CocoInputSize>(defaultCocoInputSize);

  readonly #shown = $derived.by(() => {
    const r = this.result;
    return r ? cocoShown(r, this.#style) : [];
  });

  readonly #published = $derived.by(() => {
    const r = this.result;
    return (
      r && {
        mode: r.mode,
        frame: r.frame,
        inputSize: r.inputSize,
        scoreThreshold: r.scoreThreshold,
        iouThreshold: r.iouThreshold,
        candidates: r.candidates.length,
        detections: r.detections.map(({ box, score, label }) => ({ box, score, label })),
        nmsStep: this.nmsStep,
      }
    );
  });

  constructor(
    lab: LabContext,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null,
  ) {
    super(lab, defaultCocoOptions);
    const saved = Number(storage?.getItem(inputSizeKey));
    if (cocoInputSizes.includes(saved as CocoInputSize)) this.#inputSize = saved as CocoInputSize;
  }

  /** The square size s CenterNet runs at; the next frame uses a new one. */
  get inputSize(): CocoInputSize {
    return this.#inputSize;
  }
  set inputSize(size: CocoInputSize) {
    this.#inputSize = size;
    try {
      this.storage?.setItem(inputSizeKey, String(size));
    } catch {
      // Full or blocked storage: the size still applies now.
    }
  }

  get shown(): Detection[] {
    return this.#shown;
  }

  /** Plain JSON for tests and assistive technology, boxes in frame pixels. */
  get published() {
    return this.#published;
  }

  protected get options(): CocoOptions {
    return { ...this.controls.options, inputSize: this.#inputSize };
  }

  get #style() {
    return { beforeNms: this.controls.beforeNms, classFilter: this.classFilter };
  }

  async #createDetector(onProgress: ProgressCallback): Promise<CocoDetector> {
    // The input is freed so the graph runs at any size; each size warms up on its first frame.
    const model = await this.lab.loadGraphModel(CocoDetector.modelId, onProgress, {
      inputShape: CenternetBackbone.inputShape,
      warmUp: false,
    });
    const { inputSize, ...thresholds } = this.options;
    return new CocoDetector(model, thresholds, undefined, inputSize);
  }

  #draw(ctx: CanvasRenderingContext2D, result: CocoResult, view: OverlayView): void {
    const { frozen, state } = this.stepper;
    exposeLabelBoxes(
      ctx,
      frozen && state
        ? drawNmsStep(ctx, frozen, state, view, [], this.className)
        : drawCoco(ctx, result, view, this.#style, this.className),
    );
  }
}
