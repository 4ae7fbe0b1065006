import type { detectionEn } from '../en/detection';

/** 目标检测实验的文字。 */
export const detectionZhCn: Record<keyof typeof detectionEn, string> = {
  'detection.title': '目标检测',
  'detection.mode': '模式',
  'detection.modeYolo': 'YOLO：人脸（Tiny YOLOv2）',
  'detection.modeCoco': 'COCO：80 类（CenterNet）',
  'detection.yoloExplain':
    '输入被划分为 S x S 网格；物体中心所在的格子负责检测该物体。每个格子预测 5 个锚框 (p_w, p_h)：b_x = (σ(t_x) + c_x) / S，b_y = (σ(t_y) + c_y) / S，b_w = p_w e^{t_w} / S，b_h = p_h e^{t_h} / S，物体置信度 p_c = σ(t_o)。边界框得分 = p_c x c_i。',
  'detection.cocoExplain':
    'CenterNet 在 {g} x {g} 网格上为每个类别预测热力图，并在每个峰值处预测边界框大小；再由得分阈值和非极大值抑制选出边界框。',
  'detection.nmsExplain':
    '非极大值抑制：按得分排序；保留得分最高的边界框；去掉与它的交并比大于或等于阈值（IoU ≥ 阈值）的边界框；对剩下的重复。',
  'detection.scoreThreshold': '得分阈值',
  'detection.iouThreshold': '交并比（IoU，也称交叉比）阈值，用于非极大值抑制',
  'detection.thresholdNoteYolo':
    '课程练习用得分阈值 {courseScore}、交并比阈值 {courseIou}；这里用 {score} 和 {iou}，是 face-api 对这个模型的默认值（取 {courseScore} 时，224 像素的网格可能漏掉人脸）。',
  'detection.thresholdNoteCoco':
    '课程练习用得分阈值 {courseScore}、交并比阈值 {courseIou}；这里用 {score} 和 {iou}：CenterNet 的峰值得分较低（清晰的猫：0.50），取 {courseScore} 会漏掉很多物体。',
  'detection.inputSize': '输入大小 n（网格 S x S）',
  'detection.inputSizeOption': '{n} 像素：{s} x {s}',
  'detection.cocoInputSize': '输入大小 s（热力图 s/4 x s/4）',
  'detection.cocoInputSizeNote':
    '越小越快；越大越能找到小物体（320 像素时会漏掉橙子中的苹果和球员的足球；512 像素的用时约为 384 像素的两倍）。',
  'detection.beforeNms': '显示所有得分 ≥ 阈值的边界框（非极大值抑制之前）',
  'detection.volume':
    '输出体积 S x S x A x (5 + C) = {s} x {s} x {a} x {perAnchor}（n = {n} 像素，A = {a} 个锚框，C = {c} 个类别）；课程中的 YOLO：{cs} x {cs} x {ca} x {cPerAnchor}（{cn} 像素，{cc} 个类别）。',
  'detection.volumeStored':
    '网络输出 [1, {s}, {s}, {channels}]：每个锚框 t_x, t_y, t_w, t_h, t_o；只有一个类别时不存 c_1 = 1。',
  'detection.assignmentRule':
    '训练标签：物体分配给其中点所在的格子，以及与其边界框形状（两者中心对齐）交并比最高的锚框。',
  'detection.assignment':
    '{label} {score}：格子 (c_y, c_x) = ({row}, {col})，锚框 {anchor}（交并比 {iou}）；这里由锚框 {predicted} 预测。',
  'detection.shapeIou': '与边界框形状的交并比',
  'detection.classFilter': '类别',
  'detection.allClasses': '全部类别',
  'detection.counts': '{before} 个边界框得分 ≥ 阈值，非极大值抑制后剩 {after} 个',
  'detection.tapHint': '点按一个网格格子，或在此选择，查看它的 5 个锚框。',
  'detection.cell': '格子 c_y = {row}，c_x = {col}：锚框（虚线）与解码后的边界框',
  'detection.anchor': '锚框',
  'detection.prior': 'p_w x p_h',
  'detection.decoded': 'b_x, b_y, b_w, b_h（像素）',
  'detection.objectness': 'σ(t_o)',
  'detection.label': '类别',
  'detection.score': '得分',
  'detection.responsible': '格子 (c_y, c_x)',
  'detection.box': '边界框（像素）',
  'detection.summaryNone': '未检测到目标。',
  'detection.summary': '检测到：{list}。',
  'detection.stepStart': '定格这一帧，逐步演示非极大值抑制',
  'detection.stepNext': '下一步',
  'detection.stepBack': '上一步',
  'detection.stepStop': '结束逐步演示',
  'detection.stepCount': '第 {k} 步，共 {n} 步',
  'detection.stepKeep': '保留 {label} {score}（剩下得分最高的边界框）',
  'detection.stepRemove': '去掉交并比 ≥ {t} 的 {count} 个：{ious}',
  'detection.stepNone.one': '只有一个边界框，无需排序。请按“下一步”。',
  'detection.stepNone.other': '已按得分为 {count} 个边界框排序。请按“下一步”。',
  'detection.stepDone': '完成：保留 {n} 个边界框，与实时结果相同。',
  'detection.iouPick': '选两个边界框 (A, B) 进行比较',
  'detection.iouFormula': '交并比 IoU = area(A ∩ B) / area(A ∪ B) = {i} / {u} = {iou}',
} as const;
