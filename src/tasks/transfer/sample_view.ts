import type { TransferSampleRecord } from '../../core/store/transfer_records';

/** A sample as the panel shows it. */
export interface SampleView {
  id: string;
  classId: string;
  /** Object URL of the picture (revoke it when the sample goes). */
  url: string;
  blob: Blob;
  capturedAt: string;
}

/** The sample with an object URL for its picture. */
export function sampleView(r: TransferSampleRecord): SampleView {
  return {
    id: r.id,
    classId: r.classId,
    url: URL.createObjectURL(r.image),
    blob: r.image,
    capturedAt: r.capturedAt,
  };
}
