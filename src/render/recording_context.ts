/**
 * A fake 2D context for tests: it draws nothing, but records every call and every property set,
 * in order, each with the drawing state at that moment (save/restore keep a stack, as a canvas
 * does). `measureText` gives 0.6 x the font's size per character, so wider text measures wider.
 */

/** The state a canvas keeps between calls (what save/restore save). */
export interface DrawState {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  font: string;
  textBaseline: string;
  globalAlpha: number;
  imageSmoothingEnabled: boolean;
  lineDash: number[];
}

/** A method call (`op` its name) or a property set (`op` 'set', args [name, value]). */
export interface Recorded {
  op: string;
  args: unknown[];
  state: DrawState;
}

export interface RecordingContext {
  /** Pass this where a CanvasRenderingContext2D is wanted. */
  ctx: CanvasRenderingContext2D;
  calls: Recorded[];
  /** The calls of one method, in order. */
  of: (op: string) => Recorded[];
}

const initial: DrawState = {
  fillStyle: '#000000',
  strokeStyle: '#000000',
  lineWidth: 1,
  font: '10px sans-serif',
  textBaseline: 'alphabetic',
  globalAlpha: 1,
  imageSmoothingEnabled: true,
  lineDash: [],
};

const drawing = [
  'beginPath',
  'closePath',
  'moveTo',
  'lineTo',
  'arc',
  'rect',
  'stroke',
  'fill',
  'strokeRect',
  'fillRect',
  'clearRect',
  'fillText',
  'strokeText',
  'drawImage',
  'putImageData',
  'translate',
  'scale',
] as const;

/** `canvas` as the context's canvas: `clientWidth` is the CSS width it is shown at (0: not laid out). */
export function recordingContext(
  canvas: { width: number; height: number; clientWidth: number } = {
    width: 640,
    height: 480,
    clientWidth: 640,
  },
): RecordingContext {
  const calls: Recorded[] = [];
  let state: DrawState = { ...initial, lineDash: [] };
  const stack: DrawState[] = [];
  const record = (op: string, args: unknown[]) =>
    calls.push({ op, args, state: { ...state, lineDash: [...state.lineDash] } });

  const ctx: Record<string, unknown> = {
    canvas,
    save() {
      record('save', []);
      stack.push({ ...state, lineDash: [...state.lineDash] });
    },
    restore() {
      record('restore', []);
      state = stack.pop() ?? state;
    },
    setLineDash(dash: number[]) {
      state.lineDash = [...dash];
      record('setLineDash', [[...dash]]);
    },
    getLineDash: () => [...state.lineDash],
    measureText(text: string) {
      const px = Number(/(\d+(?:\.\d+)?)px/.exec(state.font)?.[1] ?? 10);
      return { width: 0.6 * px * text.length };
    },
  };
  for (const op of drawing) ctx[op] = (...args: unknown[]) => record(op, args);
  for (const key of Object.keys(initial) as (keyof DrawState)[]) {
    if (key === 'lineDash') continue;
    Object.defineProperty(ctx, key, {
      get: () => state[key],
      set: (value: never) => {
        state[key] = value;
        record('set', [key, value]);
      },
    });
  }
  return {
    ctx: ctx as unknown as CanvasRenderingContext2D,
    calls,
    of: (op) => calls.filter((c) => c.op === op),
  };
}
