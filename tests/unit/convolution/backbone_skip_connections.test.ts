import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages_en';
import { messagesZhCn } from '../../../src/i18n/messages_zh_cn';
import { backboneLayers } from '../../../src/tasks/convolution/backbone_layers';

// The MobileNetV3 graph inside centernet, read as data: what follows each skip connection's add.
interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: { fused_ops?: { list?: { s?: string[] } } };
}
const graph = JSON.parse(
  readFileSync(new URL('../../../public/models/human/centernet.json', import.meta.url), 'utf8'),
) as { modelTopology: { node: GraphNode[] } };
const nodes = graph.modelTopology.node;
const byName = new Map(nodes.map((n) => [n.name, n]));
const node = (name: string): GraphNode => byName.get(name.split(':')[0]!)!;
const activationOps = new Set(['Relu', 'Relu6', 'Sigmoid', 'Tanh', 'Elu', 'Selu', 'LeakyRelu']);
const fusedOps = (n: GraphNode) => (n.attr?.fused_ops?.list?.s ?? []).map((s) => atob(s));
const isConvolution = (n: GraphNode) => /Conv2D|DepthwiseConv2d/.test(n.op);

/**
 * The main path from `from` back to `to`: the shortest chain of data inputs (a squeeze-excite
 * side branch, which rejoins through a multiply, is longer), first node `from`.
 */
function mainPath(from: string, to: string): GraphNode[] | undefined {
  const target = to.split(':')[0];
  const cameFrom = new Map<string, GraphNode | null>([[node(from).name, null]]);
  const queue = [node(from)];
  for (let n = queue.shift(); n; n = queue.shift()) {
    if (n.name === target) {
      const path: GraphNode[] = [];
      for (let m = cameFrom.get(n.name); m; m = cameFrom.get(m.name)) path.unshift(m);
      return path;
    }
    for (const i of n.input ?? []) {
      const next = node(i);
      if (next && !cameFrom.has(next.name)) {
        cameFrom.set(next.name, n);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const skipLayers = backboneLayers.filter((l) => l.node.endsWith('/add'));

describe("MobileNetV3's skip connections are labelled as they are", () => {
  it('lists skip connections', () => expect(skipLayers.length).toBeGreaterThan(3));

  it.each(skipLayers.map((l) => [l.label, l] as const))(
    '%s: z_project + a_in with no activation after the add',
    (_, layer) => {
      const add = node(layer.node);
      expect(add.op).toMatch(/^Add(V2)?$/);
      const [x, y] = add.input as [string, string];
      const path = mainPath(x, y) ?? mainPath(y, x);
      expect(path, 'one input of the add is reached from the other').toBeDefined();
      // The last layer before the add (the 1x1 projection) ends in BiasAdd, with no activation.
      const projection = path![0]!;
      expect(isConvolution(projection)).toBe(true);
      expect(fusedOps(projection).filter((op) => activationOps.has(op))).toEqual([]);
      // Nothing after the add is an activation: the next block's convolutions read it as is.
      const consumers = nodes.filter((n) => n.input?.some((i) => i.split(':')[0] === add.name));
      expect(consumers.length).toBeGreaterThan(0);
      for (const c of consumers) expect(activationOps.has(c.op), c.name).toBe(false);
      // The skip goes around the block's expand, depthwise and project convolutions.
      expect(layer.skips).toBe(path!.filter(isConvolution).length);
      // So the note must not claim the course's a[l+2] = g(z[l+2] + a[l]) here.
      expect(layer.kind).toBe('linearResidual');
      for (const messages of [messagesEn, messagesZhCn]) {
        const note = messages[`convolution.features.kind.${layer.kind}` as keyof typeof messagesEn];
        expect(note).toContain('z_project + a_in');
        const firstSentence = note.split(/[.。]/)[0]!;
        expect(firstSentence).not.toContain('g(');
      }
    },
  );
});
