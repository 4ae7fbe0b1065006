import { anchorBoxes, type AnchorSize } from '../../vision/anchor_boxes';
import { centreToCorner, mapCorners, type CentreBox, type CornerBox } from '../../vision/boxes';
import { unletterbox, type Letterbox } from '../../vision/letterbox';
import { nonMaxSuppression } from '../../vision/non_max_suppression';
import { decodeYoloOutput } from '../../vision/yolo_decode';
import { yoloFilterBoxes } from '../../vision/yolo_filter_boxes';
import type { AnchorView, DetectionOptions, YoloDetection, YoloResult } from './detection_result';
import { storedClassCount } from './yolo_output_volume';

export interface YoloModelLayout {
  gridSize: number;
  anchors: readonly AnchorSize[];
  labels: readonly string[];
}

/**
 * The YOLO post-processing the course puts together: decode every anchor of every cell,
 * keep boxes with score = p_c x c_i >= threshold, then non-max suppression per class.
 * `output` is the network's [1, S, S, A * (5 + C)]; one-class models carry no class logits.
 * Boxes come back in source-frame pixels.
 */
export function yoloDetections(
  output: ArrayLike<number>,
  { gridSize, anchors, labels }: YoloModelLayout,
  letterbox: Letterbox,
  { scoreThreshold, iouThreshold }: DetectionOptions,
): Pick<YoloResult, 'candidates' | 'detections' | 'nmsSteps' | 'anchors'> {
  const numClasses = storedClassCount(labels.length);
  const predictions = decodeYoloOutput(output, { gridSize, anchors, numClasses });
  const toFrame = (b: CentreBox): CornerBox =>
    mapCorners(centreToCorner(b), (x, y) => unletterbox(letterbox, x, y));

  const candidates: YoloDetection[] = yoloFilterBoxes(predictions, scoreThreshold).map((f) => {
    const p = predictions[f.index]!;
    return {
      box: toFrame(p.box),
      score: f.score,
      classIndex: f.classIndex,
      label: labels[f.classIndex] ?? String(f.classIndex),
      row: p.row,
      col: p.col,
      anchor: p.anchor,
    };
  });
  const nms = nonMaxSuppression(candidates, { iouThreshold, perClass: true });

  const anchorViews: AnchorView[] = [];
  for (let row = 0; row < gridSize; row++) {
    for (let col = 0; col < gridSize; col++) {
      const priors = anchorBoxes(row, col, anchors, gridSize);
      for (const [anchor, prior] of priors.entries()) {
        const p = predictions[(row * gridSize + col) * anchors.length + anchor]!;
        anchorViews.push({
          row,
          col,
          anchor,
          prior: toFrame(prior),
          box: toFrame(p.box),
          objectness: p.objectness,
        });
      }
    }
  }
  return {
    candidates,
    detections: nms.keep.map((i) => candidates[i]!),
    nmsSteps: nms.steps,
    anchors: anchorViews,
  };
}
