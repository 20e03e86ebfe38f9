/** The engines by name. DuckDB's module loads only when that engine is chosen. */
import { ArqueroEngine } from './arquero.js';
import type { Engine, EngineName } from './spec.js';

export const ENGINES: readonly EngineName[] = ['arquero', 'duckdb'];

export async function createEngine(name: EngineName = 'arquero'): Promise<Engine> {
  if (name === 'duckdb') {
    const { DuckDbEngine, loadDuckDb } = await import('./duckdb.js');
    // Fail early, before reading any rows, when the package is missing.
    await loadDuckDb();
    return new DuckDbEngine();
  }
  return new ArqueroEngine();
}

export type { Engine, EngineName, AggregationSpec, GroupRow, RecordBatch, MeasureSpec } from './spec.js';
