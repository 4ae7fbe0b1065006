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

/** `#/faces` -> 'faces'; anything else -> the default lab. */
export function labFromHash(hash: string, fallback: LabId = 'landmarks'): LabId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (labIds as readonly string[]).includes(id ?? '') ? (id as LabId) : fallback;
}

/** The lab in the address bar, so a teacher can link straight to one. */
export class Router {
  #lab = $state<LabId>('landmarks');
  readonly #onHash = () => {
    this.#lab = labFromHash(this.win.location.hash);
  };

  constructor(
    private readonly win: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'>,
  ) {
    this.#onHash();
    win.addEventListener('hashchange', this.#onHash);
  }

  get lab(): LabId {
    return this.#lab;
  }

  dispose(): void {
    this.win.removeEventListener('hashchange', this.#onHash);
  }
}
