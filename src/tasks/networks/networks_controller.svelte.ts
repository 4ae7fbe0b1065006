import * as tf from '@tensorflow/tfjs-core';
import { Loadable, type LoadPhase } from '../../core/models/loadable.svelte';
import { LabRuntime, type LabContext } from '../../lab/lab_runtime.svelte';
import { loadCenternet } from '../load_centernet';
import { drawRgba } from '../convolution/draw_rgba';
import { FaceRecognitionNet, type ResidualBlockName } from '../faces/face_recognition_net';
import { FaceDetector } from '../landmarks/face_detector';
import { BackboneParts, patchPixels } from './backbone_parts';
import type { UnitColumn } from './backbone_nodes';
import { separableRatio } from './conv_costs';
import { TinyYoloV2 } from '../detection/tiny_yolo_v2';
import { Face68Net } from '../landmarks/face68_net';
import { networkTable, weightShapes, type AppNetworks } from './network_tables';
import { NetworkThumbnails } from './network_thumbnails';
import {
  defaultNetworksSettings,
  type LivePart,
  type NetworksResult,
  type NetworksSettings,
} from './networks_result';
import { NetworksTask } from './networks_task';
import { patchGrid } from './patch_grid';
import { ResidualProbe } from './residual_probe';

export const liveParts: readonly LivePart[] = [
  'separable',
  'inception',
  'residual',
  'oneByOne',
  'units',
];

type ActivationCanvases = Partial<Record<'a' | 'z' | 'out', HTMLCanvasElement>>;

/**
 * The Networks lab: one live part on the camera's picture (the separable convolution timed, or
 * the Inception module), the course's cost examples, and layer tables of the classic networks and
 * of two networks the app runs (their shapes read from the weight files, loaded once).
 * The component renders it and calls `bind()` once while it initialises.
 */
export class NetworksController {
  readonly settings = $state<NetworksSettings>(defaultNetworksSettings());
  /** Where the Inception branches are drawn (bound by the view). */
  inceptionCanvas = $state<HTMLCanvasElement>();
  /** Where the residual block's a[l], z[l+2] and a[l+2] are drawn (bound by the view). */
  readonly residualCanvases = $state<ActivationCanvases>({});
  /** Where each table row's live thumbnail is drawn, by layer name (bound by the view). */
  readonly rowCanvases = $state<Record<string, HTMLCanvasElement | undefined>>({});
  /** Where each layer's nine patches are drawn (bound by the view). */
  readonly patchCanvases = $state<Partial<Record<UnitColumn, HTMLCanvasElement>>>({});

  readonly #runtime: LabRuntime<NetworksResult>;
  readonly #appNetworks = new Loadable<AppNetworks>((n) => n.dispose());
  // Loaded when the residual part first opens (7 MB); the task owns it.
  readonly #probe = new Loadable<ResidualProbe>((p) => p.dispose());
  // Loaded when the 1x1 or the units part first opens (4 MB); the task owns it.
  readonly #backbone = new Loadable<BackboneParts>((p) => p.dispose());
  readonly #table = $derived(
    networkTable(this.settings.table, this.#appNetworks.value?.shapes ?? null),
  );

