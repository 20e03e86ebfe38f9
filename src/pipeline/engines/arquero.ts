/**
 * The default engine: arquero, plain JavaScript with no native dependency.
 * It gathers the batches into columns (typed arrays for the values), then
 * runs the spec as one groupby + rollup.
 */
import * as aq from 'arquero';
import { checkSpec, compareGroups, exactNumber, type AggregationSpec, type Engine, type GroupRow, type RecordBatch } from './spec.js';

/** What arquero's rollup takes: op objects or expression text. */
type RollupValue = ReturnType<typeof aq.op.count> | number | string;

/** The spec's measures as arquero rollup expressions. */
export function arqueroRollup(spec: AggregationSpec): Record<string, RollupValue> {
  const rollup: Record<string, RollupValue> = {};
  for (const measure of spec.measures) {
    const column = measure.column ?? '';
    switch (measure.op) {
      case 'count':
        rollup[measure.as] = aq.op.count();
        break;
      case 'valid':
        rollup[measure.as] = aq.op.valid(column);
        break;
      case 'sum':
        rollup[measure.as] = aq.op.sum(column);
        break;
      case 'sumsq':
        // Column names are checked identifiers, so the expression text is safe.
        rollup[measure.as] = `d => op.sum(d.${column} * d.${column})`;
        break;
    }
  }
  return rollup;
}

export class ArqueroEngine implements Engine {
  readonly name = 'arquero' as const;

  async aggregate(spec: AggregationSpec, batches: AsyncIterable<RecordBatch>): Promise<GroupRow[]> {
    checkSpec(spec);
    const keyColumns: (string | null)[][] = spec.keys.map(() => []);
    const valueParts: Float64Array[][] = spec.values.map(() => []);
    let rows = 0;
    for await (const batch of batches) {
      spec.keys.forEach((_, index) => {
        const target = keyColumns[index]!;
        const source = batch.keys[index]!;
        for (let row = 0; row < batch.size; row += 1) target.push(source[row] ?? null);
      });
      spec.values.forEach((_, index) => valueParts[index]!.push(batch.values[index]!.slice(0, batch.size)));
      rows += batch.size;
    }
    const columns: Record<string, unknown[] | Float64Array> = {};
    spec.keys.forEach((key, index) => (columns[key] = keyColumns[index]!));
    spec.values.forEach((name, index) => {
      const joined = new Float64Array(rows);
      let offset = 0;
      for (const part of valueParts[index]!) {
        joined.set(part, offset);
        offset += part.length;
      }
      valueParts[index] = [];
      columns[name] = joined;
    });
    if (rows === 0) return [];
    const result = aq.table(columns).groupby(spec.keys).rollup(arqueroRollup(spec));
    const keyArrays = spec.keys.map((key) => result.array(key) as ArrayLike<string | null | undefined>);
    const measureArrays = spec.measures.map((measure) => result.array(measure.as) as ArrayLike<number | undefined>);
    const groups: GroupRow[] = [];
    for (let row = 0; row < result.numRows(); row += 1) {
      groups.push({
        keys: keyArrays.map((array) => array[row] ?? null),
        measures: measureArrays.map((array, index) => exactNumber(array[row], `${spec.measures[index]!.as} of a group`)),
      });
    }
    return groups.sort(compareGroups);
  }
}
