/** Why a model file could not be used. */
export type ModelFileErrorReason = 'missing' | 'corrupt' | 'network';

const fixes: Record<ModelFileErrorReason, (file: string, detail: string) => string> = {
  missing: (file, detail) =>
    `Model file "${file}" is missing (${detail}). ` +
    `Run "npm install" (it copies the weights into public/models) and reload.`,
  corrupt: (file, detail) =>
    `Model file "${file}" is corrupt (${detail}). Run "npm install" again to recopy it, then reload.`,
  network: (file, detail) =>
    `Model file "${file}" could not be downloaded (${detail}). ` +
    `Check that the app's server is running or that you are online, then reload.`,
};

/** A model file that is missing, corrupt or unreachable; the message names the file and the fix. */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';

  /**
   * @param file the file as the app serves it, e.g. "models/human/movenet-lightning.bin"
   * @param detail the evidence, e.g. "HTTP 404" or "sha256 abc… expected def…"
   */
  constructor(
    readonly file: string,
    readonly reason: ModelFileErrorReason,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(fixes[reason](file, detail), options);
  }
}

/** "abcdef012345…": enough of a hash to tell two apart in a message. */
export function shortHash(hex: string): string {
  return `${hex.slice(0, 12)}…`;
}
