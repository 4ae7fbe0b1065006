import { translate, type Translator } from '../../i18n/translate';

/** Why a model file could not be used. */
export type ModelFileErrorReason = 'missing' | 'corrupt' | 'network';

/**
 * Where a checked file lives, which decides its fix: `models` (public/models, copied by
 * npm install), `styles` (the bundled style networks, committed in public/styles) or
 * `userStyles` (a style network the user trained, kept in this browser's IndexedDB).
 */
export type CheckedFileHome = 'models' | 'styles' | 'userStyles';

/** The catalogue key of the message for a file of `home` that failed for `reason`. */
export function modelFileErrorKey(
  home: CheckedFileHome,
  reason: ModelFileErrorReason,
): `modelFile.${CheckedFileHome}.${ModelFileErrorReason}` {
  return `modelFile.${home}.${reason}`;
}

export interface ModelFileErrorOptions extends ErrorOptions {
  /** Where the file lives; default `models`. */
  home?: CheckedFileHome;
}

/**
 * A model file that is missing, corrupt or unreachable; the message names the file and the fix
 * (in English, for logs; modelFileErrorText words it in the reader's language).
 */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
  readonly home: CheckedFileHome;

  /**
   * @param file the file as the app serves it, e.g. "models/human/movenet-lightning.bin"
   *   or "styles/starry_night.bin"; a user's style by its id, e.g. "user-1764900000000"
   * @param detail the evidence, e.g. "HTTP 404" or "sha256 abc… expected def…"
   */
  constructor(
    readonly file: string,
    readonly reason: ModelFileErrorReason,
    readonly detail: string,
    options: ModelFileErrorOptions = {},
  ) {
    const { home = 'models', ...errorOptions } = options;
    super(translate('en', modelFileErrorKey(home, reason), { file, detail }), errorOptions);
    this.home = home;
  }
}

/** A load failure in the reader's language: a ModelFileError worded anew, else its message. */
export function modelFileErrorText(i18n: Translator, error: unknown, message: string): string {
  return error instanceof ModelFileError
    ? i18n.t(modelFileErrorKey(error.home, error.reason), {
        file: error.file,
        detail: error.detail,
      })
    : message;
}

/** "abcdef012345…": enough of a hash to tell two apart in a message. */
export function shortHash(hex: string): string {
  return `${hex.slice(0, 12)}…`;
}
