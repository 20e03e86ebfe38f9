/**
 * The aggregation, defined once. A spec names the group keys and the
 * measures; each engine translates the same spec (arquero: groupby + rollup;
 * DuckDB: GROUP BY in SQL) and returns the same groups. Measures are integer
 * sums (the pipeline scales decimals to whole numbers first), so both engines
 * add exactly and give identical results whatever order they add in.
 */

/** `count`: rows in the group; `valid`: rows with a value; `sum`, `sumsq`: of the values present. */
export type MeasureOp = 'count' | 'valid' | 'sum' | 'sumsq';

export interface MeasureSpec {
  /** Output name: a plain identifier. */
  as: string;
  op: MeasureOp;
  /** The value column (not for count). */
  column?: string;
}

export interface AggregationSpec {
  /** Columns to group by. Their values are whole-number codes (the pipeline keeps the dictionary; -1 stands for no value). */
  keys: string[];
  /** Numeric columns (NaN: no value). Their values must be whole numbers. */
  values: string[];
  measures: MeasureSpec[];
}

/** A batch of normalised rows, column by column. */
export interface RecordBatch {
  size: number;
  /** One array of codes per key, in spec order. */
  keys: Int32Array[];
  /** One array per value column, in spec order; NaN where there is no value. */
  values: Float64Array[];
}

/** One group: its key codes and its measures, both in spec order. */
export interface GroupRow<Key = number> {
  keys: Key[];
  measures: number[];
}

export interface Engine {
  readonly name: EngineName;
  /** Consumes the batches and returns every group with its measures (in no particular order). */
  aggregate(spec: AggregationSpec, batches: AsyncIterable<RecordBatch>): Promise<GroupRow[]>;
}

export type EngineName = 'arquero' | 'duckdb';

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/** Refuses a spec whose names could break an engine's query text. */
export function checkSpec(spec: AggregationSpec): void {
  const names = [...spec.keys, ...spec.values, ...spec.measures.map((measure) => measure.as)];
  for (const name of names) if (!IDENTIFIER.test(name)) throw new Error(`aggregation spec: "${name}" is not a plain identifier`);
  if (new Set(names).size !== names.length) throw new Error('aggregation spec: names must be unique');
  for (const measure of spec.measures) {
    if (measure.op === 'count') continue;
    if (!measure.column || !spec.values.includes(measure.column)) throw new Error(`aggregation spec: measure ${measure.as} needs one of the value columns`);
  }
}

/** Turns key codes back into text (-1: null) and sorts the groups. */
export function decodeGroups(groups: GroupRow[], dictionaries: readonly (readonly string[])[]): GroupRow<string | null>[] {
  return groups
    .map((group) => ({ keys: group.keys.map((code, index) => (code < 0 ? null : dictionaries[index]![code]!)), measures: group.measures }))
    .sort(compareGroups);
}

/** Gives each distinct text of a key a code, in order of appearance. */
export class KeyDictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return -1;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** An engine's sums come back as numbers; beyond 2^53 a double cannot be exact, so both engines refuse alike. */
export function exactNumber(value: number | bigint | null | undefined, what: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`${what} exceeds 2^53 and cannot be added exactly: lower the indicator's precision`);
    return Number(value);
  }
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) throw new Error(`${what} exceeds 2^53 and cannot be added exactly: lower the indicator's precision`);
  return value;
}

/** Orders groups by their keys (null first), the same way whichever engine made them. */
export function compareGroups(a: GroupRow<string | null>, b: GroupRow<string | null>): number {
  for (let index = 0; index < a.keys.length; index += 1) {
    const x = a.keys[index] ?? null;
    const y = b.keys[index] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
