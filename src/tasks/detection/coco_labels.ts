import { messagesEn } from '../../i18n/messages_en';
import type { MessageKey, Translator } from '../../i18n/translate';

/**
 * The 80 COCO object classes in CenterNet's output order (class index 0 … 79), as listed by
 * @vladmandic/human src/object/labels.ts.
 */
// prettier-ignore
export const cocoLabels = [
  'person', 'bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat',
  'traffic light', 'fire hydrant', 'stop sign', 'parking meter', 'bench', 'bird', 'cat', 'dog',
  'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe', 'backpack', 'umbrella',
  'handbag', 'tie', 'suitcase', 'frisbee', 'skis', 'snowboard', 'sports ball', 'kite',
  'baseball bat', 'baseball glove', 'skateboard', 'surfboard', 'tennis racket', 'bottle',
  'wine glass', 'cup', 'fork', 'knife', 'spoon', 'bowl', 'banana', 'apple', 'sandwich', 'orange',
  'broccoli', 'carrot', 'hot dog', 'pizza', 'donut', 'cake', 'chair', 'couch', 'potted plant',
  'bed', 'dining table', 'toilet', 'tv', 'laptop', 'mouse', 'remote', 'keyboard', 'cell phone',
  'microwave', 'oven', 'toaster', 'sink', 'refrigerator', 'book', 'clock', 'vase', 'scissors',
  'teddy bear', 'hair drier', 'toothbrush',
] as const;

/**
 * The name to show for a detector's class label (a COCO class, the YOLO detector's "face") in the
 * UI's language; a label without a name (a class the user trained) is shown as it is.
 */
export function objectClassName(i18n: Translator, label: string): string {
  const key = `class.${label}`;
  return key in messagesEn ? i18n.t(key as MessageKey) : label;
}
