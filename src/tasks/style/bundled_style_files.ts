import list from '../../../models/styles/files.json';
import type { CheckedFile } from '../../core/models/fetch_model_files';

/**
 * The files of each bundled style network (public/styles/<id>.json and .bin) with their sizes
 * and sha256, from models/styles/files.json (`node scripts/style-checksums.mjs --update` writes
 * it; a test keeps it equal to public/styles).
 */
export const bundledStyleFiles: ReadonlyMap<string, readonly CheckedFile[]> = new Map(
  list.styles.map((s) => [s.id, s.files]),
);
