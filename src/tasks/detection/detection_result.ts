import type { CornerBox } from '../../vision/boxes';
import type { Letterbox } from '../../vision/letterbox';
import type { NmsStep } from '../../vision/non_max_suppression';

/** A detected object. Box in pixels of the source frame (x right, y down). */
export interface Detection {
  box: CornerBox;
  /** Box score in [0, 1]: objectness x class probability (YOLO), the heat-map peak (CenterNet). */
  score: number;
  classIndex: number;
  label: string;
}

/** A YOLO detection also names the grid cell and anchor that predicted it. */
export interface YoloDetection extends Detection {
  row: number;
  col: number;
  anchor: number;
}

/** One anchor of one cell, for the tapped-cell view. Boxes in source-frame pixels. */
export interface AnchorView {
  row: number;
  col: number;
  anchor: number;
  /** The anchor box p_w x p_h centred on the cell. */
  prior: CornerBox;
  /** The decoded box (σ(t_x) + c_x, p_w e^{t_w}, …). */
  box: CornerBox;
  /** σ(t_o). */
  objectness: number;
}

export interface YoloResult {
  mode: 'yolo';
  /** Size of the source frame in pixels. */
  frame: { width: number; height: number };
  /** Model input side n, in input pixels, and the grid side S. */
  inputSize: number;
  gridSize: number;
  /** How the frame sits in the model input: maps grid cells to frame pixels. */
  letterbox: Letterbox;
  scoreThreshold: number;
  iouThreshold: number;
  /** Every box with score >= threshold, before non-max suppression. */
  candidates: YoloDetection[];
  /** The survivors of NMS, best first. */
  detections: YoloDetection[];
  /** NMS rounds, indices into `candidates`. */
  nmsSteps: NmsStep[];
  /** All S x S x A anchors, ordered by row, col, anchor. Not published as JSON (large). */
  anchors: AnchorView[];
}

export interface CocoResult {
  mode: 'coco';
  frame: { width: number; height: number };
  inputSize: number;
  scoreThreshold: number;
  iouThreshold: number;
  candidates: Detection[];
  detections: Detection[];
  nmsSteps: NmsStep[];
}

/** Options the user tunes live. */
export interface DetectionOptions {
  /** Keep boxes scoring at least this, in [0, 1]. */
  scoreThreshold: number;
  /** NMS removes boxes with IoU >= this against a kept box, in [0, 1]. */
  iouThreshold: number;
}
