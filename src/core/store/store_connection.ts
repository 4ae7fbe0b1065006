import {
  databaseName,
  openConvLensDb,
  type ConvLensDb,
  type NewerVersionError,
} from './convlens_db';

/**
 * A tab's long-lived connection to the app's database, opened on first use. Another tab's
 * "erase everything" (or a newer schema) closes it, and so may the browser; the next use opens
 * it again, so a lab that stays open never writes through a closing connection ("The database
 * connection is closing"). Once a newer version of the app has upgraded the database in another
 * tab, every use rejects with its NewerVersionError (reload to use the new version).
 */
export class StoreConnection {
  #db: Promise<ConvLensDb> | null = null;
  #newerVersion: NewerVersionError | null = null;

  constructor(
    private readonly open: (
      name: string,
      onClose: (reason?: NewerVersionError) => void,
    ) => Promise<ConvLensDb> = openConvLensDb,
  ) {}

  /** The open connection (opened now if there is none). */
  get(): Promise<ConvLensDb> {
    if (this.#newerVersion) return Promise.reject(this.#newerVersion);
    if (!this.#db) {
      const opening = this.open(databaseName, (reason) => {
        if (reason) this.#newerVersion = reason;
        if (this.#db === opening) this.#db = null;
      });
      // A failed open is not kept: the next use tries again.
      opening.catch(() => {
        if (this.#db === opening) this.#db = null;
      });
      this.#db = opening;
    }
    return this.#db;
  }

  close(): void {
    const db = this.#db;
    this.#db = null;
    void db?.then((d) => d.close()).catch(() => {});
  }
}
