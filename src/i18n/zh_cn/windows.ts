import type { windowsEn } from '../en/windows';

/** 滑动窗口模式的简体中文字符串。 */
export const windowsZhCn: Record<keyof typeof windowsEn, string> = {
  'windows.title': '滑动窗口',
  'windows.explain':
    '先用紧密裁剪的图片训练一个分类器，再用几种大小的窗口以步长 s 在图片上滑动，对每个裁剪分类。朴素做法每个窗口都运行一次网络；卷积实现把全连接层变成卷积，整张图片只运行一次网络，各窗口共享计算。',
  'windows.noHead':
    '还没有训练好的输出层。课程的做法：(1) 在迁移学习实验中录制两类：目标（紧密裁剪，让它充满画面）和背景（没有目标的场景）；(2) 训练输出层；(3) 回到这里扫描。',
  'windows.openTransfer': '打开迁移学习实验（一分钟：目标和背景两类）',
  'windows.reloadHead': '重新读取训练好的输出层',
  'windows.head': '输出层：{classes}（训练于 {when}）',
  'windows.sizes': '窗口大小 f（像素）',
  'windows.stride': '步长 s（像素，朴素扫描）',
  'windows.background': '背景类（不生成边界框）',
  'windows.none': '无',
  'windows.scoreThreshold': '分数阈值 ŷ >',
  'windows.iouThreshold': '交并比阈值（非极大值抑制）',
  'windows.liveToggle': '实时：每一帧都做卷积扫描',
  'windows.live': '{runs} 次网络运行得到 {n} 个窗口，非极大值抑制后 {boxes} 个边界框',
  'windows.scan': '冻结画面并用两种方式扫描',
  'windows.scanningNaive': '朴素扫描：{done} / {total} 个窗口…',
  'windows.scanningConv': '卷积扫描…',
  'windows.needPicture': '请先打开摄像头或图片。',
  'windows.heatClass': '热力图的类别',
  'windows.heatSize': '显示的窗口大小',
  'windows.show': '叠加显示',
  'windows.showNaive': '朴素',
  'windows.showConvolutional': '卷积',
  'windows.speed': '回放速度：每秒 {n} 个窗口',
  'windows.skip': '全部显示',
  'windows.replay': '回放',
  'windows.mode': '方式',
  'windows.count': '窗口数',
  'windows.runs': '网络运行次数',
  'windows.ms': '毫秒',
  'windows.msEach': '每个窗口毫秒',
  'windows.boxes': '非极大值抑制后的边界框',
  'windows.best': '最佳边界框（像素），ŷ',
  'windows.speedUp': '加速：卷积扫描快 {x} 倍。',
  'windows.formula':
    '每种大小的朴素窗口数：(floor((W - f) / s) + 1) x (floor((H - f) / s) + 1)。卷积实现：图片缩放 224 / f 倍，一个窗口就是步长 32 像素的特征图上 7 x 7 个单元；先做 7 x 7、步长 1 的平均池化，再做 1x1 卷积（W 变形为 [1, 1, d, k]）：共 (W_n / 32 - 7 + 1) x (H_n / 32 - 7 + 1) 个窗口，相距 f / 7 像素。',
  'windows.whyDiffer':
    '为什么同一个窗口的分数仍略有不同：裁剪出的图边缘是零填充，而整图运行看到的是真实的邻近像素；并且整图只缩放一次，而不是逐个裁剪缩放。',
  'windows.aligned':
    '对齐：朴素步长 s = {stride} 像素等于网络的步长 f / 7 = {step} 像素，两者扫描同一组窗口。',
  'windows.notAligned':
    '未对齐：卷积实现的窗口位置由网络的步长决定，每 f / 7 = {step} 像素一个，而朴素步长是 s = {stride} 像素；只有 f / 7 的整数倍的步长才得到相同的窗口（这里两者的窗口数量和位置都不同）。',
  'windows.tapHint': '点击图片查看一个输出单元：它的窗口、如何映射回图片，以及两种方式的 ŷ。',
  'windows.cellConv':
    '卷积输出单元 (r, c) = ({row}, {col}) 池化特征单元 c..c+6 = {col}..{colEnd} 和 r..r+6 = {row}..{rowEnd}。图片缩放了 224 / f ≈ {scale} 倍，所以它的窗口是 x = c · 32 / {scale} = {x1} … (c + 7) · 32 / {scale} = {x2}，y = {y1} … {y2} 像素。',
  'windows.cellNaive':
    '最近的朴素窗口（第 {row} 行，第 {col} 列）：x = {x1} … {x2}，y = {y1} … {y2} 像素。',
  'windows.cellMap':
    '输出网格的单元 (r, c) 池化特征单元 c..c+6：对应图片中的窗口 x = c · 32 / 缩放 … (c + 7) · 32 / 缩放。',
  'windows.speedName': '回放速度',
};
