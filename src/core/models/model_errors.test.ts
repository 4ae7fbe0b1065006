import { describe, expect, it } from 'vitest';
import { ModelFileError, shortHash } from './model_errors';

describe('ModelFileError', () => {
  const file = 'models/human/movenet-lightning.bin';

  it.each([
    [
      'missing',
      'HTTP 404',
      'Model file "models/human/movenet-lightning.bin" is missing (HTTP 404). ' +
        'Run "npm install" (it copies the weights into public/models) and reload.',
    ],
    [
      'corrupt',
      'sha256 abc… expected def…',
      'Model file "models/human/movenet-lightning.bin" is corrupt (sha256 abc… expected def…). ' +
        'Run "npm install" again to recopy it, then reload.',
    ],
    [
      'network',
      'TypeError: Failed to fetch',
      'Model file "models/human/movenet-lightning.bin" could not be downloaded ' +
        "(TypeError: Failed to fetch). Check that the app's server is running or that you are " +
        'online, then reload.',
    ],
  ] as const)('%s: %s', (reason, detail, message) => {
    const error = new ModelFileError(file, reason, detail);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ModelFileError');
    expect(error.file).toBe(file);
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(message);
  });

  it('keeps the cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new ModelFileError(file, 'network', 'offline', { cause }).cause).toBe(cause);
  });
});

describe('shortHash', () => {
  it('keeps the first 12 hex digits', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab…');
  });
});
