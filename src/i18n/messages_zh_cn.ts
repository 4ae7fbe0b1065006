import type { Messages } from './messages_en';
import { bodyZhCn } from './zh_cn/body';
import { landmarksZhCn } from './zh_cn/landmarks';
import { coreZhCn } from './zh_cn/core';
import { facesZhCn } from './zh_cn/faces';
import { styleZhCn } from './zh_cn/style';
import { styleTrainingZhCn } from './zh_cn/style_training';
import { detectionZhCn } from './zh_cn/detection';
import { convolutionZhCn } from './zh_cn/convolution';
import { transferZhCn } from './zh_cn/transfer';
import { windowsZhCn } from './zh_cn/windows';
import { networksZhCn } from './zh_cn/networks';
import { objectClassesZhCn } from './zh_cn/object_classes';
import { classroomZhCn } from './zh_cn/classroom';

/** 简体中文界面文字。术语与课程笔记一致（特征点检测、卷积、目标检测）。 */
export const messagesZhCn: Messages = {
  ...coreZhCn,
  ...classroomZhCn,
  ...facesZhCn,
  ...styleZhCn,
  ...styleTrainingZhCn,
  ...bodyZhCn,
  ...landmarksZhCn,
  ...detectionZhCn,
  ...convolutionZhCn,
  ...transferZhCn,
  ...windowsZhCn,
  ...networksZhCn,
  ...objectClassesZhCn,
};
