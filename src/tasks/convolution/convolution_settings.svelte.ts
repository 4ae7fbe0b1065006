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
/** What one channel of one filter uses: the kernel edited above, or a named one. */
export type ChannelKernel = 'edited' | KernelName;

/** At most this many filters n_C' in the layer (their outputs are shown side by side). */
export const maxFilters = 4;
// Filter 1 uses the edited kernel on every channel (a plain filter, as before); the others start
// as other edge and blur kernels, so a layer of n_C' filters shows n_C' different maps.
const defaultChannelKernels: ChannelKernel[] = ['edited', 'horizontal', 'sharpen', 'boxBlur'];

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
  /** n_C': how many filters the layer has. */
  filterCount = $state(1);
  /** channelKernels[k][c]: the kernel filter k applies to input channel c (R, G, B; grey: c = 0). */
  channelKernels = $state<ChannelKernel[][]>(
    defaultChannelKernels.map((kernel) => [kernel, kernel, kernel]),
  );
  /** b of each filter. */
  biases = $state<number[]>(defaultChannelKernels.map(() => 0));
  relu = $state(false);

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

  /** n_C of the input: 1 for greyscale, 3 for RGB. */
  get inputChannels(): number {
    return this.channels === 'grey' ? 1 : 3;
  }

  /** A plain copy for the task, read once per frame. */
  snapshot(): FilterSettings {
    const kernelOf = (choice: ChannelKernel) =>
      choice === 'edited' ? this.#kernel : resizeKernel(kernels[choice], this.f);
    return {
      kernel: this.#kernel,
      channels: this.channels,
      filters: Array.from({ length: this.filterCount }, (_, k) => ({
        kernels: Array.from({ length: this.inputChannels }, (_, c) =>
          kernelOf(this.channelKernels[k]?.[c] ?? 'edited'),
        ),
        b: this.biases[k] ?? 0,
      })),
      relu: this.relu,
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
