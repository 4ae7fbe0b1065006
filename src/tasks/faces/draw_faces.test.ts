import { describe, expect, it } from 'vitest';
import { recordingContext, type Recorded } from '../../render/recording_context';
import { drawFaces } from './draw_faces';
import type { FaceMatch } from './faces_lab.svelte';

const labels = {
  accepted: (name: string, d: string) => `${name} · d = ${d} · same`,
  rejected: (name: string, d: string) => `unknown (nearest: ${name}, d = ${d})`,
  unknown: 'unknown',
};
const ann = { id: 'a', name: 'Ann', encoding: [0] };

function faceAt(x: number, y: number, match: FaceMatch['match']): FaceMatch {
  return {
    face: {
      box: { x, y, width: 120, height: 150 },
      keypoints: [],
      score: 0.9,
      crop: { cx: 0, cy: 0, size: 1, angle: 0, outputSize: 1 },
      encoding: [],
    },
    match,
  };
}

/** Two faces whose top-left corners nearly meet, as when one person stands behind another. */
const twoFaces = [
  faceAt(100, 100, { identity: ann, distance: 0.41, accepted: true }),
  faceAt(110, 104, { identity: null, distance: Infinity, accepted: false }),
];

const rect = (c: Recorded) => c.args as [number, number, number, number];
const overlap = (a: Recorded, b: Recorded) => {
  const [ax, ay, aw, ah] = rect(a);
  const [bx, by, bw, bh] = rect(b);
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
};

function draw(matches: readonly FaceMatch[], shown = 640, mirror = false) {
  const r = recordingContext({ width: 640, height: 360, clientWidth: shown });
  drawFaces(r.ctx, matches, { width: 640, height: 360, mirror }, labels);
  return r;
}

describe('drawFaces', () => {
  it('boxes each face in its colour, then writes the labels on top', () => {
    const { calls } = draw(twoFaces);
    const drawn = calls.filter((c) => c.op === 'strokeRect' || c.op === 'fillText');
    expect(
      drawn.map((c) => [c.op, c.op === 'strokeRect' ? c.state.strokeStyle : c.args[0]]),
    ).toEqual([
      ['strokeRect', '#4ade80'],
      ['strokeRect', '#fb923c'],
      ['fillText', 'Ann · d = 0.41 · same'],
      ['fillText', 'unknown'],
    ]);
    expect(calls.find((c) => c.op === 'strokeRect')!.state.lineWidth).toBe(3);
  });

  it.each([
    {
      match: { identity: ann, distance: 0.87, accepted: false },
      text: 'unknown (nearest: Ann, d = 0.87)',
    },
    { match: { identity: ann, distance: Infinity, accepted: false }, text: 'unknown' },
    { match: { identity: null, distance: Infinity, accepted: false }, text: 'unknown' },
  ])('a face not accepted is unknown, never the enrolled name alone: $text', ({ match, text }) => {
    expect(draw([faceAt(100, 100, match)]).of('fillText')[0]!.args[0]).toBe(text);
  });

  it.each([false, true])('places labels so none hides another (mirror %s)', (mirror) => {
    const backgrounds = draw(twoFaces, 640, mirror).of('fillRect');
    expect(backgrounds).toHaveLength(2);
    expect(overlap(backgrounds[0]!, backgrounds[1]!)).toBe(false);
    // The first keeps its spot, just above its box.
    expect(rect(backgrounds[0]!)[1]).toBe(80);
  });

  it.each([
    { shown: 640, font: '14px system-ui, sans-serif', height: 20 },
    // A phone shows the frame 320 CSS px wide: 2 canvas px a CSS px, so the floor wins.
    { shown: 320, font: '28px system-ui, sans-serif', height: 40 },
  ])('shown $shown CSS px wide: a $font label', ({ shown, font, height }) => {
    const r = draw(twoFaces.slice(0, 1), shown);
    expect(r.of('fillText')[0]!.state).toMatchObject({ font, fillStyle: '#111827' });
    expect(rect(r.of('fillRect')[0]!)[3]).toBe(height);
  });

  it('mirrors the box: its canvas left is the frame width less its right edge', () => {
    const [stroke] = draw(twoFaces.slice(0, 1), 640, true).of('strokeRect');
    expect(stroke!.args).toEqual([640 - 220, 100, 120, 150]);
  });
});
