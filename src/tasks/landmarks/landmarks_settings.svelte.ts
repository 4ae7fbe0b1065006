import type { OneEuroParams } from '../../vision/one_euro_filter';
import { defaultLandmarksStyle, type LandmarksStyle } from './draw_landmarks';
import type { LandmarkMode } from './landmarks_result';
import type { LandmarksOptions } from './landmarks_task';
import { pointSet, pointSets } from './point_sets';

/** What the mode selector offers: single modes, and the pairs a frame budget usually allows. */
export const modeChoices = [
  'mesh',
  'face68',
  'hands',
  'body',
  'mesh+face68',
  'mesh+hands',
  'hands+body',
  'all',
] as const;

export type ModeChoice = (typeof modeChoices)[number];

export function modesOf(choice: ModeChoice): LandmarkMode[] {
  return choice === 'all'
    ? ['mesh', 'face68', 'hands', 'body']
    : (choice.split('+') as LandmarkMode[]);
}

const choiceKey = 'convlens.landmarks.mode';

/**
 * The landmarks lab's controls; the task and the drawing read them each frame. The chosen mode is
 * remembered across reloads and backend switches.
 */
export class LandmarksSettings {
  #choice = $state<ModeChoice>('mesh');
  #threshold = $state(defaultLandmarksStyle.threshold);
  #numbers = $state(false);
  #crops = $state(true);
  #maxFaces = $state(1);
  #maxHands = $state(2);
  #smoothing = $state(true);
  #minCutoff = $state(1);
  #beta = $state(0.05);
  #courseMode = $state<LandmarkMode>('mesh');
  #courseSet = $state<string>('eyeCorners');
  #instance = $state(0);
  #highlight = $state(-1);
  #picked = $state<number[]>([]);

  readonly modes = $derived(modesOf(this.#choice));

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
    const saved = storage?.getItem(choiceKey);
    if (modeChoices.includes(saved as ModeChoice)) this.#choice = saved as ModeChoice;
  }

  get choice(): ModeChoice {
    return this.#choice;
  }
  set choice(c: ModeChoice) {
    this.#choice = c;
    try {
      this.storage?.setItem(choiceKey, c);
    } catch {
      // Full or blocked storage: the choice still applies now.
    }
    this.#highlight = -1;
    this.#instance = 0;
  }
  get threshold() {
    return this.#threshold;
  }
  set threshold(v: number) {
    this.#threshold = v;
  }
  get numbers() {
    return this.#numbers;
  }
  set numbers(v: boolean) {
    this.#numbers = v;
  }
  get crops() {
    return this.#crops;
  }
  set crops(v: boolean) {
    this.#crops = v;
  }
  get maxFaces() {
    return this.#maxFaces;
  }
  set maxFaces(v: number) {
    this.#maxFaces = Math.max(1, Math.min(4, Math.round(v)));
  }
  get maxHands() {
    return this.#maxHands;
  }
  set maxHands(v: number) {
    this.#maxHands = Math.max(1, Math.min(4, Math.round(v)));
  }
  get smoothing() {
    return this.#smoothing;
  }
  set smoothing(v: boolean) {
    this.#smoothing = v;
  }
  get minCutoff() {
    return this.#minCutoff;
  }
  set minCutoff(v: number) {
    this.#minCutoff = v;
  }
  get beta() {
    return this.#beta;
  }
  set beta(v: number) {
    this.#beta = v;
  }

  /** The mode the course view reads: the chosen one if it runs, else the first that does. */
  get courseMode(): LandmarkMode {
    return this.modes.includes(this.#courseMode) ? this.#courseMode : this.modes[0]!;
  }
  set courseMode(m: LandmarkMode) {
    this.#courseMode = m;
    this.#picked = [];
    this.#highlight = -1;
    this.#instance = 0;
  }
  get courseSet(): string {
    return pointSet(this.courseMode, this.#courseSet, this.#picked).id;
  }
  set courseSet(id: string) {
    this.#courseSet = id;
  }
  get courseSets() {
    const sets = pointSets[this.courseMode];
    return this.#picked.length > 0
      ? [...sets, pointSet(this.courseMode, 'picked', this.#picked)]
      : sets;
  }
  get courseIndices(): readonly number[] {
    return pointSet(this.courseMode, this.#courseSet, this.#picked).indices;
  }

  /** A tap on a point: adds it to the picked points (or removes it) and shows them. */
  togglePicked(index: number): void {
    const had = this.#picked.includes(index);
    this.#picked = had ? this.#picked.filter((i) => i !== index) : [...this.#picked, index];
    this.#courseSet = 'picked';
    this.#highlight = had ? -1 : index;
  }
  get instance() {
    return this.#instance;
  }
  set instance(i: number) {
    this.#instance = i;
  }
  get highlight() {
    return this.#highlight;
  }
  set highlight(i: number) {
    this.#highlight = i;
  }

  get smoothingParams(): OneEuroParams | null {
    return this.#smoothing ? { minCutoff: this.#minCutoff, beta: this.#beta } : null;
  }

  taskOptions(): LandmarksOptions {
    return { maxFaces: this.#maxFaces, maxHands: this.#maxHands, smoothing: this.smoothingParams };
  }

  style(handLabels: LandmarksStyle['handLabels']): LandmarksStyle {
    return {
      threshold: this.#threshold,
      numbers: this.#numbers,
      crops: this.#crops,
      handLabels,
      selection: {
        mode: this.courseMode,
        instance: this.#instance,
        indices: this.courseIndices,
        highlight: this.#highlight,
      },
    };
  }
}
