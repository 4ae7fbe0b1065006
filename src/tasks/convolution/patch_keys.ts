/** The patch's top-left corner in frozen-frame pixels. */
export interface PatchCorner {
  left: number;
  top: number;
}

const moves: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Where an arrow key moves the n x n patch on a frozen frame of width x height: one pixel, or
 * a whole patch with Shift; it stays inside the frame. Null for any other key.
 */
export function movePatch(
  corner: PatchCorner,
  key: string,
  shift: boolean,
  n: number,
  frame: { width: number; height: number },
): PatchCorner | null {
  const move = moves[key];
  if (!move) return null;
  const step = shift ? n : 1;
  const clamp = (v: number, size: number) => Math.min(Math.max(0, v), Math.max(0, size - n));
  return {
    left: clamp(corner.left + move[0] * step, frame.width),
    top: clamp(corner.top + move[1] * step, frame.height),
  };
}
