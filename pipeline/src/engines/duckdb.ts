/**
 * The DuckDB engine (@duckdb/node-api, an optional dependency). The batches
 * stream into an in-memory DuckDB table through its appender, so the
 * JavaScript heap never holds all rows; DuckDB spills to a temporary
 * directory when the table outgrows memory. The same spec becomes one
 * GROUP BY query. Sums are taken as HUGEINT, so they are exact.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as DuckDb from '@duckdb/node-api';
import { checkSpec, exactNumber, type AggregationSpec, type Engine, type GroupRow, type RecordBatch } from './spec.js';

export class EngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}

/** Loads @duckdb/node-api on demand, with a clear message when it is not installed. */
export async function loadDuckDb(): Promise<typeof DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    throw new EngineUnavailableError(
      `the duckdb engine needs the optional package @duckdb/node-api, which is not installed or does not load on this machine (${(error as Error).message.split('\n')[0]}). Install it with \`npm install @duckdb/node-api\`, or use the default engine (--engine arquero).`,
    );
  }
}

/** The spec as SQL: one GROUP BY over the table `records`. */
export function duckDbQuery(spec: AggregationSpec): string {
  const measures = spec.measures.map((measure) => {
    const column = measure.column ?? '';
    switch (measure.op) {
      case 'count':
        return `count(*) AS ${measure.as}`;
      case 'valid':
        return `count(${column}) AS ${measure.as}`;
      case 'sum':
        return `sum(CAST(${column} AS HUGEINT)) AS ${measure.as}`;
      case 'sumsq':
        return `sum(CAST(${column} AS HUGEINT) * CAST(${column} AS HUGEINT)) AS ${measure.as}`;
    }
  });
  return `SELECT ${[...spec.keys, ...measures].join(', ')} FROM records GROUP BY ${spec.keys.join(', ')}`;
}

/** DuckDB's vector size: a data chunk holds at most this many rows. */
const CHUNK = 2048;

export class DuckDbEngine implements Engine {
  readonly name = 'duckdb' as const;

  async aggregate(spec: AggregationSpec, batches: AsyncIterable<RecordBatch>): Promise<GroupRow[]> {
    checkSpec(spec);
    const duckdb = await loadDuckDb();
    const spill = await mkdtemp(join(tmpdir(), 'stroomop-duckdb-'));
    const instance = await duckdb.DuckDBInstance.create(':memory:', { temp_directory: spill });
    const connection = await instance.connect();
    try {
      const columns = [...spec.keys.map((key) => `${key} INTEGER`), ...spec.values.map((value) => `${value} DOUBLE`)];
      await connection.run(`CREATE TABLE records (${columns.join(', ')})`);
      const types = [...spec.keys.map(() => duckdb.INTEGER), ...spec.values.map(() => duckdb.DOUBLE)];
      const appender = await connection.createAppender('records');
      for await (const batch of batches) {
        for (let start = 0; start < batch.size; start += CHUNK) {
          const end = Math.min(batch.size, start + CHUNK);
          const chunk = duckdb.DuckDBDataChunk.create(types, end - start);
          const data: (number | null)[][] = [
            ...batch.keys.map((keys) => Array.from(keys.subarray(start, end))),
            ...batch.values.map((values) => {
              const out: (number | null)[] = new Array<number | null>(end - start);
              for (let row = start; row < end; row += 1) {
                const value = values[row]!;
                out[row - start] = Number.isNaN(value) ? null : value;
              }
              return out;
            }),
          ];
          chunk.setColumns(data);
          appender.appendDataChunk(chunk);
        }
      }
      appender.closeSync();
      const reader = await connection.runAndReadAll(duckDbQuery(spec));
      const groups: GroupRow[] = [];
      const keyCount = spec.keys.length;
      for (const row of reader.getRows()) {
        groups.push({
          keys: row.slice(0, keyCount).map((value) => Number(value)),
          measures: row.slice(keyCount).map((value, index) => exactNumber(value as bigint | number | null, `${spec.measures[index]!.as} of a group`)),
        });
      }
      return groups;
    } finally {
      connection.closeSync();
      instance.closeSync();
      await rm(spill, { recursive: true, force: true });
    }
  }
}
