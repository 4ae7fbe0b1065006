/** The part of TF.js the choice needs (injected, so the fallback can be tested). */
export interface BackendSetter {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
}

/**
 * The training worker's backend: WASM (served from our origin, as on the page); the CPU backend,
 * much slower, only if WASM cannot start, with the reason to show the user.
 */
export async function chooseTrainingBackend(
  tf: BackendSetter,
): Promise<{ backend: 'wasm' | 'cpu'; fallback: string | null }> {
  let fallback: string;
  try {
    if (await tf.setBackend('wasm')) {
      await tf.ready();
      return { backend: 'wasm', fallback: null };
    }
    fallback = 'WASM failed to initialise';
  } catch (e) {
    fallback = e instanceof Error ? e.message : String(e);
  }
  if (!(await tf.setBackend('cpu'))) {
    throw new Error(`Neither WASM (${fallback}) nor the CPU backend could start in the worker.`);
  }
  await tf.ready();
  return { backend: 'cpu', fallback };
}
