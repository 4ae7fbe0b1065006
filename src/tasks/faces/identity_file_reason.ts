import type { Translator } from '../../i18n/translate';
import { IdentityFileError } from './identity_file';

/** Why an identities file was refused, in the reader's language; other errors keep their message. */
export function identityFileReason(i18n: Translator, e: unknown): string {
  if (e instanceof IdentityFileError) return i18n.t(`faces.importReason.${e.code}`, e.params);
  return e instanceof Error ? e.message : String(e);
}
