import { describe, expect, it } from 'vitest';
import { cameraErrorState, errorMessage } from './camera_error';
import type { SourceState } from './frame_source';

describe('cameraErrorState', () => {
  it.each<[string, SourceState['kind']]>([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['DevicesNotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['ConstraintNotSatisfiedError', 'no-camera'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
  ])('%s -> %s', (name, kind) => {
    expect(cameraErrorState(new DOMException('x', name))).toEqual({ kind });
  });

  it.each<[string, unknown, SourceState]>([
    [
      'unknown DOMException',
      new DOMException('odd', 'InvalidStateError'),
      { kind: 'error', message: 'odd' },
    ],
    ['TypeError', new TypeError('no constraints'), { kind: 'error', message: 'no constraints' }],
    ['string', 'weird', { kind: 'error', message: 'weird' }],
    ['null', null, { kind: 'error', message: 'null' }],
    ['inherited key', { name: 'toString' }, { kind: 'error', message: 'toString' }],
  ])('%s -> error with its message', (_name, err, state) => {
    expect(cameraErrorState(err)).toEqual(state);
  });
});

describe('errorMessage', () => {
  it.each<[unknown, string]>([
    [new Error('boom'), 'boom'],
    [new DOMException('', 'AbortError'), 'AbortError'],
    [{ message: 'plain object' }, 'plain object'],
    [42, '42'],
    [undefined, 'undefined'],
  ])('errorMessage(%o) = %j', (err, message) => {
    expect(errorMessage(err)).toBe(message);
  });
});
