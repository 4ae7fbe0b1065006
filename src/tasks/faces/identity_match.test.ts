import { describe, expect, it } from 'vitest';
import { recognise, verify } from './identity_match';

const ana = { id: 'a', name: 'Ana', encoding: [0, 0] };
const bo = { id: 'b', name: 'Bo', encoding: [1, 0] };

describe('verify (1:1)', () => {
  it.each([
    [[0.3, 0.4], 0.6, 0.5, true],
    [[0.3, 0.4], 0.4, 0.5, false],
    [[0.6, 0], 0.6, 0.6, true],
  ])('f(x) = %j, τ = %f: d = %f, accepted %s', (enc, tau, d, ok) => {
    const m = verify(enc, ana, tau);
    expect(m.distance).toBeCloseTo(d, 10);
    expect(m.accepted).toBe(ok);
  });
});

describe('recognise (1:K)', () => {
  it.each([
    ['nearest is Ana', [0.1, 0], 'Ana', true],
    ['nearest is Bo', [0.9, 0.1], 'Bo', true],
    ['nearest is Bo but beyond τ: unknown', [1.5, 0.5], 'Bo', false],
  ])('%s', (_name, enc, who, ok) => {
    const m = recognise(enc, [ana, bo], 0.6);
    expect(m.identity?.name).toBe(who);
    expect(m.accepted).toBe(ok);
  });

  it('is unknown with nobody enrolled', () => {
    expect(recognise([0, 0], [], 0.6)).toEqual({
      identity: null,
      distance: Infinity,
      accepted: false,
    });
  });
});
