import { bareTimes, type BareTimesOptions } from './bare_timer';
import { modelEntry, type ModelId } from './catalogue';
import { loadGraphModelFromCatalogue } from './load_model';

/**
 * A catalogue graph model's bare times (bare_timer.ts) on the active backend, on an input of the
 * catalogue's shape (a batch of 1 where the graph takes any) and value range: loaded, timed,
 * disposed; a run over `options.maxRunMs` stops it (RunTooSlowError).
 */
export async function catalogueGraphBareMs(
  id: ModelId,
  runs: number,
  options: Pick<BareTimesOptions, 'warmups' | 'maxRunMs'> = {},
): Promise<number[]> {
  const entry = modelEntry(id);
  if (entry.format !== 'graph') throw new Error(`${id} is a weight manifest, not a graph model.`);
  const model = await loadGraphModelFromCatalogue(id);
  const shape = entry.input.shape.map((d) => (d < 0 ? 1 : d));
  try {
    return await bareTimes((x) => model.execute(x), shape, runs, {
      ...options,
      dtype: entry.input.dtype,
      range: entry.input.range,
    });
  } finally {
    model.dispose();
  }
}
