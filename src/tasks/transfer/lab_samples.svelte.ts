import type { TransferSampleRecord } from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import { sampleView, type SampleView } from './sample_view';
import { defaultProjectId } from './transfer_repository';

/** A new sample of the class: the picture (the centred square as JPEG), captured now. */
export function sampleRecord(id: string, classId: string, jpeg: Blob): TransferSampleRecord {
  return { id, projectId: defaultProjectId, classId, image: jpeg, capturedAt: isoNow() };
}

/**
 * The samples the Transfer lab shows, each with an object URL for its picture: added, dropped and
 * synced with the stored ones, revoking a picture's URL when its sample goes. `onDrop` hears the
 * ids that went (the training's feature cache forgets them).
 */
export class LabSamples {
  #samples = $state.raw<SampleView[]>([]);

  constructor(private readonly onDrop: (ids: string[]) => void = () => {}) {}

  get all(): SampleView[] {
    return this.#samples;
  }

  of(classId: string): SampleView[] {
    return this.#samples.filter((s) => s.classId === classId);
  }

  /** Shows a stored sample (once: a reload may have shown it already). */
  add(record: TransferSampleRecord): void {
    if (!this.#samples.some((s) => s.id === record.id))
      this.#samples = [...this.#samples, sampleView(record)];
  }

  /** Shows these records instead of every sample shown so far. */
  replace(records: TransferSampleRecord[]): void {
    this.clear();
    this.#samples = records.map(sampleView);
  }

  /** The stored samples, keeping the views (and picture URLs) of those already shown. */
  sync(records: TransferSampleRecord[]): void {
    const stored = (id: string) => records.some((r) => r.id === id);
    this.drop(this.#samples.filter((s) => !stored(s.id)).map((s) => s.id));
    const shown = this.#samples;
    this.#samples = records.map((r) => shown.find((s) => s.id === r.id) ?? sampleView(r));
  }

  drop(ids: string[]): void {
    for (const s of this.#samples) if (ids.includes(s.id)) URL.revokeObjectURL(s.url);
    this.onDrop(ids);
    this.#samples = this.#samples.filter((s) => !ids.includes(s.id));
  }

  clear(): void {
    this.drop(this.#samples.map((s) => s.id));
  }
}
