import type { SourceState } from './frame_source';

/** getUserMedia rejection names, including the pre-standard ones older Chrome and Firefox use. */
const STATE_BY_ERROR_NAME: Record<string, SourceState> = {
  NotAllowedError: { kind: 'denied' },
  PermissionDeniedError: { kind: 'denied' },
  SecurityError: { kind: 'denied' },
  NotFoundError: { kind: 'no-camera' },
  DevicesNotFoundError: { kind: 'no-camera' },
  OverconstrainedError: { kind: 'no-camera' },
  ConstraintNotSatisfiedError: { kind: 'no-camera' },
  NotReadableError: { kind: 'busy' },
  TrackStartError: { kind: 'busy' },
  AbortError: { kind: 'busy' },
};

/** Maps a getUserMedia or play() failure to the state the UI explains. */
export function cameraErrorState(err: unknown): SourceState {
  const name = isRecord(err) && typeof err.name === 'string' ? err.name : '';
  return Object.hasOwn(STATE_BY_ERROR_NAME, name)
    ? STATE_BY_ERROR_NAME[name]!
    : { kind: 'error', message: errorMessage(err) };
}

/** A readable message for anything thrown (DOMException, Error, string, ...). */
export function errorMessage(err: unknown): string {
  if (isRecord(err)) {
    if (typeof err.message === 'string' && err.message !== '') return err.message;
    if (typeof err.name === 'string' && err.name !== '') return err.name;
  }
  return String(err);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
