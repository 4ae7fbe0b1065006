import * as tf from '@tensorflow/tfjs-core';
import { graphModelIOHandler } from '../../core/models/graph_model_io';
import { DifferentiableBackbone, type GraphNode } from './differentiable_backbone';

/** Builds the differentiable backbone from centernet's fetched files (model.json + weights). */
export async function backboneFromFiles(
  files: Map<string, ArrayBuffer>,
): Promise<DifferentiableBackbone> {
  const artifacts = await graphModelIOHandler(files).load();
  const topology = artifacts.modelTopology as { node?: GraphNode[] } | undefined;
  if (!topology?.node || !artifacts.weightSpecs || !artifacts.weightData) {
    throw new Error('The centernet model files hold no graph topology or weights.');
  }
  const weightData = Array.isArray(artifacts.weightData)
    ? tf.io.concatenateArrayBuffers(artifacts.weightData)
    : artifacts.weightData;
  return new DifferentiableBackbone(
    topology.node,
    tf.io.decodeWeights(weightData, artifacts.weightSpecs),
  );
}
