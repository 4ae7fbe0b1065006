import type { LabContext, LoadPhase } from '../../ui/lab_runtime.svelte';
import { BackboneFeatures } from '../transfer/backbone_features';
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
  #phase = $state.raw<LoadPhase>({ kind: 'loading', loaded: 0, total: 0 });
  #head = $state.raw<StoredHead | null>(null);
  #scan = $state.raw<ScanPhase>({ kind: 'idle' });
  #result = $state.raw<WindowsResult | null>(null);
  #shown = $state(0);
  #speed = $state(20);
  settings = $state<WindowsSettings>({ ...defaultWindowsSettings });
  #detector: SlidingWindowDetector | null = null;
  #disposed = false;
  readonly replay = new ScanReplay(undefined, () => {
    this.#shown = this.replay.shown;
    this.#speed = this.replay.speed;
  });

  get phase(): LoadPhase {
    return this.#phase;
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
    while (!this.#detector) {
      if (this.#phase.kind === 'failed') throw new Error(this.#phase.message);
      if (this.#disposed) throw new Error('The sliding-windows mode was closed.');
      await new Promise((r) => setTimeout(r, 50));
    }
    return new LiveConvolutionalTask(
      this.#detector,
      () => this.#head?.head ?? null,
      () => $state.snapshot(this.settings),
    );
  }

  async load(lab: LabContext): Promise<void> {
    try {
      await this.reloadHead();
      const model = await lab.loadGraphModel(
        BackboneFeatures.modelId,
        (loaded, total) => (this.#phase = { kind: 'loading', loaded, total }),
        { inputShape: BackboneFeatures.inputShape, warmUp: false },
      );
      if (this.#disposed) {
        model.dispose();
        return;
      }
      this.#detector = new SlidingWindowDetector(model);
      this.#detector.backbone.crops.warmUp();
      this.#phase = { kind: 'ready' };
    } catch (e) {
      this.#phase = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
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
    const detector = this.#detector;
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
    this.#detector?.dispose();
    this.#detector = null;
    this.#head?.head.dispose();
    this.#head = null;
  }
}
