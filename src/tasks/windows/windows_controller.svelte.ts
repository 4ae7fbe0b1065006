import type { ScoredBox } from '../../vision/non_max_suppression';
import {
  drawOverlay,
  onFramePointer,
  overlayViewOf,
  type FramePoint,
  type LabContext,
} from '../../lab/lab_runtime.svelte';
import { freezeFrame } from '../detection/freeze_frame';
import { drawWindows } from './draw_windows';
import { nearestWindow } from './nearest_window';
import { windowDetections } from './window_detections';
import type { ScanMode, WindowScan } from './window_scan_result';
import { WindowsLab } from './windows_lab.svelte';
import type { WindowsResult } from './windows_result';

/** One scan as the comparison table lists it, its boxes re-picked with the current thresholds. */
interface ScanRow {
  scan: WindowScan;
  detections: ScoredBox[];
}

/** The window under a tap in each scan, as indices into its `windows` (-1: none that size). */
interface PickedWindows {
  naive: number;
  conv: number;
}

/**
 * The sliding-windows mode: scans a frozen frame both ways (WindowsLab), then shows one scan on
 * the overlay (its heat map for a class and window size, the naive one replayed window by
 * window) and the window under a tap in each. The component renders it and calls `bind()` once.
 */
export class WindowsController {
  readonly windows = new WindowsLab();
  /** Which scan the overlay shows. */
  overlayMode = $state<ScanMode>('naive');
  /** The class and window size (index into the grids) the heat map shows. */
  heatClass = $state(0);
  heatSize = $state(0);
  /** Scan the live picture convolutionally instead (LiveConvolutional). */
  live = $state(false);
  #message = $state('');
  #tapped = $state.raw<FramePoint | null>(null);

  // Thresholds only re-pick boxes from the scanned ŷ: no need to scan again.
  readonly #rows = $derived.by((): ScanRow[] => {
    const r = this.result;
    if (!r) return [];
    return [r.naive, r.convolutional].map((scan) => ({
      scan,
      detections: windowDetections(scan.windows, scan.probabilities, this.windows.settings)
        .detections,
    }));
  });

  readonly #picked = $derived.by((): PickedWindows | null => {
    const r = this.result;
    const p = this.#tapped;
    if (!r || !p) return null;
    return {
      naive: nearestWindow(r.naive, this.heatSize, p.x, p.y),
      conv: nearestWindow(r.convolutional, this.heatSize, p.x, p.y),
    };
  });

  readonly #published = $derived.by(() => {
    const r = this.result;
    const picked = this.#picked;
    return (
      r && {
        frame: r.frame,
        labels: r.labels,
        speedUp: r.speedUp,
        picked: picked && {
          naive: r.naive.windows[picked.naive] ?? null,
          convolutional: r.convolutional.windows[picked.conv] ?? null,
        },
        scans: this.#rows.map(({ scan, detections }) => ({
          mode: scan.mode,
          windows: scan.windows.length,
          backboneRuns: scan.backboneRuns,
          milliseconds: scan.milliseconds,
          grids: scan.grids,
          detections,
        })),
      }
    );
  });

  constructor(private readonly lab: LabContext) {}

  get result(): WindowsResult | null {
    return this.windows.result;
  }
  /** A scan is running. */
  get busy(): boolean {
    return this.windows.scan.kind !== 'idle';
  }
  /** Why the last Scan did nothing, or ''. */
  get message(): string {
    return this.#message;
  }
  get rows(): ScanRow[] {
    return this.#rows;
  }
  get picked(): PickedWindows | null {
    return this.#picked;
  }
  /** Plain JSON for tests and assistive technology: frame pixels. */
  get published() {
    return this.#published;
  }
  get summary(): string {
    return this.#rows.map((r) => `${r.scan.mode}: ${r.detections.length}`).join(', ');
  }

  /**
   * The stride the naive scan used against the network's own step (its first window size / 7,
   * the 7 x 7 map): the convolutional scan's windows line up with the naive ones only when equal.
   */
  get strides(): { stride: number; step: number; aligned: boolean } {
    const first = this.result?.naive.grids[0];
    const stride = first?.strideX ?? 0;
    const step = (first?.size ?? 224) / 7;
    return { stride, step, aligned: Math.abs(stride - step) < 0.5 };
  }

  /** Loads the backbone and the head, takes taps on a scanned still, draws the chosen scan. */
  bind(): void {
    $effect(() => {
      void this.windows.load(this.lab);
      return () => this.windows.dispose();
    });
    $effect(() => {
      const r = this.result;
      if (!r || this.live) return;
      const view = { width: r.frame.width, height: r.frame.height, mirror: false };
      return onFramePointer(
        this.lab,
        (p) => this.tap(p),
        () => view,
      );
    });
    $effect(() => this.#draw());
  }

  /** A tap on the scanned still: the window nearest it, of the size shown, in each scan. */
  tap(point: FramePoint): void {
    this.#tapped = point;
  }

  /** Freezes the picture, then scans it both ways (naive first, with progress). */
  async scan(): Promise<void> {
    const { source, i18n } = this.lab;
    this.#message = '';
    this.live = false;
    try {
      await freezeFrame(source);
      const frame = source.frame();
      if (!frame) {
        this.#message = i18n.t('windows.needPicture');
        return;
      }
      this.heatSize = 0;
      this.#tapped = null;
      await this.windows.compare(frame);
    } catch (e) {
      this.lab.onError(e);
    }
  }

  /** Draws the chosen scan on the overlay; the naive one window by window while it replays. */
  #draw(): (() => void) | undefined {
    const r = this.result;
    const { overlay, presenter } = this.lab;
    const ctx = overlay.getContext('2d');
    if (!r || !ctx || this.live) return;
    const mode = this.overlayMode;
    const row = this.#rows.find((x) => x.scan.mode === mode);
    if (!row) return;
    const picked = this.#picked;
    const view = overlayViewOf(this.lab, r.frame.width, r.frame.height, false);
    overlay.width = view.width;
    overlay.height = view.height;
    drawOverlay(ctx, view, presenter.on, () =>
      drawWindows(ctx, { ...row.scan, detections: row.detections }, view, {
        grid: Math.min(this.heatSize, row.scan.grids.length - 1),
        classIndex: this.heatClass,
        shown: mode === 'naive' ? this.windows.shown : row.scan.windows.length,
        labels: r.labels,
        highlight: picked
          ? row.scan.windows[mode === 'naive' ? picked.naive : picked.conv]?.box
          : null,
      }),
    );
    return () => ctx.clearRect(0, 0, view.width, view.height);
  }
}
