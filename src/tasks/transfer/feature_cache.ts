/**
 * Backbone features per sample and augmentation setting, kept in memory so the frozen backbone
 * runs once per sample and copy, not once per training run.
 */
export class FeatureCache {
  readonly #entries = new Map<string, Float32Array[]>();

  get(sampleId: string, settings: unknown): Float32Array[] | undefined {
    return this.#entries.get(key(sampleId, settings));
  }

  set(sampleId: string, settings: unknown, features: Float32Array[]): void {
    this.#entries.set(key(sampleId, settings), features);
  }

  /** Forgets every entry of these samples. */
  forget(sampleIds: readonly string[]): void {
    for (const k of [...this.#entries.keys()]) {
      if (sampleIds.includes(k.slice(0, k.indexOf('|')))) this.#entries.delete(k);
    }
  }
}

function key(sampleId: string, settings: unknown): string {
  return `${sampleId}|${JSON.stringify(settings)}`;
}

/** The current time as ISO 8601 text (the records' timestamps). */
export function isoNow(): string {
  return new Date().toISOString();
}
