import { describe, expect, it } from 'vitest';
import { decodeProjectFile, encodeProjectFile, type PortableProject } from './project_file';

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed file, edited freely to break it
function edit(change: (file: any) => void): string {
  const file = JSON.parse(encodeProjectFile(project));
  change(file);
  return JSON.stringify(file);
}

describe('project file', () => {
  it('round-trips a project with its head, classes and samples', () => {
    expect(decodeProjectFile(encodeProjectFile(project))).toEqual(project);
  });

  it('round-trips a project without a head', () => {
    const untrained = { ...project, head: null };
    expect(decodeProjectFile(encodeProjectFile(untrained))).toEqual(untrained);
  });

  it('writes the labels in the head output order and the head in TF.js layers format', () => {
    const file = JSON.parse(encodeProjectFile(project));
    expect(file.metadata).toMatchObject({
      labels: ['书', 'apple'],
      backbone: 'centernet',
      imageSize: 224,
    });
    expect(file.head.modelJson.format).toBe('layers-model');
    expect(file.head.modelJson.modelTopology.config.layers[0].config).toMatchObject({
      units: 2,
      activation: 'softmax',
      batch_input_shape: [null, 3],
    });
    expect(file.head.modelJson.weightsManifest[0].weights).toEqual([
      { name: 'dense/kernel', shape: [3, 2], dtype: 'float32' },
      { name: 'dense/bias', shape: [2], dtype: 'float32' },
    ]);
  });

  it.each([
    { name: 'not JSON', text: '{oops', message: 'The file is not JSON' },
    {
      name: 'another format',
      text: '{"format":"zip"}',
      message: 'is not a ConvLens Transfer project',
    },
    {
      name: 'a later version',
      text: edit((f) => (f.version = 9)),
      message: 'has version 9; this app reads version 1',
    },
    {
      name: 'no classes',
      text: edit((f) => delete f.classes),
      message: '"classes" must be a list',
    },
    {
      name: 'a sample of no class',
      text: edit((f) => (f.samples[0].classId = 'z')),
      message: 'samples[0] belongs to class "z"',
    },
    {
      name: 'a sample that is not JPEG',
      text: edit((f) => (f.samples[1].jpeg = btoa('GIF89a'))),
      message: 'samples[1].jpeg is not a JPEG image',
    },
    {
      name: 'bad base64',
      text: edit((f) => (f.samples[0].jpeg = '@@@')),
      message: 'samples[0].jpeg: it is not valid base64',
    },
    {
      name: 'truncated weights',
      text: edit((f) => (f.head.weightData = btoa('abcd'))),
      message: "The trained head is broken: The head's weight data has 4 bytes",
    },
    {
      name: 'head/class mismatch',
      text: edit((f) => (f.metadata.classIds = ['a'])),
      message: 'The trained head has 2 outputs, which do not match',
    },
    {
      name: 'duplicate class ids',
      text: edit((f) => (f.classes[1].id = 'a')),
      message: 'Two classes in the file have the same id',
    },
  ])('rejects $name with a clear message', ({ text, message }) => {
    expect(() => decodeProjectFile(text)).toThrow(message);
  });
});
