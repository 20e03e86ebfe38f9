/**
 * Cells: one figure of one indicator for one area, period and breakdown,
 * before it becomes an observation. Cells hold additive statistics (counts
 * and sums), so a parent area, a coarser period or a breakdown total is the
 * sum of its parts; the same sums tell which published figures add up to
 * which, the relations that complementary suppression protects.
 */
import type { Text } from 'stroomop-monitor-elements/format';
import type { ObservationStatus } from './mapping.js';
import { containingPeriod, isCoarser, nestingKind, type NestingKind } from './periods.js';

/** Additive statistics of a cell. Their meaning depends on the indicator's measure (see observe.ts). */
export interface Stats {
  /** The protected count: records, respondents, or the denominator of a proportion. */
  n: number;
  sum: number;
  sumsq: number;
  den: number;
}

/** A figure given as is (an aggregated table's value column, a CBS value): it cannot be summed. */
export interface GivenValue {
  value: number | null;
  n?: number;
  sd?: number;
  ci?: { lower: number; upper: number };
}

export type Breakdown = Record<string, string>;

export interface Cell {
  key: string;
  indicator: string;
  area: string;
  period: string;
  breakdown?: Breakdown;
  stats?: Stats;
  given?: GivenValue;
  /** A status from the input (CBS symbols, a status column). */
  status?: ObservationStatus;
  statusReason?: Text;
  origin: 'input' | 'rollup';
  /** Set by the privacy step. */
  suppressed?: 'primary' | 'complementary';
}

export const emptyStats = (): Stats => ({ n: 0, sum: 0, sumsq: 0, den: 0 });

export function breakdownKey(breakdown: Breakdown | undefined): string {
  if (!breakdown) return '';
  return Object.keys(breakdown)
    .sort()
    .map((dimension) => `${dimension}=${breakdown[dimension]!}`)
    .join('&');
}

export function cellKey(indicator: string, area: string, period: string, breakdown?: Breakdown): string {
  return `${indicator}\u0001${area}\u0001${period}\u0001${breakdownKey(breakdown)}`;
}

export class CellTable {
  readonly cells = new Map<string, Cell>();

  get(indicator: string, area: string, period: string, breakdown?: Breakdown): Cell | undefined {
    return this.cells.get(cellKey(indicator, area, period, breakdown));
  }

  /** Adds statistics to a cell, creating it when new. */
  add(indicator: string, area: string, period: string, breakdown: Breakdown | undefined, stats: Stats, origin: Cell['origin']): Cell {
    const key = cellKey(indicator, area, period, breakdown);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { key, indicator, area, period, ...(breakdown ? { breakdown } : {}), stats: emptyStats(), origin };
      this.cells.set(key, cell);
    }
    const target = (cell.stats ??= emptyStats());
    target.n += stats.n;
    target.sum += stats.sum;
    target.sumsq += stats.sumsq;
    target.den += stats.den;
    return cell;
  }

  /** Puts a cell as given; returns false when that cell already exists. */
  put(cell: Omit<Cell, 'key'>): boolean {
    const key = cellKey(cell.indicator, cell.area, cell.period, cell.breakdown);
    if (this.cells.has(key)) return false;
    this.cells.set(key, { ...cell, key });
    return true;
  }

  values(): Cell[] {
    return [...this.cells.values()];
  }
}

/** A published total and the published cells that add up to it. */
export interface Relation {
  kind: 'area' | 'breakdown' | 'period';
  total: Cell;
  parts: Cell[];
}

const group = <T>(items: T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/**
 * Every relation among the cells: a parent area and its child areas, a total
 * and the categories of one breakdown dimension, a coarser period and the
 * finer periods in it. Relations are taken as exact sums even where the parts
 * may not cover the whole (records without a team, say): that errs on the
 * side of suppressing more.
 */
export function findRelations(cells: Cell[], parentOf: (area: string) => string | undefined): Relation[] {
  const relations: Relation[] = [];
  // Areas: same indicator, period, breakdown.
  for (const members of group(cells, (cell) => `${cell.indicator}\u0001${cell.period}\u0001${breakdownKey(cell.breakdown)}`).values()) {
    const byArea = new Map(members.map((cell) => [cell.area, cell]));
    const children = new Map<string, Cell[]>();
    for (const cell of members) {
      const parent = parentOf(cell.area);
      if (parent === undefined || !byArea.has(parent)) continue;
      const list = children.get(parent);
      if (list) list.push(cell);
      else children.set(parent, [cell]);
    }
    for (const [parent, parts] of children) relations.push({ kind: 'area', total: byArea.get(parent)!, parts });
  }
  // Breakdowns: same indicator, area, period; for each dimension of a cell, the cell without it is the total.
  for (const members of group(cells, (cell) => `${cell.indicator}\u0001${cell.area}\u0001${cell.period}`).values()) {
    const byKey = new Map(members.map((cell) => [breakdownKey(cell.breakdown), cell]));
    const parts = new Map<string, { total: Cell; parts: Cell[] }>();
    for (const cell of members) {
      if (!cell.breakdown) continue;
      for (const dimension of Object.keys(cell.breakdown)) {
        const rest: Breakdown = Object.fromEntries(Object.entries(cell.breakdown).filter(([other]) => other !== dimension));
        const totalKey = breakdownKey(Object.keys(rest).length ? rest : undefined);
        const total = byKey.get(totalKey);
        if (!total) continue;
        const relationKey = `${totalKey}\u0001${dimension}`;
        const entry = parts.get(relationKey);
        if (entry) entry.parts.push(cell);
        else parts.set(relationKey, { total, parts: [cell] });
      }
    }
    for (const entry of parts.values()) relations.push({ kind: 'breakdown', ...entry });
  }
  // Periods: same indicator, area, breakdown; a coarser period is the sum of the finer ones of each kind in it.
  for (const members of group(cells, (cell) => `${cell.indicator}\u0001${cell.area}\u0001${breakdownKey(cell.breakdown)}`).values()) {
    const kinds = new Map<NestingKind, Cell[]>();
    for (const cell of members) {
      const kind = nestingKind(cell.period);
      if (!kind) continue;
      const list = kinds.get(kind);
      if (list) list.push(cell);
      else kinds.set(kind, [cell]);
    }
    if (kinds.size < 2) continue;
    for (const [coarse, totals] of kinds) {
      for (const [fine, candidates] of kinds) {
        if (!isCoarser(coarse, fine)) continue;
        const byTotal = group(candidates, (cell) => containingPeriod(cell.period, coarse) ?? '');
        for (const total of totals) {
          const parts = byTotal.get(total.period);
          if (parts?.length) relations.push({ kind: 'period', total, parts });
        }
      }
    }
  }
  return relations;
}
