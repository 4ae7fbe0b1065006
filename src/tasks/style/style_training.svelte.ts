import { errorMessage } from '../../core/error_message';
import { squareJpeg } from '../../core/pixels/square_jpeg';
import { isQuotaExceeded } from '../../core/store/quota_error';
import type { UserStyleRecord } from '../../core/store/user_styles';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import type { CostPoint } from './neural_style';
import type { FromTrainingWorker, ToTrainingWorker } from './style_training_protocol';
import { maxTrainingPhotos, startTraining, toImageData } from './style_training_protocol';
import { picture, type TrainingPicture } from './training_picture';
import type { UserStyles } from './user_styles.svelte';

export type TrainingStatus =
  'idle' | 'loading' | 'training' | 'stopping' | 'saving' | 'saved' | 'failed';

/** The worker, made where Vite can see it (it bundles the file as a module worker chunk). */
const defaultWorker = () =>
  new Worker(new URL('./style_training.worker.ts', import.meta.url), { type: 'module' });

/**
 * "Train your own style": the photos and the style picture the user chose, the training worker's
 * progress (costs per step, preview, seconds per step), and saving the result to IndexedDB.
 * The network trains in a Web Worker, so the page and the live camera keep running.
 */
export class StyleTraining {
  steps = $state(300);
  size = $state(128);
  #photos = $state.raw<TrainingPicture[]>([]);
  #style = $state.raw<TrainingPicture | null>(null);
  #status = $state<TrainingStatus>('idle');
  #download = $state.raw({ loaded: 0, total: 0 });
  #curve = $state.raw<(CostPoint & { tv: number })[]>([]);
  #preview = $state.raw<{ step: number; image: ImageData } | null>(null);
  #secondsPerStep = $state(0);
  /** Steps the current (or last) run was asked for. */
  #runSteps = $state(0);
  #backend = $state<string | null>(null);
  #notice = $state<string | null>(null);
  #error = $state<string | null>(null);
  #savedId = $state<string | null>(null);
  /** A trained network not yet saved (storage full): kept for "save again". */
  #unsaved: UserStyleRecord | null = null;
  #hasUnsaved = $state(false);
  #worker: Worker | null = null;
  #styleBlob: Blob | null = null;

  constructor(
    private readonly ctx: Pick<LabContext, 'source' | 'i18n'>,
    readonly userStyles: UserStyles,
    private readonly createWorker: () => Worker = defaultWorker,
  ) {}

