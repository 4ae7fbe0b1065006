import { AutoBackend, trialStart } from '../core/backend/auto_backend';
import { BackendMemory, deviceFingerprint } from '../core/backend/backend_memory';
import type { BackendEngine } from '../core/backend/backend_manager';
import { webglRendererName } from '../core/backend/webgl_renderer';
import { catalogueGraphBareMs } from '../core/models/catalogue_bare_ms';
import { labTrialModel } from '../lab_trial_model';
import type { BackendWiring } from './backend_wiring.svelte';
import { LabBackend } from './lab_backend.svelte';
import type { LabId } from './router.svelte';

/** Timed runs of a lab's model in a trial, after one warm-up (a GPU's first run compiles). */
const trialRuns = 3;
const trialWarmups = 1;

/**
 * The app's automatic backend: picks remembered in localStorage for this browser, cores and GPU;
 * a trial times the lab's own model (labTrialModel) on WASM and a hardware WebGL, with the labs
 * stopped while it switches TF.js's backend; the pick starts through the wiring.
 */
export function appLabBackend(
  engine: BackendEngine,
  wiring: BackendWiring,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
): LabBackend {
  const auto = new AutoBackend({
    memory: new BackendMemory(storage, deviceFingerprint(navigator, webglRendererName())),
    start: trialStart(engine),
    timeLabModel: (lab, limitMs) =>
      catalogueGraphBareMs(labTrialModel[lab as LabId], trialRuns, {
        warmups: trialWarmups,
        maxRunMs: limitMs,
      }),
  });
  return new LabBackend({
    auto,
    use: (preference) => wiring.use(preference),
    stopLabs: () => wiring.stopLabs(),
  });
}
