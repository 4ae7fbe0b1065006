import { paddingFor, type PaddingMode } from '../../vision/conv_output_size';
import type { PoolKind } from '../../vision/conv2d_reference';
import {
  kernelCells,
  kernels,
  parseKernel,
  resizeKernel,
  type Kernel,
  type KernelError,
  type KernelName,
} from '../../vision/kernels';
import type { FilterSettings } from './filter_settings';

export type KernelChoice = KernelName | 'custom';

/**
 * The live filter's controls as the panel edits them. Typed-in weights are parsed on every edit;
 * a bad cell shows its error and the last valid filter stays in use.
 */
export class ConvolutionSettings {
  #choice = $state<KernelChoice>('vertical');
  #cells = $state<string[]>(kernelCells(kernels.vertical));
  #kernel = $state.raw<Kernel>(kernels.vertical);
  #error = $state.raw<KernelError | null>(null);
  channels = $state<FilterSettings['channels']>('grey');
  paddingMode = $state<PaddingMode>('valid');
  customP = $state(0);
  s = $state(1);
  poolKind = $state<PoolKind | 'none'>('none');
  poolF = $state(2);
  poolS = $state(2);
  longSide = $state(320);

  get choice(): KernelChoice {
    return this.#choice;
  }

  get cells(): readonly string[] {
    return this.#cells;
  }

  get kernel(): Kernel {
    return this.#kernel;
  }

  get error(): KernelError | null {
    return this.#error;
  }

  /** f of the filter in use. */
  get f(): number {
    return this.#kernel.length;
  }

  get p(): number {
    return paddingFor(this.paddingMode, this.f, this.customP);
  }

  choose(choice: KernelChoice): void {
    this.#choice = choice;
    if (choice !== 'custom') this.#use(kernels[choice]);
  }

  /** 3x3 -> 5x5 adds a ring of zeros (same response); 5x5 -> 3x3 keeps the centre. */
  resize(f: 3 | 5): void {
    if (f === this.f) return;
    this.#choice = 'custom';
    this.#use(resizeKernel(this.#kernel, f));
  }

  setCell(index: number, text: string): void {
    this.#cells = this.#cells.map((c, i) => (i === index ? text : c));
    this.#choice = 'custom';
    const parsed = parseKernel(this.#cells);
    if (parsed.ok) {
      this.#kernel = parsed.kernel;
      this.#error = null;
    } else {
      this.#error = parsed.error;
    }
  }

  /** A plain copy for the task, read once per frame. */
  snapshot(): FilterSettings {
    return {
      kernel: this.#kernel,
      channels: this.channels,
      p: this.p,
      s: this.s,
      pool: this.poolKind === 'none' ? null : { kind: this.poolKind, f: this.poolF, s: this.poolS },
      longSide: this.longSide,
    };
  }

  #use(kernel: Kernel): void {
    this.#kernel = kernel;
    this.#cells = kernelCells(kernel);
    this.#error = null;
  }
}
