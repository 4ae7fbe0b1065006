import type { LabSource } from '../../lab/lab_context';
import type { NmsStep } from '../../vision/non_max_suppression';
import type { Detection } from './detection_result';
import { nmsReplay, type NmsReplayState } from './nms_replay';

/** A frozen result to replay NMS on, one round at a time. */
export interface FrozenNms {
  candidates: Detection[];
  nmsSteps: NmsStep[];
  iouThreshold: number;
}

/**
 * Step-through of non-max suppression on a snapshot of one frame's result. Freezing a live
 * picture: `hold()` while the still is being made (results offered meanwhile are the camera's
 * and are ignored), then `wait()` once the still is the source; `offer()` then takes the second
 * result offered, so a camera frame that was in flight at the switch is skipped.
 */
export class NmsStepper {
  #frozen = $state.raw<FrozenNms | null>(null);
  #done = $state(0);
  #waiting = $state(false);
  #seen: FrozenNms | null = null;
  #offers = 0;
  #armed = false;
  /** The source to resume when stepping ends, and the epoch of the still it froze into. */
  #resume: { source: LabSource; epoch: number } | null = null;
  readonly state: NmsReplayState | null = $derived(
    this.#frozen
      ? nmsReplay(this.#frozen.nmsSteps, this.#frozen.candidates.length, this.#done)
      : null,
  );

  get frozen(): FrozenNms | null {
    return this.#frozen;
  }

  get done(): number {
    return this.#done;
  }

  get waiting(): boolean {
    return this.#waiting;
  }

  start(result: FrozenNms): void {
    this.#frozen = result;
    this.#done = 0;
    this.#waiting = false;
    this.#armed = false;
  }

  /** A picture is being frozen: ignore results until `wait()`. */
  hold(): void {
    this.#waiting = true;
    this.#armed = false;
  }

  /** Waits for the results of a newly frozen picture; `current` is the latest result now. */
  wait(current: FrozenNms | null): void {
    this.#waiting = true;
    this.#armed = true;
    this.#seen = current;
    this.#offers = 0;
  }

  offer(result: FrozenNms | null): void {
    if (!this.#waiting || !this.#armed || !result || result === this.#seen) return;
    this.#seen = result;
    if (++this.#offers >= 2) this.start(result);
  }

  /**
   * Starts stepping on a frozen picture: on a still, the latest result at once; a live camera
   * or video is first copied to a still (freeze), whose results are then waited for. One the
   * user had not paused goes live again when stepping ends.
   */
  async startFrozen(
    source: LabSource,
    latest: FrozenNms | null,
    freeze: (source: LabSource) => Promise<boolean>,
  ): Promise<void> {
    if (source.kind === 'image' && latest) {
      this.#resume = null;
      this.start(latest);
      return;
    }
    // Until the still is the source, results still come from the camera: ignore them.
    this.hold();
    const wasLive = !source.frozen;
    try {
      if (!(await freeze(source))) return void (await this.stop());
      this.wait(latest);
      this.#resume = wasLive ? { source, epoch: source.epoch } : null;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  next(): void {
    if (this.#frozen && this.#done < this.#frozen.nmsSteps.length) this.#done++;
  }

  back(): void {
    if (this.#frozen && this.#done > 0) this.#done--;
  }

  /** Ends stepping; a camera or video frozen for it resumes, unless another picture was opened since. */
  async stop(): Promise<void> {
    this.#frozen = null;
    this.#done = 0;
    this.#waiting = false;
    this.#armed = false;
    const resume = this.#resume;
    this.#resume = null;
    if (resume && resume.source.epoch === resume.epoch) await resume.source.resumeLive();
  }
}
