import * as tf from '@tensorflow/tfjs-core';

/**
 * A tiny image transformation network f_W(x) for live style transfer, the shape of
 * Johnson, Alahi and Fei-Fei 2016 ("Perceptual Losses for Real-Time Style Transfer", §3.1 and
 * supplementary Table 1) at 8/16/32 channels instead of 32/64/128:
 *   9x9 conv (8) -> 3x3 conv s=2 (16) -> 3x3 conv s=2 (32) -> 3 residual blocks (32)
 *   -> nearest-neighbour x2 + 3x3 conv (16) -> x2 + 3x3 conv (8) -> 9x9 conv (3) -> 255 σ(.)
 * Every conv but the last is followed by instance norm (γ, β per channel) and ReLU.
 * Nearest-neighbour upsampling then a convolution avoids the checkerboard of transposed convs.
 * Input and output: [B, H, W, 3] RGB 0-255 float32, H and W multiples of 4.
 */
export interface ConvSpec {
  name: string;
  kernel: number;
  inChannels: number;
  outChannels: number;
  stride: 1 | 2;
  /** Nearest-neighbour x2 upsampling before the convolution. */
  upsample?: boolean;
  /** Instance norm and ReLU after it (all but the output layer). */
  norm: boolean;
}

const residual = (i: number): ConvSpec[] => [
  { name: `res${i}a`, kernel: 3, inChannels: 32, outChannels: 32, stride: 1, norm: true },
  { name: `res${i}b`, kernel: 3, inChannels: 32, outChannels: 32, stride: 1, norm: true },
];

export const styleNetLayers: readonly ConvSpec[] = [
  { name: 'conv1', kernel: 9, inChannels: 3, outChannels: 8, stride: 1, norm: true },
  { name: 'conv2', kernel: 3, inChannels: 8, outChannels: 16, stride: 2, norm: true },
  { name: 'conv3', kernel: 3, inChannels: 16, outChannels: 32, stride: 2, norm: true },
  ...residual(1),
  ...residual(2),
  ...residual(3),
  {
    name: 'up1',
    kernel: 3,
    inChannels: 32,
    outChannels: 16,
    stride: 1,
    upsample: true,
    norm: true,
  },
  { name: 'up2', kernel: 3, inChannels: 16, outChannels: 8, stride: 1, upsample: true, norm: true },
  { name: 'out', kernel: 9, inChannels: 8, outChannels: 3, stride: 1, norm: false },
];

/** A 'same'-padded convolution: x [B, H, W, C_in], w [k, k, C_in, C_out]. */
export type ConvFn = (x: tf.Tensor4D, w: tf.Tensor4D, stride: 1 | 2) => tf.Tensor4D;

const nativeConv: ConvFn = (x, w, stride) => tf.conv2d(x, w, stride, 'same');

/** The weight names and shapes of the network, in order. */
export function styleNetWeightShapes(): { name: string; shape: number[] }[] {
  return styleNetLayers.flatMap((l) => [
    { name: `${l.name}/w`, shape: [l.kernel, l.kernel, l.inChannels, l.outChannels] },
    { name: `${l.name}/b`, shape: [l.outChannels] },
    ...(l.norm
      ? [
          { name: `${l.name}/gamma`, shape: [l.outChannels] },
          { name: `${l.name}/beta`, shape: [l.outChannels] },
        ]
      : []),
  ]);
}

/** Seeded He-normal initial weights (biases 0, γ 1, β 0); the output layer starts small. */
export function initialStyleNetWeights(seed: number): tf.NamedTensorMap {
  const weights: tf.NamedTensorMap = {};
  let s = seed;
  for (const { name, shape } of styleNetWeightShapes()) {
    if (name.endsWith('/w')) {
      const fanIn = shape[0]! * shape[1]! * shape[2]!;
      const scale = name.startsWith('out/') ? 0.1 : 1;
      weights[name] = tf.randomNormal(shape, 0, scale * Math.sqrt(2 / fanIn), 'float32', s++);
    } else {
      weights[name] = name.endsWith('/gamma') ? tf.ones(shape) : tf.zeros(shape);
    }
  }
  return weights;
}

