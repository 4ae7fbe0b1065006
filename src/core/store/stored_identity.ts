/** The face encoders f(x) the app has (catalogue model ids). */
export type EmbedderId = 'face_recognition' | 'faceres';

/** One enrolled person as stored in IndexedDB and in the Faces lab's export file. */
export interface StoredIdentity {
  id: string;
  name: string;
  /** The encoder f(x) that made the encodings; they compare only with its own. */
  model: EmbedderId;
  /** Mean of the shots: the encoding used for matching. */
  encoding: number[];
  /** Each enrolment shot's encoding (one-shot enrolment has one). */
  shots: number[][];
  /** A small JPEG or PNG data URL of the aligned face. */
  thumbnail: string;
  createdAt: number;
}
