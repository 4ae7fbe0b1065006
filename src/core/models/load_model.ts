import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { modelEntry, type ModelId, type ModelInput } from './catalogue';
import {
  fetchModelFiles,
  type FetchLike,
  type FetchModelFilesOptions,
  type ProgressCallback,
} from './fetch_model_files';
import {
  graphModelIOHandler,
  weightMapFromFiles,
  type GraphModelIOOptions,
} from './graph_model_io';

export interface LoadModelFilesOptions {
  /** URL of the models folder; default `${import.meta.env.BASE_URL}models/`. */
  baseUrl?: string;
  /** Default: the browser's fetch. */
  fetch?: FetchLike;
  onProgress?: ProgressCallback;
  /** Check sizes and sha256 against the catalogue; default true. */
  verify?: boolean;
}

export interface LoadGraphModelOptions extends LoadModelFilesOptions, GraphModelIOOptions {
  /** Run the model once on zeros so the first real frame does not pay for compilation. */
  warmUp?: boolean;
}

/** Fetches, checks and loads a graph model from the catalogue, warmed up. The caller disposes it. */
export async function loadGraphModelFromCatalogue(
  id: ModelId,
  options: LoadGraphModelOptions = {},
): Promise<GraphModel> {
  const entry = modelEntry(id);
  if (entry.format !== 'graph') {
    throw new Error(`Model "${id}" is a weight manifest; load it with loadWeightMapFromCatalogue.`);
  }
  const files = await fetchModelFiles(entry, fetchOptions(options));
  const model = await loadGraphModel(graphModelIOHandler(files, options));
  if (options.warmUp ?? true) {
    try {
      await warmUp(model, entry.input, options.inputShape);
    } catch (error) {
      model.dispose();
      throw error;
    }
  }
  return model;
}

/** Fetches, checks and decodes a face-api weight manifest; the caller owns the tensors. */
export async function loadWeightMapFromCatalogue(
  id: ModelId,
  options: LoadModelFilesOptions = {},
): Promise<tf.NamedTensorMap> {
  const entry = modelEntry(id);
  if (entry.format !== 'weights') {
    throw new Error(`Model "${id}" is a graph model; load it with loadGraphModelFromCatalogue.`);
  }
  return weightMapFromFiles(await fetchModelFiles(entry, fetchOptions(options)));
}

/** Fetches and checks a catalogue model's raw files (keyed by their path under models/). */
export async function loadModelFilesFromCatalogue(
  id: ModelId,
  options: LoadModelFilesOptions = {},
): Promise<Map<string, ArrayBuffer>> {
  return fetchModelFiles(modelEntry(id), fetchOptions(options));
}

function fetchOptions(options: LoadModelFilesOptions): FetchModelFilesOptions {
  return {
    // Read lazily: import.meta.env exists only under Vite (and Vitest), not in plain Node.
    baseUrl: options.baseUrl ?? `${import.meta.env?.BASE_URL ?? '/'}models/`,
    // Wrapped so the browser's fetch is never called with a foreign `this`.
    fetch: options.fetch ?? ((url) => globalThis.fetch(url)),
    onProgress: options.onProgress,
    verify: options.verify,
  };
}

async function warmUp(model: GraphModel, input: ModelInput, inputShape?: number[]): Promise<void> {
  // A free (-1) dimension takes the catalogue's size where it has one, else 1.
  const shape = (inputShape ?? input.shape).map((size, axis) => {
    const fallback = input.shape[axis] ?? 1;
    return size > 0 ? size : fallback > 0 ? fallback : 1;
  });
  const zeros = tf.zeros(shape, input.dtype);
  try {
    let outputs: tf.Tensor | tf.Tensor[] | tf.NamedTensorMap;
    try {
      outputs = model.execute(zeros);
    } catch {
      // Graphs with control flow (handtrack's NMS) refuse execute before running anything.
      outputs = await model.executeAsync(zeros);
    }
    tf.dispose(outputs);
  } finally {
    zeros.dispose();
  }
}
