import { untrack } from 'svelte';
import { squareJpeg } from '../../core/pixels/square_jpeg';
import { LabRuntime, type LabContext, type LoadPhase } from '../../lab/lab_runtime.svelte';
import { loadCenternet } from '../load_centernet';
import { localisedDefaultName } from './default_class_name';
import { drawTransfer } from './draw_transfer';
import { projectArchiveName } from './project_file';
import { TransferLab } from './transfer_lab.svelte';
import { backboneInputSize, TransferFeatures } from './transfer_features';
import { TransferPredictor } from './transfer_predictor';
import type { TransferResult } from './transfer_result';

/**
 * The Transfer lab: the project (TransferLab: classes, samples, options, the trained head) and
 * the live prediction with its head on the frozen backbone. Pictures come from the camera or
 * from files. The component renders it and calls `bind()` once while it initialises.
 */
export class TransferController {
  readonly project = new TransferLab();
  readonly #runtime: LabRuntime<TransferResult>;
  /** `whilePicture`: shown only until a new picture goes live (the source's epoch moves on). */
  #status = $state.raw<{ text: string; whilePicture?: number } | null>(null);

  constructor(private readonly lab: LabContext) {
    this.#runtime = new LabRuntime<TransferResult>(
      lab,
      async (onProgress) => {
        const backbone = new TransferFeatures(await loadCenternet(lab, onProgress));
        backbone.warmUp();
        this.project.attachBackbone(backbone);
        return new TransferPredictor(backbone, () => this.project.liveHead);
      },
      drawTransfer,
    );
  }

  get phase(): LoadPhase {
    return this.#runtime.phase;
  }
  get stats() {
    return this.#runtime.stats;
  }
  get result(): TransferResult | null {
    return this.#runtime.result;
  }
  /** The backbone has loaded: training can start. */
  get loaded(): boolean {
    return this.#runtime.phase.kind === 'ready';
  }
  /** The last action's outcome for the user (no picture, imported, erased), or null. */
  get status(): string | null {
    const status = this.#status;
    if (status?.whilePicture !== undefined && status.whilePicture !== this.lab.source.epoch)
      return null;
    return status?.text ?? null;
  }

  /**
   * Loads the backbone and runs the prediction; opens the saved project (its default class names
   * in the UI's language), closes it on leave.
   */
  bind(): void {
    this.#runtime.bind();
    $effect(() => {
      untrack(() => this.project.open(this.#defaultNames())).catch((e: unknown) =>
        this.lab.onError(e),
      );
      return () => this.project.dispose();
    });
    // Once open, and again whenever the UI language changes.
    $effect(() => {
      const { i18n } = this.lab;
      if (!this.project.ready || !i18n.locale) return;
      untrack(() => this.project.localiseNames((name) => localisedDefaultName(name, i18n))).catch(
        (e: unknown) => this.lab.onError(e),
      );
    });
  }

  /** A sample of the class from the current frame (its centred square). */
  async capture(classId: string): Promise<void> {
    const frame = this.lab.source.frame();
    if (!frame) {
      this.#status = {
        text: this.lab.i18n.t('transfer.noPicture'),
        whilePicture: this.lab.source.epoch,
      };
      return;
    }
    await this.project.addSample(
      classId,
      await squareJpeg(frame.image, frame.width, frame.height, backboneInputSize),
    );
  }

  /** Samples of the class from picture files; a file that cannot be read is reported, not kept. */
  async upload(classId: string, files: readonly File[]): Promise<void> {
    for (const file of files) {
      try {
        const bitmap = await createImageBitmap(file);
        const jpeg = await squareJpeg(bitmap, bitmap.width, bitmap.height, backboneInputSize);
        bitmap.close();
        await this.project.addSample(classId, jpeg);
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        this.lab.onError(
          new Error(this.lab.i18n.t('transfer.uploadFailed', { file: file.name, reason })),
        );
      }
    }
  }

  addClass(): Promise<void> {
    const n = this.project.classes.length + 1;
    return this.project.addClass(this.lab.i18n.t('transfer.classNew', { n }));
  }

  /** Downloads the project as one .zip. */
  async exportProject(): Promise<void> {
    const url = URL.createObjectURL(await this.project.exportFile());
    const a = document.createElement('a');
    a.href = url;
    a.download = projectArchiveName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async importProject(files: readonly File[]): Promise<void> {
    const imported = await this.project.importFiles(files);
    this.#status = imported ? { text: this.lab.i18n.t('transfer.imported') } : null;
  }

  async eraseAll(): Promise<void> {
    await this.project.eraseAll(this.#defaultNames());
    this.#status = { text: this.lab.i18n.t('transfer.erased') };
  }

  /** A short spoken summary of the prediction. */
  summary(): string {
    const { i18n } = this.lab;
    const best = this.result?.best;
    if (!best) return i18n.t('transfer.summaryNone');
    return i18n.t('transfer.summary', {
      label: best.label,
      probability: best.probability.toFixed(2),
    });
  }

  /** The pictures of dev-set samples, by id (null where the sample has gone since). */
  devImages(ids: readonly string[]): (string | null)[] {
    return ids.map((id) => this.project.samples.find((s) => s.id === id)?.url ?? null);
  }

  #defaultNames(): [string, string] {
    const { i18n } = this.lab;
    return [i18n.t('transfer.classDefault1'), i18n.t('transfer.classDefault2')];
  }
}
