import { getContext, setContext, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/**
 * The stage's second pane: where a lab shows what it computes (a filter's output, feature maps,
 * G, a prediction) large, beside or over the picture, instead of in its side panel.
 */
export class StageOutput {
  /** The pane's element, set by the app once the stage is mounted. */
  pane: HTMLElement | undefined;
  #shown = $state(0);

  /** Whether a lab shows something on the stage now (the layout toggle appears). */
  get filled(): boolean {
    return this.#shown > 0;
  }

  /**
   * Moves `node` into the pane while attached. On detach it goes back to its place in the lab's
   * panel if that is still in the page (the lab only stopped showing it), else it is removed.
   * Put it inside an element of the lab's own, so Svelte never walks its siblings in the pane.
   */
  readonly show: Attachment<HTMLElement> = (node) => {
    const pane = this.pane;
    if (!pane) return;
    const place = document.createComment('stage output');
    node.before(place);
    pane.append(node);
    // Counted untracked: the attachment runs in an effect that must not depend on the count.
    untrack(() => this.#shown++);
    return () => {
      untrack(() => this.#shown--);
      if (place.isConnected) place.replaceWith(node);
      else node.remove();
      place.remove();
    };
  };
}

const contextKey = Symbol('stage-output');

/** Called by the app: every lab component below can show things on the stage. */
export function setStageOutput(output: StageOutput): void {
  setContext(contextKey, output);
}

/**
 * During a component's initialisation: the attachment that shows an element on the stage
 * (`{@attach onStage}`); outside the app (a component test) it leaves the element where it is.
 */
export function stageOutputAttachment(): Attachment<HTMLElement> {
  const output = getContext<StageOutput | undefined>(contextKey);
  return (node) => output?.show(node);
}