  get photos(): TrainingPicture[] {
    return this.#photos;
  }
  get style(): TrainingPicture | null {
    return this.#style;
  }
  get status(): TrainingStatus {
    return this.#status;
  }
  get download(): { loaded: number; total: number } {
    return this.#download;
  }
  get curve(): (CostPoint & { tv: number })[] {
    return this.#curve;
  }
  get preview(): { step: number; image: ImageData } | null {
    return this.#preview;
  }
  get runSteps(): number {
    return this.#runSteps;
  }
  get secondsPerStep(): number {
    return this.#secondsPerStep;
  }
  get backend(): string | null {
    return this.#backend;
  }
  get notice(): string | null {
    return this.#notice;
  }
  get error(): string | null {
    return this.#error;
  }
  get savedId(): string | null {
    return this.#savedId;
  }
  get hasUnsaved(): boolean {
    return this.#hasUnsaved;
  }
  get running(): boolean {
    // Status first: it is the reactive part (a template that read only #worker would never update).
    return ['loading', 'training', 'stopping'].includes(this.#status) && this.#worker !== null;
  }
  get canStart(): boolean {
    return !this.running && this.#photos.length > 0 && this.#style !== null;
  }

  /** Adds the current camera, video or photo frame to the training photos. */
  addCurrentPicture(): void {
    const frame = this.ctx.source.frame();
    if (!frame) {
      this.#error = this.ctx.i18n.t('styleTrain.noFrame');
      return;
    }
    if (this.#photos.length >= maxTrainingPhotos) return;
    const image = frame.image as CanvasImageSource;
    this.#photos = [...this.#photos, picture(image, frame.width, frame.height, 320)];
    this.#error = null;
  }

  removePhoto(index: number): void {
    this.#photos = this.#photos.filter((_, i) => i !== index);
  }

  /** S: a gallery picture (a URL of our origin) or the user's own image file. */
  async setStyle(input: string | Blob): Promise<void> {
    try {
      const blob = typeof input === 'string' ? await (await fetch(input)).blob() : input;
      const bitmap = await createImageBitmap(blob);
      try {
        this.#style = picture(bitmap, bitmap.width, bitmap.height, 512);
        this.#styleBlob = await squareJpeg(bitmap, bitmap.width, bitmap.height, 128);
      } finally {
        bitmap.close();
      }
      this.#error = null;
    } catch (e) {
      this.#error = this.ctx.i18n.t('styleTrain.badStyle', { reason: errorMessage(e) });
    }
  }

  start(): void {
    const style = this.#style;
    if (!this.canStart || !style) return;
    this.#stopWorker();
    this.#status = 'loading';
    this.#curve = [];
    this.#preview = null;
    this.#secondsPerStep = 0;
    this.#error = null;
    this.#notice = null;
    this.#savedId = null;
    this.#download = { loaded: 0, total: 0 };
    let worker: Worker;
    try {
      worker = this.createWorker();
    } catch (e) {
      this.#fail(this.ctx.i18n.t('styleTrain.workerFailed', { reason: errorMessage(e) }));
      return;
    }
    this.#worker = worker;
    const steps = this.steps;
    const size = this.size;
    worker.onmessage = (e: MessageEvent<FromTrainingWorker>) => {
      if (this.#worker === worker) void this.#onMessage(e.data, size);
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      if (this.#worker !== worker) return;
      const reason = e.message || this.ctx.i18n.t('styleTrain.workerNoDetail');
      this.#fail(this.ctx.i18n.t('styleTrain.workerFailed', { reason }));
    };
    const { message, transfer } = startTraining(
      { modelsUrl: modelsUrl(), steps, size, previewEvery: 25, seed: 7 },
      style.image,
      this.#photos.map((p) => p.image),
    );
    worker.postMessage(message satisfies ToTrainingWorker, transfer);
  }

  /** Ends training after the current step; the weights so far are saved and usable. */
  stop(): void {
    if (!this.#worker || this.#status === 'stopping') return;
    if (this.#status === 'loading') {
      // Nothing trained yet: nothing to keep.
      this.#stopWorker();
      this.#status = 'idle';
      return;
    }
    this.#status = 'stopping';
    this.#worker.postMessage({ type: 'stop' } satisfies ToTrainingWorker);
  }

  /** Tries again to save a network whose first save failed. */
  async saveAgain(): Promise<void> {
    if (this.#unsaved) await this.#save(this.#unsaved);
  }

  /**
   * The user leaves the lab. A run past its first step is stopped as Stop does, so what it has
   * learnt is saved (it is listed when the user comes back); the worker then ends, at the latest
   * after `leaveGraceMs`.
   */
  dispose(): void {
    const worker = this.#worker;
    if (!worker || (this.#status !== 'training' && this.#status !== 'stopping')) {
      this.#stopWorker();
      return;
    }
    this.stop();
    setTimeout(() => worker.terminate(), leaveGraceMs);
  }

  async #onMessage(m: FromTrainingWorker, size: number): Promise<void> {
    switch (m.type) {
      case 'loading':
        this.#download = { loaded: m.loaded, total: m.total };
        return;
      case 'ready':
        this.#backend = m.backend;
        this.#notice = m.fallback
          ? this.ctx.i18n.t('styleTrain.cpuFallback', { reason: m.fallback })
          : null;
        return;
      case 'progress':
        if (this.#status === 'loading') this.#status = 'training';
        this.#secondsPerStep = m.secondsPerStep;
        this.#runSteps = m.steps;
        this.#curve = [
          ...this.#curve,
          { iteration: m.step, total: m.total, content: m.content, style: m.style, tv: m.tv },
        ];
        return;
      case 'preview':
        this.#preview = { step: m.step, image: toImageData(m.image) };
        return;
      case 'error':
        this.#fail(
          this.ctx.i18n.t(
            m.stage === 'backbone' ? 'styleTrain.backboneFailed' : 'styleTrain.trainingFailed',
            { reason: m.message },
          ),
        );
        return;
      case 'done':
        this.#stopWorker();
        if (m.steps === 0) {
          this.#status = 'idle';
          return;
        }
        await this.#save({
          id: m.json.style,
          createdAt: Date.now(),
          json: m.json,
          weights: m.weights,
          styleImage: this.#styleBlob ?? new Blob(),
          steps: m.steps,
          trainedSize: size,
        });
        return;
    }
  }

  async #save(record: UserStyleRecord): Promise<void> {
    this.#status = 'saving';
    try {
      await this.userStyles.add(record);
      this.#unsaved = null;
      this.#hasUnsaved = false;
      this.#savedId = record.id;
      this.#status = 'saved';
      this.#error = null;
    } catch (e) {
      this.#unsaved = record;
      this.#hasUnsaved = true;
      this.#fail(
        isQuotaExceeded(e)
          ? this.ctx.i18n.t('styleTrain.diskFull')
          : this.ctx.i18n.t('styleTrain.saveFailed', { reason: errorMessage(e) }),
      );
    }
  }

  #fail(text: string): void {
    this.#stopWorker();
    this.#error = text;
    this.#status = 'failed';
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }
}

/** How long a worker stopped by leaving the lab may take to send what it has learnt. */
const leaveGraceMs = 15_000;

/** The app's models/ folder as an absolute URL (the worker resolves from its own script's URL). */
function modelsUrl(): string {
  return new URL('models/', document.baseURI).href;
}
