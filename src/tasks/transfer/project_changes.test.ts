import { describe, expect, it } from 'vitest';
import type { TransferProjectRecord } from '../../core/store/transfer_records';
import {
  maxClasses,
  minClasses,
  withClass,
  withClassRenamed,
  withoutClass,
} from './project_changes';

const project = (n: number, headOn: string[] | null = null): TransferProjectRecord => ({
  id: 'p',
  name: 'project',
  classes: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Class ${i + 1}` })),
  options: {},
  head:
    headOn &&
    ({
      classIds: headOn,
      weights: { kernel: [], bias: [] },
      trainedAt: 't',
    } as unknown as TransferProjectRecord['head']),
  updatedAt: 'u',
});
const ids = (p: TransferProjectRecord) => p.classes.map((c) => c.id);

describe('project changes', () => {
  it.each([
    [minClasses, minClasses + 1],
    [maxClasses - 1, maxClasses],
    [maxClasses, maxClasses],
  ])('adding a class to %i classes gives %i', (n, after) => {
    const added = withClass(project(n), { id: 'new', name: 'New' });
    expect(added.classes).toHaveLength(after);
    expect(ids(added).includes('new')).toBe(after > n);
  });

  it('renames only the class named', () => {
    const renamed = withClassRenamed(project(3), 'c1', 'cats');
    expect(renamed.classes.map((c) => c.name)).toEqual(['Class 1', 'cats', 'Class 3']);
  });

  it.each([
    ['keeps two classes', 2, ['c0'], ['c0', 'c1'], true],
    ['drops the class and the head trained with it', 3, ['c0', 'c1'], ['c0', 'c2'], false],
    ['drops the class and keeps a head trained without it', 3, ['c0', 'c2'], ['c0', 'c2'], true],
  ])('deleting c1 %s', (_, n, headOn, left, headKept) => {
    const p = project(n, headOn);
    const deleted = withoutClass(p, 'c1');
    expect(ids(deleted)).toEqual(left);
    expect(deleted.head === p.head).toBe(headKept);
  });
});
