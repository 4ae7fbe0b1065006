import type { LabId } from './router.svelte';

/** How a lab's output sits on the stage: beside the picture, or over it. */
export type StageLayoutKind = 'split' | 'overlay';

const key = 'convlens.stageLayout';

/** The output's layout, remembered per lab (split unless the user chose overlay). */
export class StageLayout {
  #byLab = $state<Partial<Record<LabId, StageLayoutKind>>>({});

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'>) {
    try {
      const saved: unknown = JSON.parse(storage.getItem(key) ?? '{}');
      if (saved && typeof saved === 'object') {
        for (const [lab, kind] of Object.entries(saved)) {
          if (kind === 'split' || kind === 'overlay') this.#byLab[lab as LabId] = kind;
        }
      }
    } catch {
      // A damaged entry: every lab starts split.
    }
  }

  of(lab: LabId): StageLayoutKind {
    return this.#byLab[lab] ?? 'split';
  }

  set(lab: LabId, kind: StageLayoutKind): void {
    this.#byLab[lab] = kind;
    try {
      this.storage.setItem(key, JSON.stringify(this.#byLab));
    } catch {
      // Storage full or refused: the choice holds for this visit.
    }
  }
}