  readonly #published = $derived.by(() => {
    const r = this.result;
    if (!r) return null;
    const inception = r.inception && { ...r.inception, grid: undefined };
    const tapped = r.residual?.tapped;
    const residual = r.residual && {
      ...r.residual,
      tapped: tapped && { a: tapped.a.shape, z: tapped.z.shape, out: tapped.out.shape },
    };
    const thumbnails = r.thumbnails && {
      table: r.thumbnails.table,
      layers: Object.keys(r.thumbnails.images),
    };
    const units = r.units?.map((l) => ({
      ...l,
      patches: l.patches.map(({ value, box, frame }) => ({ value, box, frame })),
    }));
    return { ...r, inception, residual, units, thumbnails };
  });

  constructor(private readonly lab: LabContext) {
    this.#runtime = new LabRuntime<NetworksResult>(
      lab,
      async () =>
        new NetworksTask(
          () => ({ ...this.settings }),
          this.#probe,
          this.#backbone,
          this.#appNetworks,
        ),
      (_ctx, result) => this.#draw(result),
    );
  }

  get stats() {
    return this.#runtime.stats;
  }
  get result(): NetworksResult | null {
    return this.#runtime.result;
  }
  get published() {
    return this.#published;
  }
  get table() {
    return this.#table;
  }
  get tablesPhase(): LoadPhase {
    return this.#appNetworks.phase;
  }
  /** centernet for the 1x1 and units parts (idle until one of them first opens). */
  get backbonePhase(): LoadPhase {
    return this.#backbone.phase;
  }
  /** The residual part's networks (idle until that part first opens). */
  get residualPhase(): LoadPhase {
    return this.#probe.phase;
  }

  /** Switches the live part; the residual part loads its two networks (once) through the lab. */
  choosePart(part: LivePart): void {
    this.settings.part = part;
    if (part === 'oneByOne' || part === 'units') {
      void this.#backbone.load(
        async (onProgress) => new BackboneParts(await loadCenternet(this.lab, onProgress)),
      );
    }
    if (part !== 'residual') return;
    void this.#probe.load(async (onProgress) => {
      const detector = new FaceDetector(await this.lab.loadGraphModel('blazeface', onProgress));
      try {
        const weights = await this.lab.loadWeights('face_recognition', onProgress);
        return new ResidualProbe(
          detector,
          new FaceRecognitionNet(weights),
          () => this.settings.residual,
        );
      } catch (e) {
        detector.dispose();
        throw e;
      }
    });
  }

  /** Starts the nine patches of every unit afresh. */
  clearPatches(): void {
    this.#backbone.value?.clearPatches();
  }

  /** The next face found becomes the reference d is measured to. */
  takeReference(): void {
    this.settings.residual.referenceRequests += 1;
  }

  /** Cuts a block's skip connection, or restores it. */
  toggleCut(block: ResidualBlockName): void {
    const { cut } = this.settings.residual;
    this.settings.residual.cut = cut.includes(block)
      ? cut.filter((b) => b !== block)
      : [...cut, block];
  }

  bind(): void {
    this.#runtime.bind();
    // A tap on the picture picks the 1x1 layer's cell under it.
    $effect(() =>
      this.#runtime.onFramePointer((point) => {
        const r = this.result;
        if (this.settings.part !== 'oneByOne' || !r?.oneByOne) return;
        // The backbone reads the whole frame squashed to n x n: cells split it evenly.
        const [h, w] = r.oneByOne.inputShape;
        const { width, height } = r.frame;
        this.settings.oneByOne.cell = {
          row: Math.min(h - 1, Math.max(0, Math.floor((point.y / height) * h))),
          col: Math.min(w - 1, Math.max(0, Math.floor((point.x / width) * w))),
        };
      }),
    );
    $effect(() => {
      void this.#appNetworks.load(async (onProgress) => this.#loadAppNetworks(onProgress));
      return () => this.#appNetworks.dispose();
    });
  }

  /** Tiny YOLOv2 and the 68-point network: their weight shapes and, built, the thumbnails. */
  async #loadAppNetworks(
    onProgress: (loaded: number, total: number) => void,
  ): Promise<AppNetworks> {
    const yoloWeights = await this.lab.loadWeights('tiny_face_detector', onProgress);
    let face68Weights: tf.NamedTensorMap | undefined;
    try {
      face68Weights = await this.lab.loadWeights('face_landmark_68', onProgress);
      const shapes = { tinyYolo: weightShapes(yoloWeights), face68: weightShapes(face68Weights) };
      const thumbnails = new NetworkThumbnails(
        new TinyYoloV2(yoloWeights),
        new Face68Net(face68Weights),
      );
      return { shapes, thumbnails, dispose: () => thumbnails.dispose() };
    } catch (e) {
      tf.dispose([...Object.values(yoloWeights), ...Object.values(face68Weights ?? {})]);
      throw e;
    }
  }

  #draw(result: NetworksResult): void {
    if (result.inception && this.inceptionCanvas) {
      drawRgba(this.inceptionCanvas, result.inception.grid);
    }
    const thumbs = result.thumbnails;
    if (thumbs) {
      for (const [name, image] of Object.entries(thumbs.images)) {
        const canvas = this.rowCanvases[name];
        if (canvas) drawRgba(canvas, image);
      }
    }
    for (const layer of result.units ?? []) {
      const canvas = this.patchCanvases[layer.layer];
      if (canvas)
        drawRgba(
          canvas,
          patchGrid(
            layer.patches.map((p) => p.image),
            patchPixels,
          ),
        );
    }
    const tapped = result.residual?.tapped;
    if (!tapped) return;
    for (const key of ['a', 'z', 'out'] as const) {
      const canvas = this.residualCanvases[key];
      if (canvas) drawRgba(canvas, tapped[key].image);
    }
  }

  /** A short spoken summary of the result. */
  summary(): string {
    const { i18n } = this.lab;
    const r = this.result;
    if (r?.separable) {
      const { measured, f, nCPrime } = r.separable;
      return i18n.t('networks.summary.separable', {
        normal: measured.normalMs.toFixed(1),
        separable: measured.separableMs.toFixed(1),
        speedup: measured.speedup.toFixed(1),
        fewer: (1 / separableRatio(f, nCPrime)).toFixed(1),
      });
    }
    if (r?.residual) {
      const { shift, reference, face } = r.residual;
      if (!face) return i18n.t('networks.residual.noFace');
      return i18n.t('networks.summary.residual', {
        shift: (shift ?? 0).toFixed(2),
        d: reference ? reference.cut.toFixed(2) : '–',
      });
    }
    if (r?.oneByOne) {
      const { dot } = r.oneByOne;
      return i18n.t('networks.summary.oneByOne', { k: dot.k, z: dot.z.toFixed(2) });
    }
    if (r?.units) {
      return i18n.t('networks.summary.units', {
        shallow: r.units[0]?.patches.length ?? 0,
        deep: r.units[1]?.patches.length ?? 0,
      });
    }
    if (r?.inception) {
      const [h, w, c] = r.inception.outputShape;
      return i18n.t('networks.summary.inception', { h, w, c });
    }
    return i18n.t('networks.summaryNone');
  }
}
