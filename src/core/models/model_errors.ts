/** Why a model file could not be used. */
export type ModelFileErrorReason = 'missing' | 'corrupt' | 'network';

/**
 * Where a checked file lives, which decides its fix: `models` (public/models, copied by
 * npm install), `styles` (the bundled style networks, committed in public/styles) or
 * `userStyles` (a style network the user trained, kept in this browser's IndexedDB).
 */
export type CheckedFileHome = 'models' | 'styles' | 'userStyles';

type Fix = (file: string, detail: string) => string;

const unreachable = (detail: string) =>
  `could not be downloaded (${detail}). ` +
  `Check that the app's server is running or that you are online, then reload.`;

const fixes: Record<CheckedFileHome, Record<ModelFileErrorReason, Fix>> = {
  models: {
    missing: (file, detail) =>
      `Model file "${file}" is missing (${detail}). ` +
      `Run "npm install" (it copies the weights into public/models) and reload.`,
    corrupt: (file, detail) =>
      `Model file "${file}" is corrupt (${detail}). Run "npm install" again to recopy it, then reload.`,
    network: (file, detail) => `Model file "${file}" ${unreachable(detail)}`,
  },
  styles: {
    missing: (file, detail) =>
      `Style network file "${file}" is missing (${detail}). ` +
      `Restore public/styles from the app's sources ("git checkout public/styles"), rebuild and reload.`,
    corrupt: (file, detail) =>
      `Style network file "${file}" is corrupt (${detail}). ` +
      `Restore public/${file} from the app's sources ("git checkout public/styles"), rebuild and reload.`,
    network: (file, detail) => `Style network file "${file}" ${unreachable(detail)}`,
  },
  userStyles: {
    missing: (file, detail) =>
      `Your style network "${file}" is no longer saved in this browser (${detail}). Train it again.`,
    corrupt: (file, detail) =>
      `Your style network "${file}", saved in this browser, is corrupt (${detail}). ` +
      `Delete it and train it again.`,
    network: (file, detail) =>
      `Your style network "${file}" could not be read from this browser's storage (${detail}). ` +
      `Reload; if it keeps failing, delete it and train it again.`,
  },
};

export interface ModelFileErrorOptions extends ErrorOptions {
  /** Where the file lives; default `models`. */
  home?: CheckedFileHome;
}

/** A model file that is missing, corrupt or unreachable; the message names the file and the fix. */
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
    detail: string,
    options: ModelFileErrorOptions = {},
  ) {
    const { home = 'models', ...errorOptions } = options;
    super(fixes[home][reason](file, detail), errorOptions);
    this.home = home;
  }
}

/** "abcdef012345…": enough of a hash to tell two apart in a message. */
export function shortHash(hex: string): string {
  return `${hex.slice(0, 12)}…`;
}
