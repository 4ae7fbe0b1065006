import { describe, expect, it } from 'vitest';
import type { LabContext } from '../../lab/lab_runtime.svelte';
import type { SampleView } from './sample_view';
import { TransferController } from './transfer_controller.svelte';
import type { TransferResult } from './transfer_result';

// The controller's logic without a page: no IndexedDB, no model, no frame loop.
const i18n = { t: (key: string, values?: object) => `${key} ${JSON.stringify(values ?? {})}` };
const noPicture = { frame: () => null };

function controller(result: TransferResult | null = null) {
  const lab = { i18n, source: noPicture } as unknown as LabContext;
  const transfer = new TransferController(lab);
  Object.defineProperty(transfer, 'result', { get: () => result });
  return transfer;
}

const prediction = (best: TransferResult['best']): TransferResult => ({
  frame: { width: 640, height: 480 },
  labels: ['cat', 'dog'],
  probabilities: best ? [best.probability, 1 - best.probability] : null,
  trainedAt: best ? '2026-12-04T00:00:00.000Z' : null,
  best,
});

describe('TransferController', () => {
  it('says so when there is no picture to capture', async () => {
    const transfer = controller();
    expect(transfer.status).toBeNull();
    await transfer.capture('cat');
    expect(transfer.status).toBe('transfer.noPicture {}');
    expect(transfer.project.samples).toEqual([]);
  });

  it('drops "no picture" once a picture goes live (the camera starts or a photo opens)', async () => {
    const source = { frame: () => null, epoch: 0 };
    const lab = { i18n, source } as unknown as LabContext;
    const transfer = new TransferController(lab);
    await transfer.capture('cat');
    expect(transfer.status).toBe('transfer.noPicture {}');
    source.epoch = 1;
    expect(transfer.status).toBeNull();
  });

  it.each([
    { result: null, summary: 'transfer.summaryNone {}' },
    { result: prediction(null), summary: 'transfer.summaryNone {}' },
    {
      result: prediction({ label: 'cat', probability: 0.875 }),
      summary: 'transfer.summary {"label":"cat","probability":"0.88"}',
    },
  ])('summarises $result.best as $summary', ({ result, summary }) => {
    expect(controller(result).summary()).toBe(summary);
  });

  it('shows dev-set pictures by sample id, null for a sample that has gone', () => {
    const transfer = controller();
    const samples = [
      { id: 'a', url: 'blob:a' },
      { id: 'b', url: 'blob:b' },
    ] as SampleView[];
    Object.defineProperty(transfer.project, 'samples', { get: () => samples });
    expect(transfer.devImages(['b', 'gone', 'a'])).toEqual(['blob:b', null, 'blob:a']);
  });

  it('names a new class by its number', async () => {
    const transfer = controller();
    await transfer.addClass();
    await transfer.addClass();
    expect(transfer.project.classes.map((c) => c.name)).toEqual([
      'transfer.classNew {"n":1}',
      'transfer.classNew {"n":2}',
    ]);
  });

  it('clears the status when an import is refused (the notice says why)', async () => {
    const transfer = controller();
    await transfer.capture('cat');
    await transfer.importProject([]);
    expect(transfer.status).toBeNull();
    expect(transfer.project.notice?.kind).toBe('import');
  });

  it('names the file an upload could not add, and goes on with the rest', async () => {
    const errors: string[] = [];
    const lab = {
      i18n,
      source: noPicture,
      onError: (e: unknown) => errors.push(e instanceof Error ? e.message : String(e)),
    } as unknown as LabContext;
    const transfer = new TransferController(lab);
    const notPictures = [
      new File(['not a picture'], 'notes.txt', { type: 'text/plain' }),
      new File([new Uint8Array([0xff, 0xd8, 0xff])], 'holiday 2.jpg', { type: 'image/jpeg' }),
    ];
    await transfer.upload('cat', notPictures);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^transfer\.uploadFailed \{"file":"notes\.txt","reason":".+"\}$/);
    expect(errors[1]).toContain('"file":"holiday 2.jpg"');
  });
});
