import type { Params, Translator } from '../../i18n/translate';
import type { ArchiveErrorCode } from './zip_archive';

/** Why a project was refused, as a code the UI words (`transfer.importReason.<code>`). */
export const projectFileCodes = [
  'oneZip',
  'zipAndFiles',
  'noMetadata',
  'missingFile',
  'metadataNotJson',
  'notProject',
  'version',
  'duplicateClassIds',
  'unknownClass',
  'notJpeg',
  'modelNotJson',
  'brokenHead',
  'outputsMismatch',
  'imageSize',
  'inputSize',
  'notObject',
  'notList',
  'notText',
] as const;
export type ProjectFileCode = (typeof projectFileCodes)[number] | ArchiveErrorCode;

/**
 * Why a project was refused: `code` and `params` for the reader's language, the English
 * `message` for logs, and `files`, the names of the files the user picked (once known).
 */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
  constructor(
    readonly code: ProjectFileCode,
    readonly params: Record<string, string | number> = {},
    message: string = code,
    readonly files: readonly string[] = [],
  ) {
    super(message);
  }
}

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
