import type { EmbedderId, StoredIdentity } from '../../core/store/stored_identity';

export type { StoredIdentity } from '../../core/store/stored_identity';

/**
 * The Faces lab's export file: plain JSON, versioned, validated field by field on import so a
 * malformed or hostile file is rejected whole with a message that says what is wrong.
 */

export const identityFileFormat = 'convlens-faces';
export const identityFileVersion = 1;
const maxIdentities = 1000;
const maxShots = 50;
const maxThumbnail = 200_000;

export function identitiesToFile(identities: readonly StoredIdentity[]): string {
  return JSON.stringify({
    format: identityFileFormat,
    version: identityFileVersion,
    identities,
  });
}

/** Why an identities file was refused, as a code the UI words (`faces.importReason.<code>`). */
export const identityFileCodes = [
  'notJson',
  'notExport',
  'version',
  'notList',
  'notObject',
  'noId',
  'noName',
  'unknownEncoder',
  'encoding',
  'shots',
  'thumbnail',
] as const;
export type IdentityFileCode = (typeof identityFileCodes)[number];

/**
 * A refused identities file: `code` and `params` for the reader's language, the English
 * `message` for logs. `index` is 1-based; `name` is the identity's name as the file gives it.
 */
export class IdentityFileError extends Error {
  override name = 'IdentityFileError';
  constructor(
    readonly code: IdentityFileCode,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
  }
}

const dimensions: Record<EmbedderId, number> = { face_recognition: 128, faceres: 1024 };

const isNumberArray = (v: unknown, length: number): v is number[] =>
  Array.isArray(v) &&
  v.length === length &&
  v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Parses an export file; throws IdentityFileError naming the first problem. */
export function identitiesFromFile(text: string): StoredIdentity[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new IdentityFileError(
      'notJson',
      {},
      'The file is not JSON: is it a ConvLens faces export?',
    );
  }
  const d = data as { format?: unknown; version?: unknown; identities?: unknown };
  if (typeof data !== 'object' || data === null || d.format !== identityFileFormat) {
    throw new IdentityFileError('notExport', {}, 'The file is not a ConvLens faces export.');
  }
  if (d.version !== identityFileVersion) {
    throw new IdentityFileError(
      'version',
      { version: String(d.version), supported: identityFileVersion },
      `Unsupported faces export version ${String(d.version)}.`,
    );
  }
  if (!Array.isArray(d.identities) || d.identities.length > maxIdentities) {
    throw new IdentityFileError(
      'notList',
      { count: maxIdentities },
      `The file must hold a list of at most ${maxIdentities} identities.`,
    );
  }
  return d.identities.map((raw: unknown, i: number) => {
    const r = raw as Partial<Record<keyof StoredIdentity, unknown>>;
    const index = i + 1;
    const where = `Identity ${index}`;
    if (typeof r !== 'object' || r === null)
      throw new IdentityFileError('notObject', { index }, `${where} is not an object.`);
    if (typeof r.id !== 'string' || r.id.length === 0 || r.id.length > 100) {
      throw new IdentityFileError('noId', { index }, `${where} has no valid id.`);
    }
    if (typeof r.name !== 'string' || r.name.trim().length === 0 || r.name.length > 100) {
      throw new IdentityFileError(
        'noName',
        { index, max: 100 },
        `${where} has no valid name (1-100 characters).`,
      );
    }
    // Files from before faceres have no model: their encodings are face_recognition's.
    const model = r.model === undefined ? 'face_recognition' : r.model;
    if (model !== 'face_recognition' && model !== 'faceres') {
      throw new IdentityFileError(
        'unknownEncoder',
        { index, name: r.name },
        `${where} ("${r.name}") names an unknown encoder.`,
      );
    }
    const n = dimensions[model];
    if (!isNumberArray(r.encoding, n)) {
      throw new IdentityFileError(
        'encoding',
        { index, name: r.name, size: n },
        `${where} ("${r.name}") has no valid ${n}-number encoding.`,
      );
    }
    if (
      !Array.isArray(r.shots) ||
      r.shots.length === 0 ||
      r.shots.length > maxShots ||
      !r.shots.every((s) => isNumberArray(s, n))
    ) {
      throw new IdentityFileError(
        'shots',
        { index, name: r.name, max: maxShots, size: n },
        `${where} ("${r.name}") has invalid shots.`,
      );
    }
    if (
      typeof r.thumbnail !== 'string' ||
      r.thumbnail.length > maxThumbnail ||
      !/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(r.thumbnail)
    ) {
      throw new IdentityFileError(
        'thumbnail',
        { index, name: r.name },
        `${where} ("${r.name}") has an invalid thumbnail.`,
      );
    }
    const createdAt =
      typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0;
    return {
      id: r.id,
      name: r.name.trim(),
      model,
      encoding: r.encoding,
      shots: r.shots as number[][],
      thumbnail: r.thumbnail,
      createdAt,
    };
  });
}
