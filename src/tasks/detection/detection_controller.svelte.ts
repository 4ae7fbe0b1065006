import { objectClassName } from './coco_labels';
import { untrack } from 'svelte';
import type { LabContext, LabRuntime, LoadPhase } from '../../lab/lab_runtime.svelte';
import type { CornerBox } from '../../vision/boxes';
import type { LabTask } from '../task';
import { DetectionControls } from './detection_controls.svelte';
import type { Detection, DetectionOptions } from './detection_result';
import { freezeFrame } from './freeze_frame';
import { NmsStepper, type FrozenNms } from './nms_stepper.svelte';

/** A detector tuned live: new options take effect from the next frame. */
export interface TunableDetector<R, O> extends LabTask<R> {
  setOptions(options: O): void;
}

/** The NMS step-through as published: rounds done, boxes kept so far, whether it is over. */
interface NmsStepJson {
  done: number;
  kept: number;
  finished: boolean;
}

/**
 * What the YOLO and COCO modes share around their detector: thresholds tuned live, NMS stepped
 * through on a frozen picture, and two rows of the table picked for IoU. Each mode makes its own
 * `runtime` (its detector, and how a result is drawn); frames go from the runtime to those
 * directly. The mode's component renders it and calls `bind()` once while it initialises.
 */
export abstract class DetectionController<R extends FrozenNms, O> {
  readonly controls: DetectionControls;
  readonly stepper = new NmsStepper();
  /** Indices into `shown` of the boxes picked for IoU (at most two). */
  picked = $state<number[]>([]);
  /** The mode's detector in the frame loop, made with the current `options`. */
  protected abstract readonly runtime: LabRuntime<R, TunableDetector<R, O>>;

  constructor(
    protected readonly lab: LabContext,
    defaults: DetectionOptions,
  ) {
    this.controls = new DetectionControls(defaults);
  }

  /** A class label in the UI's language ("cup" / "杯子"), read when drawn so a switch shows at once. */
  readonly className = (label: string): string => objectClassName(this.lab.i18n, label);

  /** The detector's options as the controls set them. */
  protected abstract get options(): O;
  /** The boxes the table lists (and IoU picks from). */
  abstract get shown(): Detection[];

  get phase(): LoadPhase {
    return this.runtime.phase;
  }

  get stats() {
    return this.runtime.stats;
  }

  get result(): R | null {
    return this.runtime.result;
  }

  /** The two picked boxes, for the IoU panel. */
  get iouBoxes(): [CornerBox | null, CornerBox | null] {
    const shown = this.shown;
    return [shown[this.picked[0] ?? -1]?.box ?? null, shown[this.picked[1] ?? -1]?.box ?? null];
  }

  /** Loads and runs the detector, and keeps the detector and the stepper in step with the UI. */
  bind(): void {
    this.runtime.bind();
    // The one sync of the controls with the detector. The options are read before the task, so
    // changes made while the model loads are tracked too.
    $effect(() => {
      const options = this.options;
      this.runtime.task?.setOptions(options);
    });
    // Every new result is offered to the stepper (it waits for a frozen picture's).
    $effect(() => {
      const result = this.result;
      untrack(() => this.stepper.offer(result));
    });
  }

  /** Step-through runs on a frozen picture: a live camera or video is first copied to a still. */
  startStepping(): void {
    this.stepper.startFrozen(this.lab.source, this.result, freezeFrame).catch(this.lab.onError);
  }

  /** Ends stepping: the camera or video frozen for it goes live again. */
  stopStepping(): void {
    this.stepper.stop().catch(this.lab.onError);
  }

  protected get nmsStep(): NmsStepJson | null {
    const state = this.stepper.state;
    return state && { done: this.stepper.done, kept: state.kept.length, finished: state.finished };
  }
}
