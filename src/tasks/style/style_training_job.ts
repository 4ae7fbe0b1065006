import { loadModelFilesFromCatalogue } from '../../core/models/load_model';
import type { FetchLike } from '../../core/models/fetch_model_files';
import type { DifferentiableBackbone } from './differentiable_backbone';
import { backboneFromFiles } from './load_backbone';
import type { FromTrainingWorker, StartTraining } from './style_training_protocol';
import { trainUserStyle } from './train_user_style';
import { errorMessage } from '../../core/error_message';

export interface TrainingJobIO {
  post(message: FromTrainingWorker, transfer?: Transferable[]): void;
  /** True once the page asked to stop. */
  shouldStop(): boolean;
  /** Default: the global fetch (Node tests serve public/models from disk). */
  fetch?: FetchLike;
  now?: () => number;
}

/**
 * What the training worker does with a start message, on the backend already chosen: fetch
 * centernet's files from our origin, build the differentiable backbone, train, post the weights.
 * Never throws: every failure becomes one "error" message saying what failed.
 */
export async function runStyleTrainingJob(
  request: StartTraining,
  io: TrainingJobIO,
): Promise<void> {
  const now = io.now ?? (() => performance.now());
  let backbone: DifferentiableBackbone;
  try {
    const files = await loadModelFilesFromCatalogue('centernet', {
      baseUrl: request.modelsUrl,
      fetch: io.fetch,
      onProgress: (loaded, total) => io.post({ type: 'loading', loaded, total }),
    });
    backbone = await backboneFromFiles(files);
  } catch (e) {
    io.post({ type: 'error', stage: 'backbone', message: errorMessage(e) });
    return;
  }
  try {
    const id = `user-${Date.now()}`;
    const result = await trainUserStyle(backbone, request, id, {
      onStep: (c, secondsPerStep) =>
        io.post({
          type: 'progress',
          step: c.step,
          steps: request.steps,
          total: c.total,
          content: c.content,
          style: c.style,
          tv: c.tv,
          secondsPerStep,
        }),
      onPreview: (step, image) => io.post({ type: 'preview', step, image }, [image.data.buffer]),
      shouldStop: io.shouldStop,
      // A macrotask between steps, so the worker's "stop" message gets through.
      pause: () => new Promise((r) => setTimeout(r, 0)),
      now,
    });
    io.post({ type: 'done', ...result }, [result.weights]);
  } catch (e) {
    io.post({ type: 'error', stage: 'training', message: errorMessage(e) });
  } finally {
    backbone.dispose();
  }
}
