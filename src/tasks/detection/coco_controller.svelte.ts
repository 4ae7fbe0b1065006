import { exposeLabelBoxes } from '../../render/expose_label_boxes';
import type { OverlayView } from '../../render/overlay_view';
import type { LabContext, ProgressCallback } from '../../lab/lab_runtime.svelte';
import { CocoDetector, defaultCocoOptions } from './coco_detector';
import { DetectionController } from './detection_controller.svelte';
import type { CocoResult, Detection, DetectionOptions } from './detection_result';
import { cocoShown, drawCoco } from './draw_coco';
import { drawNmsStep } from './draw_nms_step';

/** The COCO mode: CenterNet's 80 classes, the thresholds, a class filter, the NMS step-through. */
export class CocoController extends DetectionController<CocoResult, DetectionOptions> {
  /** Only this class is listed and drawn, or null for all. */
  classFilter = $state<string | null>(null);

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

  constructor(lab: LabContext) {
    super(lab, defaultCocoOptions);
  }

  get shown(): Detection[] {
    return this.#shown;
  }

  /** Plain JSON for tests and assistive technology, boxes in frame pixels. */
  get published() {
    return this.#published;
  }

  protected get options(): DetectionOptions {
    return this.controls.options;
  }

  get #style() {
    return { beforeNms: this.controls.beforeNms, classFilter: this.classFilter };
  }

  protected async createDetector(onProgress: ProgressCallback): Promise<CocoDetector> {
    return new CocoDetector(
      await this.lab.loadGraphModel(CocoDetector.modelId, onProgress),
      this.options,
    );
  }

  protected draw(ctx: CanvasRenderingContext2D, result: CocoResult, view: OverlayView): void {
    const { frozen, state } = this.stepper;
    exposeLabelBoxes(
      ctx,
      frozen && state
        ? drawNmsStep(ctx, frozen, state, view, [], this.className)
        : drawCoco(ctx, result, view, this.#style, this.className),
    );
  }
}
