import { softwareReasonPrefix } from '../core/backend/auto_backend';
import type { BackendName } from '../core/backend/backend_choice';
import type { RememberedPick } from '../core/backend/backend_memory';
import type { Translator } from '../i18n/translate';

const backendNames: Record<BackendName, string> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WASM',
  cpu: 'CPU',
};

/**
 * Why Automatic chose what it did, in the reader's language:
 * "Automatic: WASM for Detection — WebGL 412 ms, WASM 95 ms (measured 2026-12-06)".
 */
export function backendPickText(i18n: Translator, labName: string, pick: RememberedPick): string {
  const times = pick.candidates
    .map((c) =>
      c.medianMs === null
        ? c.error?.startsWith(softwareReasonPrefix)
          ? i18n.t('backend.auto.software', {
              backend: backendNames[c.backend],
              renderer: c.error.slice(softwareReasonPrefix.length),
            })
          : i18n.t('backend.auto.failed', {
              backend: backendNames[c.backend],
              reason: c.error ?? '',
            })
        : i18n.t('backend.auto.time', {
            backend: backendNames[c.backend],
            ms: Math.round(c.medianMs),
          }),
    )
    .join(i18n.t('backend.auto.separator'));
  return i18n.t('backend.auto.chosen', {
    backend: backendNames[pick.backend],
    lab: labName,
    times,
    // An ISO date reads the same in every language and on every device.
    date: new Date(pick.measuredAt).toISOString().slice(0, 10),
  });
}
