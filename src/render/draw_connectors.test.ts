import { describe, expect, it } from 'vitest';
import { drawConnectors } from './draw_connectors';
import { recordingContext } from './recording_context';

const points = [{ x: 10, y: 10 }, { x: 20, y: 30 }, null, { x: 40, y: 50 }];
const connections = [
  [0, 1],
  [1, 2],
  [1, 3],
] as const;

const small = { width: 640, height: 360, mirror: false };
const large = { width: 1920, height: 1080, mirror: false };

describe('drawConnectors', () => {
  // Each line as "x,y-x,y" in canvas px; the pair with the missing point is skipped.
  it.each([
    { view: small, lines: ['10,10-20,30', '20,30-40,50'], lineWidth: 3 },
    { view: { ...small, mirror: true }, lines: ['630,10-620,30', '620,30-600,50'], lineWidth: 3 },
    { view: large, lines: ['10,10-20,30', '20,30-40,50'], lineWidth: 9 },
  ])('$view.width px, mirror $view.mirror: $lines', ({ view, lines, lineWidth }) => {
    const { ctx, of } = recordingContext();
    drawConnectors(ctx, view, points, connections, { colour: '#38bdf8', lineWidth: 3 });
    const ends = of('lineTo');
    const drawn = of('moveTo').map(({ args: [x, y] }, i) => `${x},${y}-${ends[i]!.args.join(',')}`);
    expect(drawn).toEqual(lines);
    const [stroke] = of('stroke');
    expect(stroke!.state).toMatchObject({ strokeStyle: '#38bdf8', lineWidth, lineDash: [] });
    expect(of('stroke')).toHaveLength(1);
  });
});
