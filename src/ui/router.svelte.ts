export const labIds = [
  'landmarks',
  'detection',
  'faces',
  'style',
  'transfer',
  'convolution',
  'networks',
] as const;
export type LabId = (typeof labIds)[number];

/** `#/faces` -> 'faces'; `#/`, no hash or an unknown lab -> null (the start page). */
export function labFromHash(hash: string): LabId | null {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (labIds as readonly string[]).includes(id ?? '') ? (id as LabId) : null;
}

/** The lab in the address bar, so a teacher can link straight to one; null: the start page. */
export class Router {
  #lab = $state<LabId | null>(null);
  readonly #onHash = () => {
    this.#lab = labFromHash(this.win.location.hash);
  };

  constructor(
    private readonly win: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'>,
  ) {
    this.#onHash();
    win.addEventListener('hashchange', this.#onHash);
  }

  get lab(): LabId | null {
    return this.#lab;
  }

  dispose(): void {
    this.win.removeEventListener('hashchange', this.#onHash);
  }
}
