import type { AnchorSize } from './anchor_boxes';
import type { CentreBox } from './boxes';
import { sigmoid } from './sigmoid';
import { softmax } from './softmax';

// YOLOv2's output to scored boxes, in the course's order (its yolo_eval): decode each anchor of
// each cell (yolo_head), then yolo_filter_boxes; non-max suppression follows in
// non_max_suppression.ts, and tasks/detection/yolo_face_detector.ts (yoloDetections) chains them.

/** The network's raw numbers for one anchor of one cell. */
export interface YoloRaw {
  tx: number;
  ty: number;
  tw: number;
  th: number;
  to: number;
}

/** One anchor of one grid cell, decoded. Boxes are in [0, 1] of the model input, x right, y down. */
export interface AnchorPrediction {
  /** Grid cell: c_y = row, c_x = col. */
  row: number;
  col: number;
  /** Anchor index, 0 … A − 1. */
  anchor: number;
  box: CentreBox;
  /** p_c = σ(t_o). */
  objectness: number;
  /** softmax over the class logits; [1] for a one-class model. */
  classProbabilities: number[];
  raw: YoloRaw;
}

export interface YoloLayout {
  /** S: the grid is S x S. */
  gridSize: number;
  anchors: readonly AnchorSize[];
  /** C: number of classes. A one-class model (face) may output no class logits: pass 0. */
  numClasses: number;
}

/**
 * YOLOv2 box decoding (Redmon & Farhadi, YOLO9000, section 2 "Direct location prediction"):
 * b_x = (σ(t_x) + c_x) / S, b_y = (σ(t_y) + c_y) / S, b_w = p_w e^{t_w} / S, b_h = p_h e^{t_h} / S.
 */
export function decodeYoloBox(
  { tx, ty, tw, th }: Omit<YoloRaw, 'to'>,
  row: number,
  col: number,
  { pw, ph }: AnchorSize,
  gridSize: number,
): CentreBox {
  return {
    bx: (sigmoid(tx) + col) / gridSize,
    by: (sigmoid(ty) + row) / gridSize,
    bw: (pw * Math.exp(tw)) / gridSize,
    bh: (ph * Math.exp(th)) / gridSize,
  };
}

/**
 * Decodes a YOLOv2 output [1, S, S, A * (5 + C)] (row-major: row, col, anchor, then
 * t_x, t_y, t_w, t_h, t_o, class logits) into one prediction per cell and anchor, ordered by
 * row, col, anchor.
 */
export function decodeYoloOutput(
  output: ArrayLike<number>,
  { gridSize, anchors, numClasses }: YoloLayout,
): AnchorPrediction[] {
  const perAnchor = 5 + numClasses;
  const expected = gridSize * gridSize * anchors.length * perAnchor;
  if (output.length !== expected) {
    throw new RangeError(
      `A YOLO output for a ${gridSize} x ${gridSize} grid with ${anchors.length} anchors and ` +
        `${numClasses} classes must hold ${expected} values, got ${output.length}.`,
    );
  }
  const predictions: AnchorPrediction[] = [];
  let o = 0;
  for (let row = 0; row < gridSize; row++) {
    for (let col = 0; col < gridSize; col++) {
      for (const [anchor, size] of anchors.entries()) {
        const raw: YoloRaw = {
          tx: output[o] as number,
          ty: output[o + 1] as number,
          tw: output[o + 2] as number,
          th: output[o + 3] as number,
          to: output[o + 4] as number,
        };
        const logits = Array.from({ length: numClasses }, (_, c) => output[o + 5 + c] as number);
        predictions.push({
          row,
          col,
          anchor,
          box: decodeYoloBox(raw, row, col, size, gridSize),
          objectness: sigmoid(raw.to),
          classProbabilities: numClasses > 0 ? softmax(logits) : [1],
          raw,
        });
        o += perAnchor;
      }
    }
  }
  return predictions;
}

/** What the network says about one anchor of one cell, after σ and softmax. */
export interface ScoredPrediction {
  /** Objectness p_c = σ(t_o), in [0, 1]. */
  objectness: number;
  /** Class probabilities c_1 … c_C (a softmax, sums to 1). One class: [1]. */
  classProbabilities: readonly number[];
}

export interface FilteredBox {
  /** Index into the input predictions. */
  index: number;
  /** Box score = objectness x the best class probability. */
  score: number;
  classIndex: number;
}

/**
 * The course's yolo_filter_boxes: box score = p_c x c_i for every class i; each box takes its
 * best class; boxes whose best score is below the threshold are dropped.
 */
export function yoloFilterBoxes(
  predictions: readonly ScoredPrediction[],
  scoreThreshold: number,
): FilteredBox[] {
  const kept: FilteredBox[] = [];
  for (const [index, p] of predictions.entries()) {
    let classIndex = 0;
    let best = -Infinity;
    for (const [c, prob] of p.classProbabilities.entries()) {
      if (prob > best) {
        best = prob;
        classIndex = c;
      }
    }
    const score = p.objectness * best;
    if (score >= scoreThreshold) kept.push({ index, score, classIndex });
  }
  return kept;
}
