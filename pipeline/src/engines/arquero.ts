/**
 * The default engine: arquero, plain JavaScript with no native dependency.
 * It gathers the batches into typed-array columns (key codes and values),
 * then runs the spec as one groupby + rollup.
 */
import * as aq from 'arquero';
import { checkSpec, exactNumber, type AggregationSpec, type Engine, type GroupRow, type RecordBatch } from './spec.js';

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
    const parts: { keys: Int32Array[]; values: Float64Array[] }[] = [];
    let rows = 0;
    for await (const batch of batches) {
      parts.push({ keys: batch.keys.map((column) => column.slice(0, batch.size)), values: batch.values.map((column) => column.slice(0, batch.size)) });
      rows += batch.size;
    }
    if (rows === 0) return [];
    const join = <T extends Int32Array | Float64Array>(make: (size: number) => T, pick: (part: (typeof parts)[number]) => T): T => {
      const joined = make(rows);
      let offset = 0;
      for (const part of parts) {
        const column = pick(part);
        joined.set(column, offset);
        offset += column.length;
      }
      return joined;
    };
    const columns: Record<string, Int32Array | Float64Array> = {};
    spec.keys.forEach((key, index) => (columns[key] = join((size) => new Int32Array(size), (part) => part.keys[index]!)));
    spec.values.forEach((name, index) => (columns[name] = join((size) => new Float64Array(size), (part) => part.values[index]!)));
    parts.length = 0;
    const result = aq.table(columns).groupby(spec.keys).rollup(arqueroRollup(spec));
    const keyArrays = spec.keys.map((key) => result.array(key) as ArrayLike<number>);
    const measureArrays = spec.measures.map((measure) => result.array(measure.as) as ArrayLike<number | undefined>);
    const groups: GroupRow[] = [];
    for (let row = 0; row < result.numRows(); row += 1) {
      groups.push({
        keys: keyArrays.map((array) => array[row]!),
        measures: measureArrays.map((array, index) => exactNumber(array[row], `${spec.measures[index]!.as} of a group`)),
      });
    }
    return groups;
  }
}
