import { untrack } from 'svelte';
import type { PresenterHooks, Stepper } from '../../lab/lab_context';

/**
 * Presenter mode for a projector: whether it is on (`?present`, the P key or the toggle), which
 * of its overlays are open, and the lab's current stepper for ← and →. A lab registers a stepper
 * while it has something to step through; the latest registered one answers the keys.
 */
export class Presenter implements PresenterHooks {
  #on = $state(false);
  #help = $state(false);
  #controls = $state(false);
  #join = $state(false);
  #steppers = $state.raw<Stepper[]>([]);

  constructor(on: boolean) {
    this.#on = on;
  }

  get on(): boolean {
    return this.#on;
  }
  get helpOpen(): boolean {
    return this.#help;
  }
  set helpOpen(open: boolean) {
    this.#help = open;
  }
  /** In presenter mode the lab's controls fold into the strip until opened. */
  get controlsOpen(): boolean {
    return this.#controls;
  }
  get joinOpen(): boolean {
    return this.#join;
  }
  set joinOpen(open: boolean) {
    this.#join = open;
  }
  get canStep(): boolean {
    return this.#steppers.length > 0;
  }

  toggle(): void {
    this.#on = !this.#on;
    this.#controls = false;
  }
  toggleHelp(): void {
    this.#help = !this.#help;
  }
  toggleControls(): void {
    this.#controls = !this.#controls;
  }
  toggleJoin(): void {
    this.#join = !this.#join;
  }

  /** Esc: closes the topmost overlay; false when none was open. */
  close(): boolean {
    if (this.#help) this.#help = false;
    else if (this.#join) this.#join = false;
    else return false;
    return true;
  }

  /**
   * Returns the unregister function (an `$effect`'s cleanup). The list is read untracked: read
   * inside the registering effect, it made the effect depend on its own write and rerun without
   * end (Svelte's effect_update_depth_exceeded, 30 errors a step-through).
   */
  registerStepper(stepper: Stepper): () => void {
    this.#steppers = [...untrack(() => this.#steppers), stepper];
    return () => {
      this.#steppers = this.#steppers.filter((s) => s !== stepper);
    };
  }

  /** False when nothing can step that way, so the key keeps its usual meaning. */
  step(delta: 1 | -1): boolean {
    const stepper = this.#steppers.at(-1);
    if (!stepper) return false;
    if (delta > 0) stepper.forward();
    else if (stepper.back) stepper.back();
    else return false;
    return true;
  }
}
