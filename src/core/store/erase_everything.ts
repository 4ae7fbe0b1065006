import { deleteDB } from 'idb';
import { databaseName } from './convlens_db';

/** TF.js's own database (models saved with `indexeddb://`), erased with ours. */
export const tfjsDatabaseName = 'tensorflowjs';

/**
 * Erases everything the app keeps on this device: its own database (faces, photos, trained heads)
 * and TF.js's. Open connections in other tabs are asked to close; `onBlocked` is called if one
 * does not, and the deletion then completes when it closes.
 */
export async function eraseEverything(onBlocked?: () => void): Promise<void> {
  for (const name of [databaseName, tfjsDatabaseName]) {
    await deleteDB(name, { blocked: onBlocked });
  }
}
