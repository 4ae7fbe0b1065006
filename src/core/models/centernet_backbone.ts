import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import type { ModelId } from './catalogue';
import { graphModelIOHandler, type GraphNode } from './graph_model_io';
import { loadModelFilesFromCatalogue, type LoadModelFilesOptions } from './load_model';

/**
 * The MobileNetV3 backbone inside `centernet` (CenterNet on COCO), the one pretrained network the
 * Convolution, Transfer, Sliding-windows and Style labs look into. Its graph is loaded with a free
 * input ([-1, -1, -1, 3]), so it runs at any size and in batches; inner nodes are named
 * `tower_0/MobilenetV3/…` (see public/models/human/centernet.json).
 * Input: [n, H, W, 3] raw 0-255 RGB float32, no scaling. Owns its GraphModel; call dispose().
 */
export class CenternetBackbone {
  static readonly modelId: ModelId = 'centernet';
  /** The input placeholder's shape to load the graph with: free batch, height and width. */
  static readonly inputShape = [-1, -1, -1, 3];

  /** Fetches and checks centernet's files (no warm-up: each use warms up at its own size). */
  static async load(options: LoadModelFilesOptions = {}): Promise<CenternetBackbone> {
    return CenternetBackbone.fromFiles(
      await loadModelFilesFromCatalogue(CenternetBackbone.modelId, options),
    );
  }

  /** From centernet's fetched files (model.json + weights), keeping the graph's nodes. */
  static async fromFiles(files: ReadonlyMap<string, ArrayBuffer>): Promise<CenternetBackbone> {
    const artifacts = await graphModelIOHandler(files, {
      inputShape: CenternetBackbone.inputShape,
    }).load();
    const topology = artifacts.modelTopology as { node?: GraphNode[] } | undefined;
    if (!topology?.node) throw new Error('The centernet model files hold no graph topology.');
    const model = await loadGraphModel({ load: () => Promise.resolve(artifacts) });
    return new CenternetBackbone(model, topology.node);
  }

  /**
   * @param model centernet loaded with `inputShape` (e.g. by loadGraphModelFromCatalogue).
   * @param graph its nodes, for walking it op by op (DifferentiableBackbone); `fromFiles` and
   *   `load` keep them, a bare GraphModel does not expose them.
   */
  constructor(
    private readonly model: GraphModel,
    readonly graph: readonly GraphNode[] = [],
  ) {}

  /**
   * Activations of inner nodes for `input` [n, H, W, 3], in the order asked, each
   * [n, H / stride, W / stride, C]. The caller disposes them (or runs this in a tf.tidy).
   */
  activations(input: tf.Tensor4D, nodes: readonly string[]): tf.Tensor4D[] {
    const outputs = this.model.execute(input, [...nodes]);
    // GraphModel.execute returns a lone tensor, not a list, when one node is asked for.
    return (Array.isArray(outputs) ? outputs : [outputs]) as tf.Tensor4D[];
  }

  /** The graph's weights by node name; they stay owned by this backbone. */
  weights(): tf.NamedTensorMap {
    const weights: tf.NamedTensorMap = {};
    for (const [name, [tensor]] of Object.entries(this.model.weights)) {
      if (tensor) weights[name] = tensor;
    }
    return weights;
  }

  dispose(): void {
    this.model.dispose();
  }
}
