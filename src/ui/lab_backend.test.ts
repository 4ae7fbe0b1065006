import { describe, expect, it } from 'vitest';
import { AutoBackend } from '../core/backend/auto_backend';
import type { BackendName, BackendPreference } from '../core/backend/backend_choice';
import { BackendMemory } from '../core/backend/backend_memory';
import { LabBackend } from './lab_backend.svelte';

/** A device where WebGL is software (412 ms) and WASM 95 ms, and the log of what the app did. */
function app(items = new Map<string, string>()) {
  const log: string[] = [];
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
  let tf: BackendName | null = null;
  const auto = new AutoBackend({
    memory: new BackendMemory(storage, 'test-device'),
    start: (name) => {
      tf = name;
      return Promise.resolve(null);
    },
    timeLabModel: (lab) => {
      log.push(`time ${lab} on ${tf}`);
      return Promise.resolve(tf === 'webgl' ? [412] : [95]);
    },
    now: () => Date.UTC(2026, 11, 6),
    // A device without WebGPU, as this machine's Chromium gives none by default.
    candidates: ['wasm', 'webgl'],
  });
  const labBackend = new LabBackend({
    auto,
    use: (pref: BackendPreference) => {
      log.push(`use ${pref}`);
      return Promise.resolve();
    },
    stopLabs: () => log.push('stop labs'),
  });
  return { labBackend, log, items };
}

describe('LabBackend', () => {
  it('measures a lab on first use, stopping the labs first, then starts the fastest', async () => {
    const { labBackend, log } = app();
    await labBackend.enter('detection', 'auto');
    expect(log).toEqual([
      'stop labs',
      'time detection on wasm',
      'time detection on webgl',
      'use wasm',
    ]);
    expect(labBackend.status).toMatchObject({
      kind: 'chosen',
      lab: 'detection',
      pick: { backend: 'wasm' },
    });
  });

  it('reuses the remembered pick after a reload, without measuring or restarting', async () => {
    const first = app();
    await first.labBackend.enter('detection', 'auto');
    const reload = app(first.items);
    await reload.labBackend.enter('detection', 'auto');
    await reload.labBackend.enter('detection', 'auto');
    expect(reload.log).toEqual(['use wasm']);
  });

  it('measures again when asked, and starts the pick again (the trial moved TF.js)', async () => {
    const { labBackend, log } = app();
    await labBackend.enter('detection', 'auto');
    log.length = 0;
    await labBackend.enter('detection', 'auto', true);
    expect(log).toEqual([
      'stop labs',
      'time detection on wasm',
      'time detection on webgl',
      'use wasm',
    ]);
  });

  it.each<BackendPreference>(['webgl', 'wasm', 'cpu'])(
    'keeps the manual choice %s: no trial, and nothing remembered',
    async (pref) => {
      const { labBackend, log, items } = app();
      await labBackend.enter('detection', pref);
      await labBackend.enter('faces', pref);
      expect(log).toEqual([`use ${pref}`]);
      expect(labBackend.status).toEqual({ kind: 'manual' });
      expect(items.size).toBe(0);
    },
  );

  it('runs one call at a time, so two trials never share TF.js', async () => {
    const { labBackend, log } = app();
    await Promise.all([labBackend.enter('detection', 'auto'), labBackend.enter('faces', 'auto')]);
    expect(log).toEqual([
      'stop labs',
      'time detection on wasm',
      'time detection on webgl',
      'use wasm',
      'stop labs',
      'time faces on wasm',
      'time faces on webgl',
      'use wasm',
    ]);
  });
});
