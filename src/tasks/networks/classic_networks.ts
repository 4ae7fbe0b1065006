import type { ActivationShape, LayerSpec } from './layer_table';

/** A network as the course's "classic networks" video draws it. */
export interface NetworkSpec {
  id: 'lenet5' | 'alexnet' | 'vgg16';
  input: ActivationShape;
  layers: LayerSpec[];
  /** The parameter count the course quotes for it. */
  courseParameters: string;
}

const conv = (name: string, f: number, filters: number, s = 1, p: number | 'same' = 0) =>
  ({ kind: 'conv', name, f, s, p, filters }) as const;
const pool = (name: string, f: number, s: number, type: 'max' | 'avg' = 'max') =>
  ({ kind: 'pool', name, f, s, p: 0, type }) as const;
const fc = (name: string, units: number) => ({ kind: 'fc', name, units }) as const;

/** LeNet-5 (LeCun et al., 1998) as in the course: 32x32x1, average pooling, ~60 k parameters. */
export const leNet5: NetworkSpec = {
  id: 'lenet5',
  input: [32, 32, 1],
  layers: [
    conv('CONV1', 5, 6),
    pool('POOL1', 2, 2, 'avg'),
    conv('CONV2', 5, 16),
    pool('POOL2', 2, 2, 'avg'),
    fc('FC3', 120),
    fc('FC4', 84),
    fc('ŷ', 10),
  ],
  courseParameters: '60 k',
};

/** AlexNet (Krizhevsky et al., 2012) as in the course: 227x227x3, ~60 M parameters. */
export const alexNet: NetworkSpec = {
  id: 'alexnet',
  input: [227, 227, 3],
  layers: [
    conv('CONV1', 11, 96, 4),
    pool('MAX-POOL1', 3, 2),
    conv('CONV2', 5, 256, 1, 'same'),
    pool('MAX-POOL2', 3, 2),
    conv('CONV3', 3, 384, 1, 'same'),
    conv('CONV4', 3, 384, 1, 'same'),
    conv('CONV5', 3, 256, 1, 'same'),
    pool('MAX-POOL3', 3, 2),
    fc('FC6', 4096),
    fc('FC7', 4096),
    fc('softmax', 1000),
  ],
  courseParameters: '60 M',
};

/** VGG-16 (Simonyan and Zisserman, 2015): 3x3 same convs, 2x2 /2 max pools, ~138 M parameters. */
export const vgg16: NetworkSpec = {
  id: 'vgg16',
  input: [224, 224, 3],
  layers: [
    ...[64, 128, 256, 512, 512].flatMap((filters, block) => [
      ...Array.from({ length: block < 2 ? 2 : 3 }, (_, i) =>
        conv(`CONV${block + 1}_${i + 1}`, 3, filters, 1, 'same'),
      ),
      pool(`POOL${block + 1}`, 2, 2),
    ]),
    fc('FC1', 4096),
    fc('FC2', 4096),
    fc('softmax', 1000),
  ],
  courseParameters: '138 M',
};

export const classicNetworks: readonly NetworkSpec[] = [leNet5, alexNet, vgg16];
