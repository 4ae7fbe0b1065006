import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';

/** A model that is loading, as the stage shows it. */
export interface StageLoad {
  name: string;
  loaded: number;
  total: number;
}

/**
 * The models loading now, gathered from every ModelStatus of the open lab, so the stage can
 * show their progress over the picture and not only in the panel.
 */
export class StageLoads {
  readonly #loads = new SvelteMap<object, StageLoad>();

  get all(): StageLoad[] {
    return [...this.#loads.values()];
  }

  /** Shows `load` for `owner` (replacing what it showed); null takes it away. */
  set(owner: object, load: StageLoad | null): void {
    if (load) this.#loads.set(owner, load);
    else this.#loads.delete(owner);
  }
}

const contextKey = Symbol('stage-loads');

export function setStageLoads(loads: StageLoads): void {
  setContext(contextKey, loads);
}

/** The app's StageLoads, or undefined outside the app (a component test). */
export function getStageLoads(): StageLoads | undefined {
  return getContext<StageLoads | undefined>(contextKey);
}
