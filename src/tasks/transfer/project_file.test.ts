import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeProjectFiles,
  encodeProjectArchive,
  encodeProjectFiles,
  readProjectFiles,
  type PortableProject,
} from './project_file';
import type { ArchiveEntry } from './zip_archive';

const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
const project: PortableProject = {
  name: 'Fruit or not',
  classes: [
    { id: 'a', name: 'apple' },
    { id: 'b', name: '书' },
  ],
  options: { epochs: 20, optimiser: 'adam' },
  head: {
    backbone: 'centernet',
    featureNodes: ['n1', 'n2'],
    imageSize: 224,
    inputSize: 3,
    classIds: ['b', 'a'],
    kernel: Float32Array.from([1, 2, 3, 4, 5, 6]),
    bias: Float32Array.from([0.5, -0.5]),
    trainedAt: '2026-11-26T12:00:00.000Z',
  },
  samples: [
    { classId: 'a', capturedAt: '2026-11-26T11:00:00.000Z', jpeg },
    { classId: 'b', capturedAt: '2026-11-26T11:01:00.000Z', jpeg },
  ],
};

const text = (e: ArchiveEntry) => new TextDecoder().decode(e.data);
const named = (files: ArchiveEntry[], name: string) => files.find((f) => f.name === name)!;

/** The project's files with one edited (JSON files are edited as objects). */
async function edit(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, edited freely to break it
  change: (json: any) => unknown,
): Promise<ArchiveEntry[]> {
  const files = await encodeProjectFiles(project);
  return files.flatMap((f) => {
    if (f.name !== name) return [f];
    const changed = name.endsWith('.json') ? change(JSON.parse(text(f))) : change(f.data);
    if (changed === undefined) return [];
    const data =
      changed instanceof Uint8Array ? changed : new TextEncoder().encode(JSON.stringify(changed));
    return [{ name, data }];
  });
}

describe('project files', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('writes metadata.json, model.json, head.weights.bin and one JPEG per sample', async () => {
    const files = await encodeProjectFiles(project);
    expect(files.map((f) => f.name)).toEqual([
      'metadata.json',
      'model.json',
      'head.weights.bin',
      'samples/0000.jpg',
      'samples/0001.jpg',
    ]);
    expect(JSON.parse(text(files[0]!))).toMatchObject({
      labels: ['书', 'apple'],
      backbone: 'centernet',
      featureNodes: ['n1', 'n2'],
      imageSize: 224,
      inputSize: 3,
      options: { epochs: 20 },
    });
  });

  it('round-trips a project with its head, classes and samples, as files or as one .zip', async () => {
    expect(decodeProjectFiles(await encodeProjectFiles(project))).toEqual(project);
    const zip = { name: 'convlens-transfer.zip', data: await encodeProjectArchive(project) };
    expect(await readProjectFiles([zip])).toEqual(project);
  });

  it('reads the loose files a multi-file picker gives (no folders in their names)', async () => {
    const files = (await encodeProjectFiles(project)).map((f) => ({
      name: f.name.replace('samples/', ''),
      data: f.data,
    }));
    expect(await readProjectFiles(files)).toEqual(project);
  });

  it('round-trips a project without a head', async () => {
    const untrained = { ...project, head: null };
    const files = await encodeProjectFiles(untrained);
    expect(files.map((f) => f.name)).not.toContain('model.json');
    expect(decodeProjectFiles(files)).toEqual(untrained);
  });

  it('writes a head that tf.loadLayersModel reads and that predicts softmax(x W + b)', async () => {
    const files = await encodeProjectFiles(project);
    const modelJson = JSON.parse(text(named(files, 'model.json')));
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.weightsManifest[0].paths).toEqual(['head.weights.bin']);
    const model = await loadLayersModel(
      tf.io.fromMemory({
        modelTopology: modelJson.modelTopology,
        weightSpecs: modelJson.weightsManifest[0].weights,
        weightData: named(files, 'head.weights.bin').data.slice().buffer,
      }),
    );
    const p = tf.tidy(() => (model.predict(tf.tensor2d([[1, 0, 0]])) as tf.Tensor).arraySync());
    model.dispose();
    // z = x W + b = [1, 2] + [0.5, -0.5] = [1.5, 1.5] -> ŷ = [0.5, 0.5]
    expect((p as number[][])[0]![0]).toBeCloseTo(0.5, 6);
  });

  it.each([
    {
      name: 'no metadata',
      change: () => undefined,
      file: 'metadata.json',
      message: 'There is no metadata.json',
    },
    {
      name: 'another format',
      file: 'metadata.json',
      change: (m: { format: string }) => ({ ...m, format: 'zip' }),
      message: 'is not a ConvLens Transfer project',
    },
    {
      name: 'a later version',
      file: 'metadata.json',
      change: (m: object) => ({ ...m, version: 9 }),
      message: 'has version 9; this app reads version 2',
    },
    {
      name: 'no classes',
      file: 'metadata.json',
      change: (m: object) => ({ ...m, classes: undefined }),
      message: '"classes" must be a list',
    },
    {
      name: 'a sample of no class',
      file: 'metadata.json',
      change: (m: { samples: { classId: string }[] }) => {
        m.samples[0]!.classId = 'z';
        return m;
      },
      message: 'samples[0] belongs to class "z"',
    },
    {
      name: 'a missing JPEG',
      file: 'samples/0001.jpg',
      change: () => undefined,
      message: 'The project\'s "samples/0001.jpg" is missing',
    },
    {
      name: 'a sample that is not JPEG',
      file: 'samples/0001.jpg',
      change: () => new TextEncoder().encode('GIF89a'),
      message: '"samples/0001.jpg" (samples[1]) is not a JPEG image',
    },
    {
      name: 'a missing model.json',
      file: 'model.json',
      change: () => undefined,
      message: 'The project\'s "model.json" is missing',
    },
    {
      name: 'truncated weights',
      file: 'head.weights.bin',
      change: () => Uint8Array.from([1, 2, 3, 4]),
      message:
        "The trained head is broken: The head's weight data has 4 bytes; its manifest needs 32",
    },
    {
      name: 'head/class mismatch',
      file: 'metadata.json',
      change: (m: object) => ({ ...m, classIds: ['a'] }),
      message: 'The trained head has 2 outputs, which do not match',
    },
    {
      name: 'duplicate class ids',
      file: 'metadata.json',
      change: (m: { classes: { id: string }[] }) => {
        m.classes[1]!.id = 'a';
        return m;
      },
      message: 'Two classes in the project have the same id',
    },
  ])('rejects $name with a clear message', async ({ file, change, message }) => {
    const files = await edit(file, change as (json: unknown) => unknown);
    expect(() => decodeProjectFiles(files)).toThrow(message);
  });

  it.each([
    {
      name: 'metadata.json that is not JSON',
      files: [{ name: 'metadata.json', data: Uint8Array.from([123]) }],
      message: 'metadata.json is not JSON',
    },
    {
      name: 'a damaged .zip',
      files: [{ name: 'p.zip', data: Uint8Array.from([1, 2, 3]) }],
      message: 'The file is not a ZIP archive',
    },
    {
      name: 'a .zip and other files',
      files: [
        { name: 'p.zip', data: new Uint8Array(0) },
        { name: 'metadata.json', data: new Uint8Array(0) },
      ],
      message: 'Choose either the project .zip or the files inside it',
    },
  ])('refuses $name', async ({ files, message }) => {
    await expect(readProjectFiles(files)).rejects.toThrow(message);
  });
});
