import { NewerVersionError, UpgradeBlockedError } from './convlens_db';

/** The message key of the store's own errors (a newer or older app version in another tab). */
export type StoreMessageKey = NewerVersionError['key'] | UpgradeBlockedError['key'];

const keyByMessage = new Map<string, StoreMessageKey>(
  [new NewerVersionError(), new UpgradeBlockedError()].map((e) => [e.message, e.key]),
);

/**
 * The message key for an error (or its message, as a lab keeps it) the store raises when
 * another tab holds a newer or an older version of the app; null for any other error.
 */
export function storeMessageKey(error: unknown): StoreMessageKey | null {
  if (error instanceof NewerVersionError || error instanceof UpgradeBlockedError) return error.key;
  const message = error instanceof Error ? error.message : String(error);
  return keyByMessage.get(message) ?? null;
}
