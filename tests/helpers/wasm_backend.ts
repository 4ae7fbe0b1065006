import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';

/** Model tests run on the WASM backend, as the app does where WebGL is software-rendered. */
export async function useWasmBackend(): Promise<void> {
  if (!(await tf.setBackend('wasm'))) throw new Error('The WASM backend failed to start.');
  await tf.ready();
}
