import { afterEach, describe, expect, it, vi } from 'vitest';
import { LabSamples, sampleRecord } from './lab_samples.svelte';

const record = (id: string, classId = 'a') =>
  sampleRecord(id, classId, new Blob([id], { type: 'image/jpeg' }));

afterEach(() => vi.restoreAllMocks());

describe('LabSamples', () => {
  it('shows a stored sample once, by class', () => {
    const samples = new LabSamples();
    samples.add(record('1'));
    samples.add(record('1'));
    samples.add(record('2', 'b'));
    expect(samples.all.map((s) => s.id)).toEqual(['1', '2']);
    expect(samples.of('b').map((s) => s.id)).toEqual(['2']);
  });

  it('sync keeps the views of samples still stored, revokes and reports the others', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const dropped: string[][] = [];
    const samples = new LabSamples((ids) => dropped.push(ids));
    samples.add(record('1'));
    samples.add(record('2'));
    const [one, two] = samples.all;
    samples.sync([record('2'), record('3')]);
    expect(samples.all.map((s) => s.id)).toEqual(['2', '3']);
    expect(samples.all[0]).toBe(two);
    expect(revoke.mock.calls).toEqual([[one!.url]]);
    expect(dropped).toEqual([['1']]);
  });

  it('replace and clear revoke every picture shown before', () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const samples = new LabSamples();
    samples.add(record('1'));
    const url = samples.all[0]!.url;
    samples.replace([record('2')]);
    expect(revoke.mock.calls).toEqual([[url]]);
    expect(samples.all.map((s) => s.id)).toEqual(['2']);
    samples.clear();
    expect(samples.all).toEqual([]);
    expect(revoke).toHaveBeenCalledTimes(2);
  });
});
