import { CenternetBackbone } from '../../core/models/centernet_backbone';
import { Loadable, type LoadPhase } from '../../core/models/loadable.svelte';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import type { PixelFrame } from '../task';
import { LiveConvolutionalTask } from './live_convolutional_task';
import { ScanReplay } from './scan_replay';
import { SlidingWindowDetector } from './sliding_window_detector';
import { loadStoredHead, type StoredHead } from './stored_head';
import type { WindowsResult } from './windows_result';
import {
  defaultWindowsSettings,
  guessBackgroundClass,
  type WindowsSettings,
} from './windows_settings';

export type ScanPhase =
  { kind: 'idle' } | { kind: 'naive'; done: number; total: number } | { kind: 'convolutional' };

/**
 * The sliding-windows mode's state: the backbone (loaded once), the Transfer lab's head, the
 * settings, the last comparison of both scans, and the replay of the naive scan. Scans run on
 * the detector and return plain results; only this class turns them into UI state.
 */
export class WindowsLab {
  #head = $state.raw<StoredHead | null>(null);
  #scan = $state.raw<ScanPhase>({ kind: 'idle' });
  #result = $state.raw<WindowsResult | null>(null);
  #shown = $state(0);
  #speed = $state(20);
  settings = $state<WindowsSettings>({ ...defaultWindowsSettings });
  readonly #detector = new Loadable<SlidingWindowDetector>((d) => d.dispose());
  /** Set on leaving: a head read later is dropped (the Loadable drops a late detector). */
  #disposed = false;
  readonly replay = new ScanReplay(undefined, () => {
    this.#shown = this.replay.shown;
    this.#speed = this.replay.speed;
  });

  get phase(): LoadPhase {
    return this.#detector.phase;
  }
  get head(): StoredHead | null {
    return this.#head;
  }
  get scan(): ScanPhase {
    return this.#scan;
  }
  get result(): WindowsResult | null {
    return this.#result;
  }
  /** Naive windows revealed so far by the replay. */
  get shown(): number {
    return this.#shown;
  }
  get speed(): number {
    return this.#speed;
  }
  set speed(windowsPerSecond: number) {
    this.replay.speed = windowsPerSecond;
  }

  /** Resolves to a task scanning live frames convolutionally, once the backbone is loaded. */
  async liveTask(): Promise<LiveConvolutionalTask> {
    return new LiveConvolutionalTask(
      await this.#detector.whenReady(),
      () => this.#head?.head ?? null,
      () => $state.snapshot(this.settings),
    );
  }

  async load(lab: LabContext): Promise<void> {
    await this.#detector.load(async (onProgress) => {
      await this.reloadHead();
      const model = await lab.loadGraphModel(CenternetBackbone.modelId, onProgress, {
        inputShape: CenternetBackbone.inputShape,
        warmUp: false,
      });
      const detector = new SlidingWindowDetector(model);
      if (!this.#disposed) detector.backbone.crops.warmUp();
      return detector;
    });
  }

  /** Reads the head trained in the Transfer lab again (after training it there). */
  async reloadHead(): Promise<void> {
    const stored = await loadStoredHead();
    if (this.#disposed) {
      stored?.head.dispose();
      return;
    }
    this.#head?.head.dispose();
    this.#head = stored;
    this.settings.backgroundClass = stored ? guessBackgroundClass(stored.labels) : null;
  }

  /** Scans the frame both ways, naive first (with progress), then replays the naive scan. */
  async compare(frame: PixelFrame): Promise<void> {
    const detector = this.#detector.value;
    const stored = this.#head;
    if (!detector || !stored || this.#scan.kind !== 'idle') return;
    const settings = $state.snapshot(this.settings);
    this.replay.stop();
    try {
      this.#scan = { kind: 'naive', done: 0, total: 0 };
      const naive = await detector.naive(frame, stored.head, settings, (done, total) => {
        this.#scan = { kind: 'naive', done, total };
      });
      this.#scan = { kind: 'convolutional' };
      const convolutional = await detector.convolutional(frame, stored.head, settings);
      this.#result = {
        frame: { width: frame.width, height: frame.height },
        labels: stored.labels,
        naive,
        convolutional,
        speedUp: naive.milliseconds / convolutional.milliseconds,
      };
      this.replay.start(naive.windows.length);
    } finally {
      this.#scan = { kind: 'idle' };
    }
  }

  dispose(): void {
    this.#disposed = true;
    this.replay.stop();
    this.#detector.dispose();
    this.#head?.head.dispose();
    this.#head = null;
  }
}
