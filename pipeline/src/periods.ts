/**
 * Periods in the pipeline: CBS period codes (`2024JJ00`) to format periods
 * (`2024`), dates to the period that holds them, and the coarser periods a
 * period rolls up into (a month into its quarter, half year and year).
 */
import { parsePeriod, type PeriodKind } from 'stroomop-monitor-elements/format';
import type { CalendarDate } from './csv.js';

/** The period kinds that nest: every month lies in one quarter, one half year and one year. */
export type NestingKind = 'year' | 'half' | 'quarter' | 'month';
export const NESTING_KINDS: readonly NestingKind[] = ['year', 'half', 'quarter', 'month'];
const RANK: Record<NestingKind, number> = { year: 0, half: 1, quarter: 2, month: 3 };

export const isNestingKind = (kind: string): kind is NestingKind => kind in RANK;

const CBS_PERIOD = /^(\d{4})(JJ|HJ|KW|MM)(\d{2})$/;

/**
 * A CBS period code as the format writes it: `2024JJ00` → `2024`,
 * `2024HJ01` → `2024-H1`, `2024KW02` → `2024-Q2`, `2024MM10` → `2024-10`.
 * Other CBS codes (`2024X000` for multi-year periods, `2024G...`) give undefined.
 */
export function cbsPeriod(code: string): string | undefined {
  const match = CBS_PERIOD.exec(code.trim());
  if (!match) return undefined;
  const [, year, kind, number] = match;
  const index = Number(number);
  switch (kind) {
    case 'JJ':
      return index === 0 ? year : undefined;
    case 'HJ':
      return index >= 1 && index <= 2 ? `${year}-H${index}` : undefined;
    case 'KW':
      return index >= 1 && index <= 4 ? `${year}-Q${index}` : undefined;
    default:
      return index >= 1 && index <= 12 ? `${year}-${number}` : undefined;
  }
}

/**
 * Reads a period cell: a format period (`2024`, `2024-Q2`, `2024-11`, ...),
 * a CBS code (`2024KW02`), or a year with CBS's provisional marks (`2024*`,
 * `2024**`), returning the period and the mark.
 */
export function readPeriod(text: string): { period: string; mark?: '*' | '**' } | undefined {
  const trimmed = text.trim();
  const marked = /^(.*?)(\*{1,2})$/.exec(trimmed);
  const body = marked ? marked[1]!.trim() : trimmed;
  const mark = marked ? (marked[2] as '*' | '**') : undefined;
  const period = parsePeriod(body) ? body : cbsPeriod(body);
  if (!period) return undefined;
  return mark ? { period, mark } : { period };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The period of a kind that holds a date. */
export function periodOfDate(date: CalendarDate, kind: NestingKind): string {
  switch (kind) {
    case 'year':
      return String(date.year);
    case 'half':
      return `${date.year}-H${date.month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${date.year}-Q${Math.ceil(date.month / 3)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
  }
}

/** The kind of a period when it nests (year, half, quarter, month), else undefined. */
export function nestingKind(period: string): NestingKind | undefined {
  const kind: PeriodKind | undefined = parsePeriod(period)?.kind;
  return kind && isNestingKind(kind) ? kind : undefined;
}

/** The finest of the kinds. */
export function finestKind(kinds: readonly NestingKind[]): NestingKind {
  return kinds.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

/** True when periods of kind `coarse` are made of periods of kind `fine` (a year of quarters). */
export function isCoarser(coarse: NestingKind, fine: NestingKind): boolean {
  return RANK[coarse] < RANK[fine];
}

/**
 * The period of kind `kind` that holds `period`, or undefined when `period`
 * is coarser than `kind` (a year does not lie in one quarter) or does not nest.
 */
export function containingPeriod(period: string, kind: NestingKind): string | undefined {
  const parsed = parsePeriod(period);
  if (!parsed || !isNestingKind(parsed.kind) || RANK[parsed.kind] < RANK[kind]) return undefined;
  if (parsed.kind === kind) return period;
  return periodOfDate({ year: parsed.year, month: parsed.month, day: 1 }, kind);
}
