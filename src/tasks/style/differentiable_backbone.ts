import * as tf from '@tensorflow/tfjs-core';
import type { CenternetBackbone } from '../../core/models/centernet_backbone';
import type { GraphNode } from '../../core/models/graph_model_io';
import { conv2dInputGrad, depthwiseConv2dInputGrad, type Padding } from './conv_input_grad';

const decode = (s: string | undefined) => (s ? atob(s) : '');

/**
 * The MobileNetV3 backbone of `centernet`, run by walking its graph nodes as tf ops on the
 * graph's own weights, so that gradients flow to the input image on every backend
 * (GraphModel.execute asks for weight gradients WASM cannot compute). Only the ancestors of the
 * requested nodes run. Input: [1, H, W, 3] raw 0-255 RGB float32.
 * Owns the backbone (and so the weights); call dispose().
 */
export class DifferentiableBackbone {
  readonly #nodes: Map<string, GraphNode>;
  readonly #weights: tf.NamedTensorMap;
  readonly #input: string;
  readonly #axesCache = new Map<string, number[]>();

  /** `backbone` must come with its graph (CenternetBackbone.fromFiles or load). */
  constructor(private readonly backbone: CenternetBackbone) {
    const nodes = backbone.graph;
    this.#nodes = new Map(nodes.map((n) => [n.name, n]));
    this.#weights = backbone.weights();
    const input = nodes.find((n) => n.op === 'Placeholder');
    if (!input) {
      throw new Error(
        'The backbone graph has no input placeholder; load it with CenternetBackbone.fromFiles ' +
          'or CenternetBackbone.load, which keep its graph.',
      );
    }
    this.#input = input.name;
  }

  /** Layer names that can be asked for (every computed node). */
  has(name: string): boolean {
    const node = this.#nodes.get(name);
    return node !== undefined && node.op !== 'Const';
  }

  /** Activations of the named nodes for image x. Differentiable with respect to x. */
  forward(x: tf.Tensor4D, outputs: readonly string[]): Map<string, tf.Tensor4D> {
    const values = new Map<string, tf.Tensor>([[this.#input, x]]);
    const order = this.#order(outputs);
    // Intermediates are left to the caller's tf.tidy (or tf.grad), which keeps what backprop needs.
    for (const node of order) values.set(node.name, this.#run(node, values));
    return new Map(outputs.map((name) => [name, values.get(name) as tf.Tensor4D]));
  }

  dispose(): void {
    this.backbone.dispose();
  }

  #order(outputs: readonly string[]): GraphNode[] {
    const seen = new Set<string>();
    const order: GraphNode[] = [];
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const node = this.#nodes.get(name);
      if (!node) throw new Error(`The backbone has no node "${name}".`);
      if (node.op === 'Const' || node.op === 'Placeholder') return;
      for (const inp of node.input ?? []) visit(clean(inp));
      order.push(node);
    };
    for (const name of outputs) visit(name);
    return order;
  }

  /** A reduction's axes, a small constant read once. */
  #axes(name: string): number[] {
    let axes = this.#axesCache.get(name);
    if (!axes) {
      axes = Array.from(this.#value(name, new Map()).dataSync());
      this.#axesCache.set(name, axes);
    }
    return axes;
  }

  #value(name: string, values: Map<string, tf.Tensor>): tf.Tensor {
    const v = values.get(name) ?? this.#weights[name];
    if (!v) throw new Error(`No value for graph input "${name}".`);
    return v;
  }

  #run(node: GraphNode, values: Map<string, tf.Tensor>): tf.Tensor {
    const ins = (node.input ?? []).map((i) => this.#value(clean(i), values));
    const a = node.attr ?? {};
    const stride = Number(a.strides?.list?.i?.[1] ?? 1);
    const padding = decode(a.padding?.s).toLowerCase() as Padding;
    const fused = (a.fused_ops?.list?.s ?? []).map(decode);
    const [x, w, b] = ins as [tf.Tensor4D, tf.Tensor4D, tf.Tensor1D];
    switch (node.op) {
      case '_FusedConv2D':
      case 'Conv2D':
        return activate(addBias(conv2dInputGrad(x, w, stride, padding), b, fused), fused);
      case 'FusedDepthwiseConv2dNative':
      case 'DepthwiseConv2dNative':
        return activate(addBias(depthwiseConv2dInputGrad(x, w, stride, padding), b, fused), fused);
      case 'Add':
      case 'AddV2':
        return tf.add(ins[0]!, ins[1]!);
      case 'Mul':
        return tf.mul(ins[0]!, ins[1]!);
      case 'Relu':
        return tf.relu(ins[0]!);
      case 'Relu6':
        return tf.relu6(ins[0]!);
      case 'Mean':
        return tf.mean(ins[0]!, this.#axes(clean(node.input![1]!)), a.keep_dims?.b ?? false);
      case 'Identity':
        return ins[0]!;
      default:
        throw new Error(`The backbone walker cannot run op ${node.op} (node ${node.name}).`);
    }
  }
}

function clean(input: string): string {
  return input.replace(/^\^/, '').replace(/:0$/, '');
}

function addBias(y: tf.Tensor4D, b: tf.Tensor1D | undefined, fused: string[]): tf.Tensor4D {
  return fused.includes('BiasAdd') && b ? tf.add(y, b) : y;
}

function activate(y: tf.Tensor4D, fused: string[]): tf.Tensor4D {
  if (fused.includes('Relu')) return tf.relu(y);
  if (fused.includes('Relu6')) return tf.relu6(y);
  return y;
}
