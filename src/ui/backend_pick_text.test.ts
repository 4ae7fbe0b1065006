import { describe, expect, it } from 'vitest';
import { softwareReasonPrefix } from '../core/backend/auto_backend';
import type { RememberedPick } from '../core/backend/backend_memory';
import { translate, type Locale, type MessageKey, type Params } from '../i18n/translate';
import { backendPickText } from './backend_pick_text';

const pick: RememberedPick = {
  backend: 'wasm',
  candidates: [
    { backend: 'webgl', medianMs: 412.4, error: null },
    { backend: 'wasm', medianMs: 95.2, error: null },
  ],
  measuredAt: Date.UTC(2026, 11, 6, 12),
};

const i18n = (locale: Locale) => ({
  locale,
  t: (key: MessageKey, params?: Params) => translate(locale, key, params),
});

describe('backendPickText', () => {
  it.each([
    [
      'en',
      'Detection',
      'Automatic: WASM for Detection — WebGL 412 ms, WASM 95 ms (measured 2026-12-06)',
    ],
    [
      'zh-CN',
      '目标检测',
      '自动：目标检测使用 WASM — WebGL 412 毫秒，WASM 95 毫秒（测量于 2026-12-06）',
    ],
  ] as const)('in %s', (locale, lab, text) => {
    expect(backendPickText(i18n(locale), lab, pick)).toBe(text);
  });

  it('names a backend that could not run, with its reason', () => {
    const failed: RememberedPick = {
      ...pick,
      candidates: [
        { backend: 'webgl', medianMs: null, error: 'context lost' },
        pick.candidates[1]!,
      ],
    };
    expect(backendPickText(i18n('en'), 'Faces', failed)).toBe(
      'Automatic: WASM for Faces — WebGL could not run (context lost), WASM 95 ms (measured 2026-12-06)',
    );
  });

  it('says a software-rendered WebGL was not measured, naming its renderer', () => {
    const software: RememberedPick = {
      ...pick,
      candidates: [
        pick.candidates[1]!,
        { backend: 'webgl', medianMs: null, error: `${softwareReasonPrefix}SwiftShader Device` },
      ],
    };
    expect(backendPickText(i18n('en'), 'Landmarks', software)).toBe(
      'Automatic: WASM for Landmarks — WASM 95 ms, WebGL not measured (software-rendered: SwiftShader Device) (measured 2026-12-06)',
    );
    expect(backendPickText(i18n('zh-CN'), '关键点', software)).toContain(
      'WebGL 未测量（软件渲染：SwiftShader Device）',
    );
  });
});
