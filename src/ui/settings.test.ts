import { describe, expect, it } from 'vitest';
import { parseSettings, type SettingsData } from './settings.svelte';

const defaults: SettingsData = {
  locale: 'en',
  backend: 'auto',
  mirror: true,
  resolution: '720p',
  deviceId: null,
  facingMode: 'user',
};

describe('parseSettings', () => {
  it.each([
    ['nothing saved', null, defaults],
    ['corrupt JSON', '{oops', defaults],
    [
      'valid values',
      '{"locale":"zh-CN","backend":"wasm","mirror":false,"resolution":"480p","deviceId":"abc","facingMode":"environment"}',
      {
        locale: 'zh-CN',
        backend: 'wasm',
        mirror: false,
        resolution: '480p',
        deviceId: 'abc',
        facingMode: 'environment',
      },
    ],
    [
      'invalid values fall back',
      '{"locale":"fr","backend":"tpu","mirror":"yes","resolution":"4k"}',
      defaults,
    ],
  ] as const)('%s', (_name, raw, want) => {
    expect(parseSettings(raw, defaults)).toEqual(want);
  });
});
