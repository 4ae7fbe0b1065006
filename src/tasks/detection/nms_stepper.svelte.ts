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
 * Step-through of non-max suppression on a snapshot of one frame's result. `wait()` then
 * `offer()` takes the second result offered after the wait, so a frame that was in flight
 * when the picture was frozen is skipped.
 */
export class NmsStepper {
  #frozen = $state.raw<FrozenNms | null>(null);
  #done = $state(0);
  #waiting = $state(false);
  #seen: FrozenNms | null = null;
  #offers = 0;
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
  }

  /** Waits for the results of a newly frozen picture; `current` is the latest result now. */
  wait(current: FrozenNms | null): void {
    this.#waiting = true;
    this.#seen = current;
    this.#offers = 0;
  }

  offer(result: FrozenNms | null): void {
    if (!this.#waiting || !result || result === this.#seen) return;
    this.#seen = result;
    if (++this.#offers >= 2) this.start(result);
  }

  next(): void {
    if (this.#frozen && this.#done < this.#frozen.nmsSteps.length) this.#done++;
  }

  stop(): void {
    this.#frozen = null;
    this.#done = 0;
    this.#waiting = false;
  }
}
