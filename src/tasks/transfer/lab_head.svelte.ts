import type { TransferHeadRecord } from '../../core/store/transfer_records';
import { liveHeadOf } from './head_training.svelte';
import type { LiveHead } from './transfer_predictor';

/**
 * The project's trained head as stored, and its live copy (a SoftmaxHead the frame loop runs, with
 * the class names as labels). `labelsOf` names a head's outputs from the current classes.
 */
export class LabHead {
  #record = $state.raw<TransferHeadRecord | null>(null);
  #live: LiveHead | null = null;

  constructor(private readonly labelsOf: (head: TransferHeadRecord) => string[]) {}

  get record(): TransferHeadRecord | null {
    return this.#record;
  }
  get live(): LiveHead | null {
    return this.#live;
  }

  /** Replaces the head and its live copy (disposing the old copy's tensors). */
  set(head: TransferHeadRecord | null): void {
    this.#record = head;
    const old = this.#live;
    this.#live = head ? liveHeadOf(head, this.labelsOf(head)) : null;
    old?.head.dispose();
  }

  /** Shows a stored head: the one shown already (same training time) only takes the names again. */
  show(head: TransferHeadRecord | null): void {
    const shown = this.#record;
    const same =
      head === shown || (head !== null && shown !== null && head.trainedAt === shown.trainedAt);
    if (!same) return this.set(head);
    if (this.#live && shown) this.#live = { ...this.#live, labels: this.labelsOf(shown) };
  }

  /** A head is stored and was trained without one of these classes: train again to include it. */
  lacksAny(classIds: string[]): boolean {
    const head = this.#record;
    return head !== null && classIds.some((id) => !head.classIds.includes(id));
  }

  dispose(): void {
    this.#live?.head.dispose();
    this.#live = null;
  }
}
