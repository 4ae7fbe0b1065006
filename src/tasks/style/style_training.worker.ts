/// <reference lib="webworker" />
// The Style lab's background trainer: a module worker on TF.js WASM (CPU if WASM cannot start),
// so the page and the live camera keep running while a style network trains.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { useBundledWasm } from '../../core/backend/wasm_paths';
import { chooseTrainingBackend } from './choose_training_backend';
import { runStyleTrainingJob } from './style_training_job';
import {
  validateStartTraining,
  type FromTrainingWorker,
  type ToTrainingWorker,
} from './style_training_protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let stopped = false;
let started = false;

const post = (message: FromTrainingWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ToTrainingWorker>) => {
  if (event.data?.type === 'stop') {
    stopped = true;
    return;
  }
  if (started) return;
  started = true;
  void (async () => {
    try {
      const request = validateStartTraining(event.data);
      useBundledWasm();
      post({ type: 'ready', ...(await chooseTrainingBackend(tf)) });
      await runStyleTrainingJob(request, { post, shouldStop: () => stopped });
    } catch (e) {
      post({
        type: 'error',
        stage: 'training',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  })();
};
