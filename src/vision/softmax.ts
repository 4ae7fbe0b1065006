/** softmax(z)_i = e^{z_i} / Σ_j e^{z_j}, computed with the maximum subtracted for stability. */
export function softmax(z: ArrayLike<number>): number[] {
  const values = Array.from(z);
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
