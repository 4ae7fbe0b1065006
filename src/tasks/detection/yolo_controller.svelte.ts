import { exposeLabelBoxes } from '../../render/expose_label_boxes';
import type { OverlayView } from '../../render/overlay_view';
import {
  LabRuntime,
  type FramePoint,
  type LabContext,
  type ProgressCallback,
} from '../../lab/lab_runtime.svelte';
import { anchorAssignment, type AnchorAssignment } from '../../vision/anchor_assignment';
import { tinyFaceAnchors } from '../../vision/anchor_boxes';
import { cornerToCentre, mapCorners } from '../../vision/boxes';
import { DetectionController, type TunableDetector } from './detection_controller.svelte';
import type { AnchorView, YoloDetection, YoloResult } from './detection_result';
import { drawNmsStep } from './draw_nms_step';
import { drawYolo } from './draw_yolo';
import { TinyYoloV2, tinyYoloGridSize, type TinyYoloInputSize } from './tiny_yolo_v2';
import { frameToInput, yoloCellAt } from './yolo_cell';
import {
  defaultYoloFaceOptions,
  YoloFaceDetector,
  yoloFaceLabels,
  type YoloFaceOptions,
} from './yolo_face_detector';
import { yoloOutputVolume, type YoloOutputVolume } from './yolo_output_volume';

/** A grid cell: c_y = row, c_x = col. */
interface GridCell {
  row: number;
  col: number;
}

/** Where training would put a detected box: its cell and best-shaped anchor. */
export interface YoloAssignment extends AnchorAssignment {
  detection: YoloDetection;
}

/**
 * The YOLO mode: Tiny YOLOv2 at a chosen input size n (grid S x S), the thresholds, a tapped
 * grid cell with its anchors, and the NMS step-through. Each frame: the runtime runs the
 * `YoloFaceDetector` made here, then draws its result with `#draw`.
 */
export class YoloController extends DetectionController<YoloResult, YoloFaceOptions> {
  protected readonly runtime = new LabRuntime<
    YoloResult,
    TunableDetector<YoloResult, YoloFaceOptions>
  >(
    this.lab,
    (onProgress) => this.#createDetector(onProgress),
    (ctx, result, view) => this.#draw(ctx, result, view),
  );
  inputSize = $state<TinyYoloInputSize>(defaultYoloFaceOptions.inputSize);
  /** The tapped (or typed) cell, or null. */
  cell = $state<GridCell | null>(null);

  readonly #shown = $derived.by(() => {
    const r = this.result;
    return r ? (this.controls.beforeNms ? r.candidates : r.detections) : [];
  });

  // The tapped cell's anchors, ordered by anchor (the result lists all S x S x A by row, col).
  readonly #cellAnchors = $derived.by((): AnchorView[] => {
    const r = this.result;
    const cell = this.cell;
    if (!r || !cell || cell.row >= r.gridSize || cell.col >= r.gridSize) return [];
    const first = (cell.row * r.gridSize + cell.col) * tinyFaceAnchors.length;
    return r.anchors.slice(first, first + tinyFaceAnchors.length);
  });

  readonly #volume = $derived(
    yoloOutputVolume(
      tinyYoloGridSize(this.inputSize),
      tinyFaceAnchors.length,
      yoloFaceLabels.length,
    ),
  );

  // Each detection (after NMS) as a training label: the box back in [0, 1] of the model input.
  readonly #assignments = $derived.by((): YoloAssignment[] => {
    const r = this.result;
    if (!r) return [];
    return r.detections.flatMap((detection) => {
      const box = mapCorners(detection.box, (x, y) => frameToInput(r.letterbox, x, y));
      const a = anchorAssignment(cornerToCentre(box), tinyFaceAnchors, r.gridSize);
      return a ? [{ ...a, detection }] : [];
    });
  });

  constructor(lab: LabContext) {
    super(lab, defaultYoloFaceOptions);
  }

  /** S x S x A x (5 + C) at the chosen input size. */
  get volume(): YoloOutputVolume {
    return this.#volume;
  }

  get assignments(): YoloAssignment[] {
    return this.#assignments;
  }

  /** The best detection assigned to the tapped cell, whose anchors' shape IoUs the table shows. */
  get cellAssignment(): YoloAssignment | null {
    const cell = this.cell;
    return this.#assignments.find((a) => cell && a.row === cell.row && a.col === cell.col) ?? null;
  }

  get shown(): YoloDetection[] {
    return this.#shown;
  }

  get cellAnchors(): AnchorView[] {
    return this.#cellAnchors;
  }

  protected get options(): YoloFaceOptions {
    return { ...this.controls.options, inputSize: this.inputSize };
  }

  async #createDetector(onProgress: ProgressCallback): Promise<YoloFaceDetector> {
    const net = new TinyYoloV2(await this.lab.loadWeights(YoloFaceDetector.modelId, onProgress));
    return new YoloFaceDetector(net, this.options);
  }

  #draw(ctx: CanvasRenderingContext2D, result: YoloResult, view: OverlayView): void {
    // A replay replaces the live boxes; the grid and the tapped cell stay.
    const { frozen, state } = this.stepper;
    const replay = frozen && state;
    const boxes = replay ? 'none' : this.controls.beforeNms ? 'candidates' : 'detections';
    const labels = drawYolo(ctx, result, view, { boxes, cell: this.cell }, this.className);
    if (frozen && state) {
      labels.push(...drawNmsStep(ctx, frozen, state, view, labels, this.className));
    }
    exposeLabelBoxes(ctx, labels);
  }

  override bind(): void {
    super.bind();
    $effect(() => this.runtime.onFramePointer((point) => this.tap(point)));
  }

  /** A tap picks the grid cell of the latest result under it; tapping that cell again clears it. */
  tap(point: FramePoint): void {
    const r = this.result;
    if (!r) return;
    const c = yoloCellAt(r.letterbox, r.gridSize, point.x, point.y);
    const cell = this.cell;
    this.cell = c && cell && c.row === cell.row && c.col === cell.col ? null : c;
  }

  /** Plain JSON for tests and assistive technology: frame pixels, without the per-anchor grid. */
  get published() {
    return this.#published;
  }

  readonly #published = $derived.by(() => {
    const r = this.result;
    if (!r) return null;
    const { stepper, cell, cellAnchors, nmsStep, volume, assignments } = this;
    return {
      mode: r.mode,
      frame: r.frame,
      inputSize: r.inputSize,
      gridSize: r.gridSize,
      volume,
      scoreThreshold: r.scoreThreshold,
      iouThreshold: r.iouThreshold,
      candidates: r.candidates.length,
      detections: r.detections.map(({ box, score, label, row, col, anchor }) => ({
        box,
        score,
        label,
        cell: { row, col },
        anchor,
      })),
      assignments: assignments.map(({ row, col, anchor, iou, detection }) => ({
        cell: { row, col },
        anchor,
        iou,
        predictedBy: detection.anchor,
      })),
      cell: cell && cellAnchors.length > 0 ? { ...cell, anchors: cellAnchors } : null,
      nmsStep: nmsStep && {
        done: nmsStep.done,
        kept: nmsStep.kept,
        keptBoxes: stepper.state!.kept.map((i) => stepper.frozen?.candidates[i]?.box),
        finished: nmsStep.finished,
      },
    };
  });
}
