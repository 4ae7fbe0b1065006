import type { bodyEn } from '../en/body';

/** 人体特征点实验的文字。 */
export const bodyZhCn: Record<keyof typeof bodyEn, string> = {
  'body.title': '人体特征点',
  'body.explain': '卷积网络回归 17 个人体特征点的坐标 (l_x, l_y)，每个点附带置信度。',
  'body.threshold': '置信度阈值',
  'body.keypoint': '特征点',
  'body.score': '置信度',
  'body.summaryNone': '未发现人体。',
  'body.summary': '找到 17 个人体特征点中的 {count} 个，平均置信度 {score}。',
  'kp.nose': '鼻子',
  'kp.left_eye': '左眼',
  'kp.right_eye': '右眼',
  'kp.left_ear': '左耳',
  'kp.right_ear': '右耳',
  'kp.left_shoulder': '左肩',
  'kp.right_shoulder': '右肩',
  'kp.left_elbow': '左肘',
  'kp.right_elbow': '右肘',
  'kp.left_wrist': '左腕',
  'kp.right_wrist': '右腕',
  'kp.left_hip': '左髋',
  'kp.right_hip': '右髋',
  'kp.left_knee': '左膝',
  'kp.right_knee': '右膝',
  'kp.left_ankle': '左踝',
  'kp.right_ankle': '右踝',
};
