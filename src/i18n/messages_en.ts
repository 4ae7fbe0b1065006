import { bodyEn } from './en/body';
import { landmarksEn } from './en/landmarks';
import { coreEn } from './en/core';
import { facesEn } from './en/faces';
import { styleEn } from './en/style';
import { styleTrainingEn } from './en/style_training';
import { detectionEn } from './en/detection';
import { convolutionEn } from './en/convolution';
import { transferEn } from './en/transfer';
import { windowsEn } from './en/windows';
import { networksEn } from './en/networks';
import { objectClassesEn } from './en/object_classes';
import { classroomEn } from './en/classroom';

/**
 * English UI strings: the reference catalogue every other language must match key for key.
 * One file per part of the app under en/ (and zh_cn/); add a lab's file to both lists.
 */
export const messagesEn = {
  ...coreEn,
  ...classroomEn,
  ...facesEn,
  ...styleEn,
  ...styleTrainingEn,
  ...bodyEn,
  ...landmarksEn,
  ...detectionEn,
  ...convolutionEn,
  ...transferEn,
  ...windowsEn,
  ...networksEn,
  ...objectClassesEn,
} as const;

export type MessageKey = keyof typeof messagesEn;
export type Messages = Record<MessageKey, string>;
