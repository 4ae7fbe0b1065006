import type { NmsStep } from '../../vision/non_max_suppression';
import type { Detection } from './detection_result';
import { nmsReplay, type NmsReplayState } from './nms_replay';

/** A frozen result to replay NMS on, one round at a time. */
export interface FrozenNms {
  candidates: Detection[];
  nmsSteps: NmsStep[];
  iouThreshold: number;
}

/** Step-through of non-max suppression on a snapshot of one frame's result. */
export class NmsStepper {
  #frozen = $state.raw<FrozenNms | null>(null);
  #done = $state(0);
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

  start(result: FrozenNms): void {
    this.#frozen = result;
    this.#done = 0;
  }

  next(): void {
    if (this.#frozen && this.#done < this.#frozen.nmsSteps.length) this.#done++;
  }

  stop(): void {
    this.#frozen = null;
    this.#done = 0;
  }
}
