import { describe, expect, it } from 'vitest';
import { messagesZhCn } from './messages_zh_cn';
import { convolutionZhCn } from './zh_cn/convolution';
import { detectionZhCn } from './zh_cn/detection';
import { facesZhCn } from './zh_cn/faces';
import { networksZhCn } from './zh_cn/networks';
import { styleZhCn } from './zh_cn/style';
import { transferZhCn } from './zh_cn/transfer';
import { windowsZhCn } from './zh_cn/windows';

// The Chinese UI speaks the Chinese notes of the course (吴恩达深度学习课程笔记, fengdu78/deeplearning_ai_books):
// course 2 1.1 训练，验证，测试集 and 1.8 数据扩增 / 提早停止 (early stopping), 2.9 学习率衰减; course 3 1.3
// 查准率 / 查全率; course 4 1.2 过滤器, 1.6 三维卷积, 3.6 交并比, 4.2 One-Shot 学习 and its Similarity 函数 d,
// 4.3 Siamese 网络, 4.6 神经风格转换.

const all = (strings: Record<string, string>) => Object.values(strings).join('\n');
const occurrences = (text: string, term: string) => text.split(term).length - 1;

describe('Chinese strings: terms the notes do not use', () => {
  it.each([
    { wrong: /数据增强/, right: '数据扩增' },
    { wrong: /(?<!提)早停/, right: '提早停止' },
    { wrong: /(?<!（)风格迁移/, right: '神经风格转换（风格迁移 only as its gloss）' },
    { wrong: /精度/, right: '精确率 (precision) or 准确率 (accuracy)' },
    { wrong: /单样本/, right: 'One-Shot 学习' },
    { wrong: /孪生/, right: 'Siamese 网络' },
    { wrong: /相似度函数/, right: '相似性函数' },
  ])('no string matches $wrong (the notes: $right)', ({ wrong }) => {
    const hits = Object.entries(messagesZhCn).filter(([, text]) => wrong.test(text));
    expect(hits.map(([key]) => key)).toEqual([]);
  });
});

describe('Chinese strings: each lab names the course terms', () => {
  it('detection (with its sliding-windows mode) glosses 交并比 as 交叉比 exactly once', () => {
    const text = all({ ...detectionZhCn, ...windowsZhCn });
    expect(text).toContain('交并比（IoU，也称交叉比）');
    expect(occurrences(text, '交叉比')).toBe(1);
  });

  it('transfer: dev set glossed 验证集, precision and recall with their glosses, the notes’ terms', () => {
    const text = all(transferZhCn);
    for (const term of [
      '开发集（验证集）',
      '精确率（precision，查准率）',
      '召回率（recall，查全率）',
      '准确率',
      '数据扩增',
      '提早停止（early stopping）',
      '学习率衰减',
    ]) {
      expect(text, term).toContain(term);
    }
    expect(occurrences(text, '验证集')).toBe(1);
    expect(occurrences(text, '查准率')).toBe(1);
  });

  it.each([
    { lab: 'convolution', strings: convolutionZhCn },
    { lab: 'networks', strings: networksZhCn },
  ])('$lab: 过滤器 throughout, glossed 卷积核 once', ({ strings }) => {
    const text = all(strings);
    expect(occurrences(text, '过滤器（卷积核）')).toBe(1);
    expect(occurrences(text, '卷积核')).toBe(1);
  });

  it('convolution names the course’s 三维卷积 (convolutions over volumes)', () => {
    expect(convolutionZhCn['convolution.channels.rgbNote']).toContain('三维卷积');
  });

  it('style: 神经风格转换, glossed 风格迁移', () => {
    expect(styleZhCn['style.title']).toBe('神经风格转换（风格迁移）');
  });

  it('faces: One-Shot 学习, the 相似性函数 d, the Siamese 网络', () => {
    const explain = facesZhCn['faces.explain'];
    for (const term of ['One-Shot 学习', '相似性函数 d', 'Siamese 网络']) {
      expect(explain, term).toContain(term);
    }
  });
});
