import type { classroomEn } from '../en/classroom';

/** 课堂工具：演示模式、快捷键、用手机加入。 */
export const classroomZhCn: Record<keyof typeof classroomEn, string> = {
  'presenter.toggle': '演示模式',
  'presenter.exit': '退出演示模式',
  'presenter.strip': '演示控制',
  'presenter.controls': '控制面板',
  'presenter.keys': '快捷键',
  'presenter.freeze': '定格',
  'presenter.unfreeze': '取消定格',
  'presenter.frozen': '已定格：按空格键恢复实时画面',
  'keys.title': '键盘快捷键',
  'keys.space': '空格键',
  'keys.esc': 'Esc 键',
  'keys.present': '开启或关闭演示模式',
  'keys.lab': '打开实验',
  'keys.freeze': '定格或恢复画面',
  'keys.step':
    '后退或前进一步：NMS 的每一轮（目标检测）、滑动求和（卷积，逐步演示）、一次梯度下降迭代（风格转换，只能前进）',
  'keys.fullscreen': '全屏',
  'keys.help': '显示这些快捷键',
  'keys.close': '关闭此列表或加入面板',
  'join.open': '用手机加入',
  'join.title': '用手机加入',
  'join.qrLabel': '下方地址的二维码',
  'join.otherAddress': '本机的其他网络：',
  'join.sameWifi': '用手机相机扫描二维码，或输入地址。手机必须与本机连接同一个 Wi-Fi。',
  'join.certificate':
    '第一次打开时，手机会提示连接不是私密连接（自签名证书）：点“高级”→“继续前往”（Chrome），或“显示详细信息”→“访问此网站”（Safari）。每学期只需确认一次。',
  'join.needsHttps':
    '手机只能通过 HTTPS 使用相机。请在本机运行“npm run classroom”，并打开它显示的地址；此面板随后会显示供手机使用的地址。',
  'join.close': '关闭',
};
