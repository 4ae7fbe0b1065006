/** A square f x f filter, row by row (y down, x right). */
export type Kernel = number[][];

export const kernelNames = [
  'vertical',
  'horizontal',
  'sobelX',
  'sobelY',
  'scharrX',
  'scharrY',
  'sharpen',
  'boxBlur',
] as const;
export type KernelName = (typeof kernelNames)[number];

/**
 * The course's edge filters (10.1-10.2): light on the left and dark on the right gives a positive
 * response to `vertical`; Sobel and Scharr weigh the centre row more. Deep-learning "convolution"
 * is cross-correlation: the filter is not flipped.
 */
export const kernels: Record<KernelName, Kernel> = {
  vertical: [
    [1, 0, -1],
    [1, 0, -1],
    [1, 0, -1],
  ],
  horizontal: [
    [1, 1, 1],
    [0, 0, 0],
    [-1, -1, -1],
  ],
  sobelX: [
    [1, 0, -1],
    [2, 0, -2],
    [1, 0, -1],
  ],
  sobelY: [
    [1, 2, 1],
    [0, 0, 0],
    [-1, -2, -1],
  ],
  scharrX: [
    [3, 0, -3],
    [10, 0, -10],
    [3, 0, -3],
  ],
  scharrY: [
    [3, 10, 3],
    [0, 0, 0],
    [-3, -10, -3],
  ],
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
  boxBlur: [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
};

/** Why typed-in kernel values were refused; the UI words it in the user's language. */
export type KernelError =
  { kind: 'count'; got: number } | { kind: 'notNumber'; row: number; col: number; text: string };

export type KernelParse = { ok: true; kernel: Kernel } | { ok: false; error: KernelError };

/**
 * A user's kernel from its cells, row by row: 9 cells make a 3x3 filter, 25 a 5x5. Each cell is a
 * decimal number (`-1`, `0.25`, `2e-1`); row and col in errors count from 1.
 */
export function parseKernel(cells: readonly string[]): KernelParse {
  const f = cells.length === 9 ? 3 : cells.length === 25 ? 5 : 0;
  if (f === 0) return { ok: false, error: { kind: 'count', got: cells.length } };
  const kernel: Kernel = [];
  for (let row = 0; row < f; row++) {
    const values: number[] = [];
    for (let col = 0; col < f; col++) {
      const text = cells[row * f + col]!.trim();
      const value = text === '' ? NaN : Number(text);
      if (!Number.isFinite(value)) {
        return { ok: false, error: { kind: 'notNumber', row: row + 1, col: col + 1, text } };
      }
      values.push(value);
    }
    kernel.push(values);
  }
  return { ok: true, kernel };
}

/** A kernel typed as text: numbers separated by spaces, commas, semicolons or new lines. */
export function parseKernelText(text: string): KernelParse {
  const cells = text.trim() === '' ? [] : text.trim().split(/[\s,;]+/);
  return parseKernel(cells);
}

/**
 * The kernel at another odd size, centred: growing adds rings of zeros (the response is the same,
 * with a larger f), shrinking keeps the centre.
 */
export function resizeKernel(kernel: Kernel, f: number): Kernel {
  const from = kernel.length;
  if (f === from) return kernel;
  const shift = (from - f) / 2;
  if (!Number.isInteger(shift) || f < 1) {
    throw new RangeError(
      `A ${from}x${from} filter can only become another odd size, not ${f}x${f}.`,
    );
  }
  return Array.from({ length: f }, (_, r) =>
    Array.from({ length: f }, (_, c) => kernel[r + shift]?.[c + shift] ?? 0),
  );
}

/** The kernel's cells row by row, as the editable grid shows them. */
export function kernelCells(kernel: Kernel): string[] {
  return kernel.flat().map((v) => String(Number(v.toFixed(4))));
}
