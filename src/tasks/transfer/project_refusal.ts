import type { Params, Translator } from '../../i18n/translate';
import { ProjectFileError, type ProjectFileCode } from './project_file';

/** A refused project as the import notice keeps it: a code to word, not an English sentence. */
export interface ProjectRefusal {
  code: ProjectFileCode;
  params: Params;
  /** The names of the files the user picked. */
  files: readonly string[];
}

export function projectRefusal(e: unknown): ProjectRefusal | null {
  return e instanceof ProjectFileError ? { code: e.code, params: e.params, files: e.files } : null;
}

/** The refusal in the reader's language, after the names of the files picked. */
export function projectRefusalText(i18n: Translator, refusal: ProjectRefusal): string {
  const reason = i18n.t(`transfer.importReason.${refusal.code}`, refusal.params);
  if (refusal.files.length === 0) return reason;
  const files = refusal.files.map((f) => `"${f}"`).join(', ');
  return i18n.t('transfer.importReasonInFiles', { files, reason });
}
