/** One term w_i x_i of a 1x1 filter's dot product along the channels. */
export interface DotTerm {
  channel: number;
  x: number;
  w: number;
  product: number;
}

export interface DotProduct {
  /** The output channel k. */
  k: number;
  /** The largest terms by |w_i x_i|, largest first. */
  terms: DotTerm[];
  /** Σ_i w_ik x_i over all n_C channels. */
  sum: number;
  b: number;
  /** Σ + b: the 1x1 convolution's output z_k at that pixel. */
  z: number;
}

/**
 * A 1x1 convolution at one pixel: z_k = Σ_i x_i W[i, k] + b_k, W [n_C, n_C'] row-major (the
 * weights [1, 1, n_C, n_C'] flattened). `shown`: how many terms to list.
 */
export function dotProduct(
  x: ArrayLike<number>,
  weights: ArrayLike<number>,
  bias: ArrayLike<number>,
  k: number,
  shown = 8,
): DotProduct {
  const nC = x.length;
  const nCPrime = bias.length;
  if (weights.length !== nC * nCPrime) {
    throw new RangeError(
      `W must hold n_C x n_C' = ${nC} x ${nCPrime} weights, got ${weights.length}.`,
    );
  }
  if (!(Number.isInteger(k) && k >= 0 && k < nCPrime)) {
    throw new RangeError(`k must be an output channel 0..${nCPrime - 1}, got ${k}.`);
  }
  const terms: DotTerm[] = [];
  let sum = 0;
  for (let i = 0; i < nC; i++) {
    const w = weights[i * nCPrime + k]!;
    const product = x[i]! * w;
    sum += product;
    terms.push({ channel: i, x: x[i]!, w, product });
  }
  terms.sort((a, b) => Math.abs(b.product) - Math.abs(a.product) || a.channel - b.channel);
  const b = bias[k]!;
  return { k, terms: terms.slice(0, shown), sum, b, z: sum + b };
}
