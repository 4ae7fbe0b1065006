/** The labelled steps of one frame, in pipeline order. */
export type Stage = 'preprocess' | 'inference' | 'postprocess' | 'draw';

export const STAGES: readonly Stage[] = ['preprocess', 'inference', 'postprocess', 'draw'];

/** Wall time of each stage a task measured for one frame, in milliseconds. */
export type StageTimings = Partial<Record<Stage, number>>;
