import type { styleTrainingEn } from '../en/style_training';

/** 神经风格转换实验“训练我自己的风格”面板（实时模式）的文字。 */
export const styleTrainingZhCn: Record<keyof typeof styleTrainingEn, string> = {
  'styleTrain.title': '训练我自己的风格',
  'styleTrain.explain':
    '在后台线程（Web Worker）中为你的风格图 S 训练一个小型前馈网络 f_W（Johnson 等 2016，约 7.1 万个权重）：每一步从你的某张照片中随机裁剪一个正方形 y_c，对 W 做一次 Adam 更新，以降低 J = α J_content(y_c, f_W(y_c)) + β J_style(S, f_W(y_c)) + γ TV(f_W(y_c))；损失网络与优化模式相同，为 MobileNetV3 主干（α = 1，β = 5，γ = 10）。训练期间摄像头画面照常运行；离开本实验会停止训练，并保留已学到的网络。照片越多、步数越多，网络对更多画面越适用。',
  'styleTrain.styleImage': '风格图 S',
  'styleTrain.ownFile': '用我自己的图片…',
  'styleTrain.photos': '训练照片（{n} 张，最多 {max} 张）',
  'styleTrain.addPhoto': '加入当前画面',
  'styleTrain.removePhoto': '移除第 {n} 张照片',
  'styleTrain.needInputs': '请至少加入一张照片并选择风格图，才能开始训练。',
  'styleTrain.steps': '步数',
  'styleTrain.size': '裁剪尺寸（64 px：约快 3 倍，较粗糙）',
  'styleTrain.start': '开始训练',
  'styleTrain.stop': '停止（保留已学到的）',
  'styleTrain.backbone': 'MobileNetV3（centernet，后台线程中）',
  'styleTrain.progress': '第 {step} / {steps} 步 · 每步 {sps} 秒 · 约剩 {left}',
  'styleTrain.backendLine': '正在后台线程中用 {backend} 训练。',
  'styleTrain.preview': '第 {step} 步后的 f_W(照片 1)',
  'styleTrain.curves': '每步的 J、J_content 与 J_style（每步一个随机裁剪，对数坐标）',
  'styleTrain.stopping': '本步结束后停止…',
  'styleTrain.saving': '正在保存…',
  'styleTrain.saved': '已保存为“{name}”：可在上方的风格列表中选择。',
  'styleTrain.myStyles': '我的风格（保存在本设备上）',
  'styleTrain.myStyle': '我的风格（{date}）',
  'styleTrain.details': '{steps} 步，{size} px',
  'styleTrain.use': '使用',
  'styleTrain.delete': '删除',
  'styleTrain.saveAgain': '重新保存',
  'styleTrain.noFrame': '还没有画面：请先打开摄像头或照片。',
  'styleTrain.badStyle': '无法读取这张风格图（{reason}）。',
  'styleTrain.workerFailed': '后台训练线程出错：{reason}。你的照片和风格图都还在，可以重试。',
  'styleTrain.workerNoDetail': '其脚本无法加载，或已中止',
  'styleTrain.backboneFailed':
    '后台线程无法加载损失网络（centernet）：{reason}。你的照片和风格图都还在。',
  'styleTrain.trainingFailed': '训练失败：{reason}。你的照片和风格图都还在。',
  'styleTrain.cpuFallback': '后台线程中无法启动 WASM（{reason}），改用 CPU 后端训练，速度慢得多。',
  'styleTrain.diskFull':
    '设备存储空间已满，训练好的网络没有保存，但仍保留在本页中：请删除一个已保存的风格或释放空间，然后按“重新保存”。',
  'styleTrain.saveFailed': '无法保存训练好的网络（{reason}）。它仍保留在本页中，请按“重新保存”。',
  'styleTrain.storeUnavailable': '无法读取你自己的风格：{reason}',
} as const;
