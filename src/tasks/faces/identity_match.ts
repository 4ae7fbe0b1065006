import { euclideanDistance } from './face_distance';

/** An enrolled person: a name and the mean of their encodings f(x). */
export interface Identity {
  id: string;
  name: string;
  encoding: ArrayLike<number>;
}

export interface Match {
  /** The nearest identity, or null when nobody is enrolled. */
  identity: Identity | null;
  /** Its distance d = ||f(x1) - f(x2)|| (Euclidean; 0.6 is face-api's usual τ). */
  distance: number;
  /** d <= τ: the same person. */
  accepted: boolean;
}

/** Verification (1:1): is this face the given person? */
export function verify(encoding: ArrayLike<number>, identity: Identity, tau: number): Match {
  const distance = euclideanDistance(encoding, identity.encoding);
  return { identity, distance, accepted: distance <= tau };
}

/** Recognition (1:K): the nearest enrolled person within τ, else unknown. */
export function recognise(
  encoding: ArrayLike<number>,
  identities: readonly Identity[],
  tau: number,
): Match {
  let best: Match = { identity: null, distance: Infinity, accepted: false };
  for (const identity of identities) {
    const m = verify(encoding, identity, tau);
    if (m.distance < best.distance) best = m;
  }
  return best;
}
