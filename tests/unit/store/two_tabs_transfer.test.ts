import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseEverything } from '../../../src/core/store/erase_everything';
import { StoreChannel } from '../../../src/core/store/store_channel';
import { TransferLab } from '../../../src/tasks/transfer/transfer_lab.svelte';

// Two "tabs" are two TransferLab instances on one (fake) IndexedDB, as two tabs of one origin are.

const defaultNames: [string, string] = ['A', 'B'];
const names = (lab: TransferLab) => lab.classes.map((c) => c.name);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('Transfer lab in two tabs', () => {
  const open: TransferLab[] = [];
  /** A tab; a deaf one hears nothing from the others (as if it missed their messages). */
  const tab = async (deaf = false) => {
    const lab = new TransferLab(undefined, deaf ? new StoreChannel(null) : undefined);
    open.push(lab);
    await lab.open(defaultNames);
    return lab;
  };
  afterEach(() => open.splice(0).forEach((lab) => lab.dispose()));

  it('a class added in one tab survives a rename in a stale tab', async () => {
    const a = await tab();
    const b = await tab();
    await a.addClass('C');
    await b.renameClass(b.classes[0]!.id, 'X');
    expect((await tab()).classes.map((c) => c.name)).toEqual(['X', 'B', 'C']);
  });

  it('deleting a class in a stale tab deletes the samples another tab captured of it', async () => {
    const a = await tab();
    await a.addClass('C');
    const b = await tab(true);
    const c = a.classes[2]!.id;
    await a.addSample(c, new Blob(['jpeg']));
    expect(b.samplesOf(c)).toEqual([]);
    await b.deleteClass(c);
    const reloaded = await tab();
    expect(names(reloaded)).toEqual(['A', 'B']);
    expect(reloaded.samples).toEqual([]);
  });

  it('a tab open during an erase in another saves again afterwards, without the raw error', async () => {
    const a = await tab();
    await a.addClass('C');
    await eraseEverything();
    await a.addClass('D');
    expect(a.notice).toBeNull();
    expect(names(await tab())).toContain('D');
  });

  it('a reload that races a capture in the same tab keeps the new sample', async () => {
    const a = await tab();
    const classId = a.classes[0]!.id;
    await eraseEverything();
    const reloading = a.open(defaultNames); // as on hearing another tab's erase
    await a.addSample(classId, new Blob(['jpeg']));
    await reloading;
    expect(a.samples).toHaveLength(1);
    expect((await tab()).samples).toHaveLength(1);
  });

  it('a tab hears another tab\u2019s changes and erase', async () => {
    const a = await tab();
    const b = await tab();
    await a.addClass('C');
    await vi.waitFor(() => expect(names(b)).toEqual(['A', 'B', 'C']));
    const before = b.classes.map((c) => c.id);
    await a.eraseAll(defaultNames);
    await vi.waitFor(() => expect(b.classes.map((c) => c.id)).toEqual(a.classes.map((c) => c.id)));
    expect(names(b)).toEqual(['A', 'B']);
    expect(b.classes.map((c) => c.id)).not.toEqual(before);
    await b.renameClass(b.classes[1]!.id, 'Y');
    expect(b.notice).toBeNull();
    expect(names(await tab())).toEqual(['A', 'Y']);
  });
});

describe('Transfer lab: default class names follow the UI language', () => {
  it('renames the classes still called by a default name, keeps the others, and stores it', async () => {
    const english = new TransferLab();
    await english.open(['Class 1', 'Class 2']);
    await english.addClass('fruit');
    await english.addClass('Class 4');
    english.dispose();
    const chinese = new TransferLab();
    await chinese.open(['类别 1', '类别 2']);
    await chinese.localiseNames((name) =>
      /^Class \d+$/.test(name) ? name.replace('Class', '类别') : null,
    );
    expect(names(chinese)).toEqual(['类别 1', '类别 2', 'fruit', '类别 4']);
    chinese.dispose();
    const reloaded = new TransferLab();
    await reloaded.open(['A', 'B']);
    expect(names(reloaded)).toEqual(['类别 1', '类别 2', 'fruit', '类别 4']);
    reloaded.dispose();
  });
});
