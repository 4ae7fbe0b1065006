/** d(x1, x2) = ||f(x1) - f(x2)||^2, the course's distance between two face encodings. */
export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new RangeError(`Encodings differ in length: ${a.length} and ${b.length}.`);
  }
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    sum += d * d;
  }
  return sum;
}

/** ||f(x1) - f(x2)||, the plain Euclidean distance (face-api's threshold 0.6 is on this one). */
export function euclideanDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return Math.sqrt(squaredDistance(a, b));
}

/** The mean of several encodings of one person (enrolment from a few shots). */
export function meanEncoding(encodings: readonly ArrayLike<number>[]): Float32Array {
  const first = encodings[0];
  if (!first) throw new RangeError('At least one encoding is needed.');
  const mean = new Float32Array(first.length);
  for (const e of encodings) {
    if (e.length !== mean.length) {
      throw new RangeError(`Encodings differ in length: ${mean.length} and ${e.length}.`);
    }
    for (let i = 0; i < e.length; i++) mean[i]! += (e[i] as number) / encodings.length;
  }
  return mean;
}
