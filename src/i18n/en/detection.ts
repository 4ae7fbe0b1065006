/** English strings of the detection lab. */
export const detectionEn = {
  'detection.title': 'Object detection',
  'detection.mode': 'Mode',
  'detection.modeYolo': 'YOLO: faces (Tiny YOLOv2)',
  'detection.modeCoco': 'COCO: 80 classes (CenterNet)',
  'detection.yoloExplain':
    'The input is an S x S grid; the cell holding an object’s centre is responsible for it. Each cell predicts 5 anchor boxes (p_w, p_h): b_x = (σ(t_x) + c_x) / S, b_y = (σ(t_y) + c_y) / S, b_w = p_w e^{t_w} / S, b_h = p_h e^{t_h} / S, objectness p_c = σ(t_o). Box score = p_c x c_i.',
  'detection.cocoExplain':
    'CenterNet predicts, on a {g} x {g} grid, a heat map per class and the box size at each peak. The score threshold and non-max suppression then pick the boxes.',
  'detection.nmsExplain':
    'Non-max suppression: sort the boxes by score; keep the best; remove every box whose IoU with it is at or above the threshold (IoU ≥ threshold); repeat with the rest.',
  'detection.scoreThreshold': 'Score threshold',
  'detection.iouThreshold': 'IoU threshold (non-max suppression)',
  'detection.thresholdNoteYolo':
    'The course’s exercise uses score {courseScore} and IoU {courseIou}; here {score} and {iou}, face-api’s defaults for this model (at {courseScore}, the 224 px grid can miss faces).',
  'detection.thresholdNoteCoco':
    'The course’s exercise uses score {courseScore} and IoU {courseIou}; here {score} and {iou}: CenterNet’s peaks score lower (a clear cat: 0.50), so at {courseScore} it misses many objects.',
  'detection.inputSize': 'Input size n (grid S x S)',
  'detection.inputSizeOption': '{n} px: {s} x {s}',
  'detection.cocoInputSize': 'Input size s (heat map s/4 x s/4)',
  'detection.cocoInputSizeNote':
    'Smaller is faster; larger finds smaller objects (at 320 px the apples among the oranges and the footballer’s ball are missed; 512 px takes about twice as long as 384).',
  'detection.beforeNms': 'Show every box with score ≥ the threshold (before non-max suppression)',
  'detection.volume':
    'Output volume S x S x A x (5 + C) = {s} x {s} x {a} x {perAnchor} (n = {n} px, A = {a} anchors, C = {c} class); the course’s YOLO: {cs} x {cs} x {ca} x {cPerAnchor} ({cn} px, {cc} classes).',
  'detection.volumeStored':
    'The network outputs [1, {s}, {s}, {channels}]: per anchor t_x, t_y, t_w, t_h, t_o; with one class, c_1 = 1 is not stored.',
  'detection.assignmentRule':
    'Training labels: an object goes to the cell holding its midpoint and to the anchor whose shape (both centred) has the highest IoU with its box.',
  'detection.assignment':
    '{label} {score}: cell (c_y, c_x) = ({row}, {col}), anchor {anchor} (IoU {iou}); predicted here by anchor {predicted}.',
  'detection.shapeIou': 'IoU with the box’s shape',
  'detection.classFilter': 'Class',
  'detection.allClasses': 'all classes',
  'detection.counts':
    'Boxes with score ≥ the threshold: {before}; after non-max suppression: {after}',
  'detection.tapHint': 'Tap a grid cell, or pick one here, to see its 5 anchor boxes.',
  'detection.cell': 'Cell c_y = {row}, c_x = {col}: anchors (dashed) and decoded boxes',
  'detection.anchor': 'anchor',
  'detection.prior': 'p_w x p_h',
  'detection.decoded': 'b_x, b_y, b_w, b_h (px)',
  'detection.objectness': 'σ(t_o)',
  'detection.label': 'class',
  'detection.score': 'score',
  'detection.responsible': 'cell (c_y, c_x)',
  'detection.box': 'box (px)',
  'detection.summaryNone': 'Nothing found.',
  'detection.summary': 'Found: {list}.',
  'detection.stepStart': 'Freeze this frame and step through non-max suppression',
  'detection.stepNext': 'Next step',
  'detection.stepBack': 'Step back',
  'detection.stepStop': 'End the step-through',
  'detection.stepCount': 'Step {k} of {n}',
  'detection.stepKeep': 'Keep {label} {score} (the best box left)',
  'detection.stepRemove': 'remove {count} with IoU ≥ {t}: {ious}',
  'detection.stepNone.one': 'One box, nothing to sort. Press “Next step”.',
  'detection.stepNone.other': 'Sorted {count} boxes by score. Press “Next step”.',
  'detection.stepDone': 'Done: boxes kept: {n}, as in the live result.',
  'detection.iouPick': 'Pick two boxes (A, B) to compare',
  'detection.iouFormula': 'IoU = area(A ∩ B) / area(A ∪ B) = {i} / {u} = {iou}',
} as const;