/** Nearest-neighbour x2 upsampling built from stack and reshape (differentiable everywhere). */
export function upsampleNearest2x(x: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [b, h, w, c] = x.shape;
    const wide = tf.reshape(tf.stack([x, x], 3), [b, h, 2 * w, c]); // each column twice
    return tf.reshape(tf.stack([wide, wide], 2), [b, 2 * h, 2 * w, c]) as tf.Tensor4D; // each row twice
  });
}

/** Instance norm: each image's channels to mean 0, variance 1 over H and W, then γ x + β. */
export function instanceNorm(
  x: tf.Tensor4D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  epsilon = 1e-5,
): tf.Tensor4D {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(x, [1, 2], true);
    const normed = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, epsilon)));
    return tf.add(tf.mul(normed, gamma), beta) as tf.Tensor4D;
  });
}

/**
 * f_W(x): the stylised image, [B, H, W, 3] 0-255. `conv` defaults to tf.conv2d; training passes
 * trainableConv, whose weight gradients WASM can compute. Call inside tf.tidy.
 */
export function styleNetForward(
  weights: tf.NamedTensorMap,
  x: tf.Tensor4D,
  conv: ConvFn = nativeConv,
): tf.Tensor4D {
  const [, h, w] = x.shape;
  if (h % 4 !== 0 || w % 4 !== 0) {
    throw new Error(`The style network needs a size divisible by 4, not ${w}x${h}.`);
  }
  const get = (name: string) => {
    const t = weights[name];
    if (!t) throw new Error(`The style network's weights lack "${name}".`);
    return t;
  };
  const layer = (spec: ConvSpec, input: tf.Tensor4D): tf.Tensor4D => {
    const up = spec.upsample ? upsampleNearest2x(input) : input;
    const y = tf.add(
      conv(up, get(`${spec.name}/w`) as tf.Tensor4D, spec.stride),
      get(`${spec.name}/b`),
    );
    if (!spec.norm) return y as tf.Tensor4D;
    return tf.relu(
      instanceNorm(
        y as tf.Tensor4D,
        get(`${spec.name}/gamma`) as tf.Tensor1D,
        get(`${spec.name}/beta`) as tf.Tensor1D,
      ),
    );
  };
  const byName = new Map(styleNetLayers.map((l) => [l.name, l]));
  const L = (name: string) => byName.get(name)!;
  // Inputs centred to about [-1, 1].
  let a = tf.sub(tf.div(x, 127.5), 1) as tf.Tensor4D;
  a = layer(L('conv1'), a);
  a = layer(L('conv2'), a);
  a = layer(L('conv3'), a);
  for (const i of [1, 2, 3]) {
    // Residual block: a + conv(relu(norm(conv(a)))); the second conv's ReLU is dropped, as in Johnson's.
    const inner = layer(L(`res${i}a`), a);
    const spec = L(`res${i}b`);
    const y = tf.add(conv(inner, get(`${spec.name}/w`) as tf.Tensor4D, 1), get(`${spec.name}/b`));
    a = tf.add(
      a,
      instanceNorm(
        y as tf.Tensor4D,
        get(`${spec.name}/gamma`) as tf.Tensor1D,
        get(`${spec.name}/beta`) as tf.Tensor1D,
      ),
    ) as tf.Tensor4D;
  }
  a = layer(L('up1'), a);
  a = layer(L('up2'), a);
  return tf.mul(tf.sigmoid(layer(L('out'), a)), 255) as tf.Tensor4D;
}

/** Number of trainable numbers in the network. */
export function styleNetParameterCount(): number {
  return styleNetWeightShapes().reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
}
