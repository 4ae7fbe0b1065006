import type { networksEn } from '../en/networks';

/** 网络实验（课程中的案例分析）的文字。 */
export const networksZhCn: Record<keyof typeof networksEn, string> = {
  'networks.title': '网络：案例分析，实时运行',
  'networks.explain':
    '课程中的经典网络、1x1 卷积、Inception 和 MobileNet 的深度可分离卷积，在摄像头画面上计算。计算成本按课程的方法计：乘法次数，n_H′ n_W′ n_C′ × f f n_C。',
  'networks.part': '实时部分',
  'networks.part.separable': '深度可分离卷积（实测）',
  'networks.part.inception': 'Inception 模块',
  'networks.volume':
    '实时输入体：画面中央缩放到 {n} x {n}，经一个固定的 1x1 卷积和 ReLU 升到 n_C = {c} 个通道（课程的例子是 28 x 28 x 192）。',
  'networks.size': 'n_H = n_W',
  'networks.waiting': '打开摄像头或照片，在画面上运行。',
  'networks.untrained':
    '这些过滤器是随机的（每次相同），不是训练得到的权重：形状和计算成本与真实模块相同，特征图并非学到的特征。',
  'networks.separable.title': '深度可分离卷积（MobileNet）',
  'networks.separable.explain':
    '普通卷积：n_C′ 个 f x f x n_C 过滤器（卷积核）。深度可分离卷积：每个输入通道一个 f x f 过滤器（逐深度），然后 n_C′ 个 1 x 1 x n_C 过滤器（逐点）。输出形状相同，乘法少得多。',
  'networks.separable.f': '过滤器大小 f',
  'networks.separable.filters': '过滤器个数 n_C′',
  'networks.separable.shape': '{h} x {w} x {c} -> {h} x {w} x {out}，f = {f}，same 填充',
  'networks.separable.normal': '普通卷积：{count} 次乘法',
  'networks.separable.depthwise': '逐深度 {dw} + 逐点 {pw} = {count} 次乘法',
  'networks.separable.ratio': '比值 {ratio} = 1/n_C′ + 1/f² = 1/{out} + 1/{f2}，约少 {fewer} 倍',
  'networks.separable.measured':
    '在本设备上实测（{backend}）：普通 {normal} ms，可分离 {separable} ms，快 {speedup} 倍（{samples} 帧的中位数）',
  'networks.separable.why':
    '实测加速比计数小：逐深度卷积每读一个值只做很少的运算，受限于内存而不是乘法。',
  'networks.separable.course':
    '课程：6 x 6 x 3，f = 3，5 个过滤器 -> 4 x 4 x 5：2160 对 432 + 240 = 672（比值 0.31）',
  'networks.inception.title': 'Inception 模块',
  'networks.inception.explain':
    '并行：1x1；1x1 后接 3x3；1x1 后接 5x5（都用 same 填充）；步长 1 的 3x3 最大池化后接 1x1；各输出沿通道堆叠。',
  'networks.inception.output': '输出 {h} x {w} x {c} = {a} + {b} + {d} + {e} 个通道',
  'networks.inception.without': '不用 1x1 瓶颈层：{count} 次乘法',
  'networks.inception.with': '使用瓶颈层（3x3 前 96 个，5x5 前 16 个）：{count} 次乘法',
  'networks.inception.rows': '各行：1x1、3x3、5x5 和池化分支，各自的前四个通道',
  'networks.oneByOne.title': '1x1 卷积作为瓶颈层',
  'networks.oneByOne.explain':
    '1x1 过滤器在每个像素上沿通道做点积：n_C′ 个这样的过滤器把 n_H x n_W x n_C 变成 n_H x n_W x n_C′。',
  'networks.oneByOne.direct': '28 x 28 x 192 -> 5x5 same，32 个过滤器：{count} 次乘法',
  'networks.oneByOne.bottleneck':
    '先用 1x1 降到 16 个通道：{reduce} + {conv} = {count} 次乘法（少 {fewer} 倍）',
  'networks.tables.title': '经典网络：形状和参数',
  'networks.tables.network': '网络',
  'networks.tables.lenet5': 'LeNet-5',
  'networks.tables.alexnet': 'AlexNet',
  'networks.tables.vgg16': 'VGG-16',
  'networks.tables.tinyYolo': 'Tiny YOLOv2（本应用，416 x 416）',
  'networks.tables.face68': '68 点特征点网络（本应用）',
  'networks.tables.layer': '层',
  'networks.tables.op': 'f, s, p',
  'networks.tables.shape': '输出',
  'networks.tables.parameters': '参数',
  'networks.tables.input': '输入',
  'networks.tables.total': '共 {count} 个参数',
  'networks.tables.course': '课程中约为 {count}',
  'networks.tables.fromWeights': '从权重文件读出：{count} 个权重',
  'networks.tables.loading': '正在读取权重文件…',
  'networks.summaryNone': '还没有画面。',
  'networks.summary.separable':
    '普通卷积 {normal} ms，深度可分离卷积 {separable} ms：快 {speedup} 倍；按计数乘法少 {fewer} 倍。',
  'networks.summary.inception': 'Inception 模块输出 {h} x {w} x {c}。',
  'networks.part.residual': '残差块（人脸编码器）',
  'networks.residual.title': '残差块，实时：人脸编码器的 ResNet',
  'networks.residual.explain':
    '人脸实验的编码器 f(x) 是一个 ResNet：14 个残差块，每个 a[l+2] = g(z[l+2] + a[l])，z[l+2] 来自两个卷积，跳跃连接把 a[l] 绕过它们送到后面。切断某个块的跳跃连接，它就计算 a[l+2] = g(z[l+2])：看看这对 f(x) 以及两张脸之间的距离 d 有什么影响。',
  'networks.residual.block': '显示的块',
  'networks.residual.cut': '切断跳跃连接',
  'networks.residual.down': '{name}（n_H、n_W 减半；跳跃连接经平均池化并用零通道填充）',
  'networks.residual.formula': 'a[l+2] = g(z[l+2] + a[l])',
  'networks.residual.formulaCut': 'a[l+2] = g(z[l+2])（跳跃连接已切断）',
  'networks.residual.a': 'a[l] {shape}',
  'networks.residual.z': 'z[l+2] {shape}',
  'networks.residual.out': 'a[l+2] {shape}',
  'networks.residual.noFace': '画面中没有人脸：编码器需要一张脸。',
  'networks.residual.shift':
    '‖f(x) − f_cut(x)‖ = {shift}：切断后这张脸的编码移动了多远（τ = {tau}）',
  'networks.residual.reference': '把这张脸作为参照',
  'networks.residual.noReference': '先取一张参照脸，再看同一个人（或另一个人）在切断前后的距离 d。',
  'networks.residual.dIntact': '完整网络：d = {d} → {verdict}',
  'networks.residual.dCut': '切断后：d = {d} → {verdict}',
  'networks.residual.accept': '同一个人（d ≤ τ = {tau}）',
  'networks.residual.reject': '不同的人（d > τ = {tau}）',
  'networks.summary.residual': '切断使编码移动 {shift}；切断后到参照的距离 d：{d}。',
  'networks.part.oneByOne': '1x1 卷积（MobileNetV3）',
  'networks.part.units': '神经元学到了什么',
  'networks.oneByOne.live.title': '真实的 1x1 卷积：点击画面',
  'networks.oneByOne.live.explain':
    'MobileNetV3 的 {layer}（COCO 检测器内部），整帧缩放到 224 x 224：一个从 n_C = {nC} 到 n_C′ = {nCPrime} 个通道的 1x1 卷积。点击画面选择像素；那里的每个输出 z_k 是沿通道的 {nC} 个数与第 k 个过滤器的点积，再加 b_k。',
  'networks.oneByOne.shape':
    '{h} x {w} x {nC} -> {h} x {w} x {nCPrime}：{count} 次乘法（{h} {w} {nCPrime} x {nC}）',
  'networks.oneByOne.cell': '像素（第 {row} 行，第 {col} 列），共 {h} x {w}；过滤器 k',
  'networks.oneByOne.kAuto': '这里 |z_k| 最大的',
  'networks.oneByOne.terms': '最大的几项 x_i w_ik：',
  'networks.oneByOne.term': '通道 {i}：{x} x {w} = {product}',
  'networks.oneByOne.sum':
    '对全部 {nC} 个通道求和 = {sum}；+ b_k（{b}）= z_k = {z}；网络给出 {zGraph}',
  'networks.oneByOne.course':
    '按课程的算法，用这一层的输入 {h} x {w} x {nC}：32 个 5x5 same 卷积需要 {direct}；先用这个 1x1 降到 {nCPrime} 个通道，{reduce} + {conv} = {total}。',
  'networks.units.title': '深度卷积网络在学什么？',
  'networks.units.explain':
    '在浅层和深层各选一个神经元（一个通道）。本次会话中使它激活最强的九个图像块会被保留，每块是该神经元看到的画面部分（它的感受野）。浅层神经元对小块中的边缘和颜色有响应；深层神经元对更大、更复杂的图案有响应。移动摄像头，让它们看到更多。',
  'networks.units.field':
    '感受野 {size} x {size} 像素（共 224），每 {jump} 像素一个神经元，共 {channels} 个',
  'networks.units.clear': '重新收集九块',
  'networks.units.kept': '已保留 {count} / 9',
  'networks.summary.oneByOne': '所选像素处的 1x1 卷积：z_{k} = {z}。',
  'networks.summary.units': '已保留的图像块：浅层神经元 {shallow} 块，深层神经元 {deep} 块。',
  'networks.tables.live': '第一个通道，实时',
  'networks.units.shallow': '浅层',
  'networks.units.deep': '深层',
  'networks.units.unit': '神经元（通道）',
};
