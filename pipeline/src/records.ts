/**
 * Record-level input: one row per care trajectory or questionnaire. Each row
 * is checked and normalised (area code, period, breakdown categories, and per
 * indicator a yes/no flag, a score or a numerator and denominator, scaled to
 * whole numbers) into column batches for an engine, or rejected with its line
 * number and the reason. The aggregation spec follows from the mapping.
 */
import type { LocalizedMessage } from 'stroomop-monitor-elements/format';
import { cleanCell, parseDate, parseNumber, type CsvRecord } from './csv.js';
import { KeyDictionary, type AggregationSpec, type MeasureSpec, type RecordBatch } from './engines/spec.js';
import { granularities, type BreakdownMapping, type Mapping } from './mapping.js';
import { planIndicator, type IndicatorPlan } from './observe.js';
import { containingPeriod, finestKind, periodOfDate, readPeriod, type NestingKind } from './periods.js';

export const DEFAULT_TRUE = ['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x'];
export const DEFAULT_FALSE = ['nee', 'n', 'no', 'false', 'onwaar', '0'];

export interface Rejection {
  file: string;
  line: number;
  reason: LocalizedMessage;
  column?: string;
  value?: string;
}

/** Where an indicator's statistics sit among the spec's measures. */
export interface IndicatorSlots {
  plan: IndicatorPlan;
  n: number;
  sum?: number;
  sumsq?: number;
  den?: number;
}

export interface RecordPlan {
  spec: AggregationSpec;
  /** Index of the rows count among the measures. */
  rows: number;
  indicators: IndicatorSlots[];
  breakdowns: BreakdownMapping[];
  /** The publishing kinds (finest included) when periods roll up; undefined: publish each period as read. */
  granularity: NestingKind[] | undefined;
  /** The text behind each key's codes, one dictionary per key. */
  dictionaries: KeyDictionary[];
}

/** The aggregation spec for a record-level mapping: keys area, period, one per breakdown; measures per indicator. */
export function planRecords(mapping: Mapping): RecordPlan {
  const breakdowns = mapping.breakdowns ?? [];
  const keys = ['area', 'period', ...breakdowns.map((_, index) => `b${index}`)];
  const values: string[] = [];
  const measures: MeasureSpec[] = [{ as: 'rows', op: 'count' }];
  const add = (op: MeasureSpec['op'], column?: string): number => {
    measures.push({ as: `m${measures.length}`, op, ...(column ? { column } : {}) });
    return measures.length - 1;
  };
  const indicators: IndicatorSlots[] = mapping.indicators.map((indicator, index) => {
    const plan = planIndicator(indicator, 'records');
    const column = `v${index}`;
    switch (plan.measure) {
      case 'proportion':
        values.push(column);
        return { plan, n: add('valid', column), sum: add('sum', column) };
      case 'mean':
        values.push(column);
        return { plan, n: add('valid', column), sum: add('sum', column), sumsq: add('sumsq', column) };
      case 'count':
        if (!indicator.column && !indicator.where) return { plan, n: 0 };
        values.push(column);
        return { plan, n: add('valid', column) };
      case 'rate': {
        const den = `w${index}`;
        values.push(column, den);
        return { plan, n: add('valid', column), sum: add('sum', column), den: add('sum', den) };
      }
    }
  });
  const granularity = granularities(mapping);
  return { spec: { keys, values, measures }, rows: 0, indicators, breakdowns, granularity, dictionaries: keys.map(() => new KeyDictionary()) };
}

const message = (nl: string, en: string): LocalizedMessage => ({ nl, en });

/** Finds a column by its header name: exactly, then ignoring case and surrounding spaces. */
export function columnIndex(header: string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  const wanted = name.trim().toLowerCase();
  return header.findIndex((column) => column.trim().toLowerCase() === wanted);
}

/** Looks columns up in a header by name, remembering the names it did not find (for MissingColumnsError). */
export function columnFinder(header: string[]): { find: (name: string | undefined) => number; missing: string[] } {
  const missing: string[] = [];
  const find = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const index = columnIndex(header, name);
    if (index === -1 && !missing.includes(name)) missing.push(name);
    return index;
  };
  return { find, missing };
}

export class MissingColumnsError extends Error {
  constructor(
    readonly file: string,
    readonly missing: string[],
    readonly header: string[],
  ) {
    super(`${file}: the header has no column ${missing.map((name) => `"${name}"`).join(', ')}; it has ${header.map((name) => `"${name}"`).join(', ')}`);
    this.name = 'MissingColumnsError';
  }
}

/** A set of accepted spellings, lowercased; `inSet` tries the value as written first, which spares a lowercase copy per cell. */
const lookup = (values: readonly string[]) => new Set(values.map((value) => value.trim().toLowerCase()));
const inSet = (set: Set<string>, value: string) => set.has(value) || set.has(value.toLowerCase());

export interface AreaResolver {
  /** The area code for a cell value, or undefined when unknown. */
  resolve(value: string): string | undefined;
}

export function areaResolver(mapping: Mapping, known: (code: string) => boolean): AreaResolver {
  const recode = new Map<string, string>();
  for (const [from, to] of Object.entries(mapping.areaValues ?? {})) {
    recode.set(from, to);
    recode.set(from.trim().toLowerCase(), to);
  }
  const cache = new Map<string, string | undefined>();
  return {
    resolve(value) {
      if (cache.has(value)) return cache.get(value);
      const code = recode.get(value) ?? recode.get(value.toLowerCase()) ?? value;
      const result = known(code) ? code : undefined;
      cache.set(value, result);
      return result;
    },
  };
}

interface ValueReader {
  plan: IndicatorPlan;
  column: number;
  den: number;
  where?: { column: number; values: Set<string> };
  trueValues: Set<string>;
  falseValues: Set<string>;
  columnName: string;
  denName: string;
}

/**
 * Makes the row normaliser for one file: it resolves the columns against the
 * header (throwing MissingColumnsError), then turns each record into one row
 * of the batch or a rejection.
 */
export function recordNormaliser(mapping: Mapping, plan: RecordPlan, header: string[], file: string, areas: AreaResolver, decimal: ',' | '.') {
  const { find, missing } = columnFinder(header);
  const areaColumn = find(mapping.columns.area);
  const periodColumn = mapping.columns.date ? find(mapping.columns.date) : find(mapping.columns.period);
  const fromDate = !!mapping.columns.date;
  const dateFormat = mapping.period?.dateFormat ?? 'auto';
  const granularity = plan.granularity;
  const leafKind = granularity ? finestKind(granularity) : undefined;
  const breakdowns = plan.breakdowns.map((breakdown) => {
    const categories = new Map<string, string>();
    for (const category of breakdown.categories) {
      const spellings = category.values ?? [category.id, ...(typeof category.name === 'string' ? [category.name] : [category.name.nl, ...(category.name.en ? [category.name.en] : [])])];
      for (const spelling of spellings) categories.set(spelling.trim().toLowerCase(), category.id);
    }
    const totals = lookup(breakdown.total ?? []);
    return { breakdown, column: find(breakdown.column), categories, totals };
  });
  const readers: ValueReader[] = plan.indicators.map(({ plan: indicatorPlan }) => {
    const indicator = indicatorPlan.mapping;
    const columnName = indicatorPlan.measure === 'rate' ? indicator.numerator! : (indicator.column ?? '');
    return {
      plan: indicatorPlan,
      column: columnName ? find(columnName) : -1,
      den: indicatorPlan.measure === 'rate' ? find(indicator.denominator) : -1,
      ...(indicator.where ? { where: { column: find(indicator.where.column), values: lookup(indicator.where.values) } } : {}),
      trueValues: lookup(indicator.true ?? DEFAULT_TRUE),
      falseValues: lookup(indicator.false ?? DEFAULT_FALSE),
      columnName,
      denName: indicator.denominator ?? '',
    };
  });
  if (missing.length) throw new MissingColumnsError(file, missing, header);

  const periodCache = new Map<string, string | LocalizedMessage>();
  const readPeriodCell = (raw: string): string | LocalizedMessage => {
    const cached = periodCache.get(raw);
    if (cached !== undefined) return cached;
    let result: string | LocalizedMessage;
    if (fromDate) {
      const date = parseDate(raw, dateFormat);
      result = date ? periodOfDate(date, leafKind!) : message(`geen geldige datum: "${raw}" (verwacht bijvoorbeeld 15-03-2024)`, `not a valid date: "${raw}" (expected for example 15-03-2024)`);
    } else {
      const period = readPeriod(raw)?.period;
      if (!period) result = message(`geen geldige periode: "${raw}" (verwacht bijvoorbeeld 2024, 2024-Q2, 2024-11 of 2024KW02)`, `not a valid period: "${raw}" (expected for example 2024, 2024-Q2, 2024-11 or 2024KW02)`);
      else if (leafKind && !containingPeriod(period, leafKind)) result = message(`de periode "${raw}" is grover dan de gevraagde indeling (${leafKind})`, `the period "${raw}" is coarser than the requested granularity (${leafKind})`);
      else result = leafKind ? containingPeriod(period, leafKind)! : period;
    }
    periodCache.set(raw, result);
    return result;
  };
  const numberCache = new Map<string, number | undefined>();
  const readNumber = (raw: string) => {
    if (numberCache.has(raw)) return numberCache.get(raw);
    const value = parseNumber(raw, decimal);
    if (numberCache.size < 100_000) numberCache.set(raw, value);
    return value;
  };
  const headerLength = header.length;
  const dictionaries = plan.dictionaries;
  const plainCount = readers.some((reader) => reader.plan.measure === 'count' && reader.column === -1 && !reader.where);
  const roundings = { count: 0 };

  /** Fills row `row` of the batch from the record, or returns why it is rejected. */
  let current: CsvRecord = { line: 0, fields: [] };
  const reject = (reason: LocalizedMessage, column?: string, value?: string): Rejection => ({
    file,
    line: current.line,
    reason,
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value: value.length > 40 ? `${value.slice(0, 37)}...` : value }),
  });

  /** Fills row `row` of the batch from the record, or returns why it is rejected. */
  function normalise(record: CsvRecord, batch: RecordBatch, row: number): Rejection | undefined {
    current = record;
    const fields = record.fields;
    if (fields.length !== headerLength && !(fields.length > headerLength && fields.slice(headerLength).every((field) => field.trim() === '')))
      return reject(
        message(`${fields.length} velden, de kopregel heeft er ${headerLength} (een ; in tekst zonder aanhalingstekens?)`, `${fields.length} fields, the header has ${headerLength} (a separator inside unquoted text?)`),
      );
    const rawArea = cleanCell(fields[areaColumn]);
    if (!rawArea) return reject(message('het gebied ontbreekt', 'the area is missing'), mapping.columns.area, rawArea);
    const area = areas.resolve(rawArea);
    if (!area) return reject(message(`onbekend gebied "${rawArea}": voeg het toe aan areas of areaValues in het mappingbestand`, `unknown area "${rawArea}": add it to areas or areaValues in the mapping file`), mapping.columns.area, rawArea);
    const rawPeriod = cleanCell(fields[periodColumn]);
    const periodName = (fromDate ? mapping.columns.date : mapping.columns.period) ?? '';
    if (!rawPeriod) return reject(message(fromDate ? 'de datum ontbreekt' : 'de periode ontbreekt', fromDate ? 'the date is missing' : 'the period is missing'), periodName, rawPeriod);
    const period = readPeriodCell(rawPeriod);
    if (typeof period !== 'string') return reject(period, periodName, rawPeriod);
    batch.keys[0]![row] = dictionaries[0]!.code(area);
    batch.keys[1]![row] = dictionaries[1]!.code(period);
    for (let index = 0; index < breakdowns.length; index += 1) {
      const { breakdown, column, categories, totals } = breakdowns[index]!;
      const raw = cleanCell(fields[column]);
      if (!raw || inSet(totals, raw)) {
        batch.keys[2 + index]![row] = -1;
        continue;
      }
      const category = categories.get(raw) ?? categories.get(raw.toLowerCase());
      if (category === undefined)
        return reject(message(`onbekende categorie "${raw}" van ${breakdown.id}: voeg de schrijfwijze toe aan categories[].values`, `unknown category "${raw}" of ${breakdown.id}: add the spelling to categories[].values`), breakdown.column, raw);
      batch.keys[2 + index]![row] = dictionaries[2 + index]!.code(category);
    }
    let slot = 0;
    let counted = plainCount;
    for (const reader of readers) {
      const { plan: indicatorPlan } = reader;
      const measure = indicatorPlan.measure;
      if (measure === 'count' && reader.column === -1 && !reader.where) continue;
      const values = batch.values[slot]!;
      const excluded = reader.where !== undefined && !inSet(reader.where.values, cleanCell(fields[reader.where.column]));
      if (measure === 'proportion' || (measure === 'count' && reader.column !== -1)) {
        const raw = cleanCell(fields[reader.column]);
        let flag = NaN;
        if (inSet(reader.trueValues, raw)) flag = 1;
        else if (inSet(reader.falseValues, raw)) flag = 0;
        else if (raw) return reject(message(`"${raw}" is geen ja of nee (${indicatorPlan.id})`, `"${raw}" is not yes or no (${indicatorPlan.id})`), reader.columnName, raw);
        values[row] = excluded ? NaN : measure === 'count' ? (flag === 1 ? 1 : NaN) : flag;
        if (!excluded && !Number.isNaN(flag)) counted = true;
        slot += 1;
        continue;
      }
      if (measure === 'count') {
        values[row] = excluded ? NaN : 1;
        if (!excluded) counted = true;
        slot += 1;
        continue;
      }
      const raw = cleanCell(fields[reader.column]);
      let value = NaN;
      if (raw) {
        const parsed = readNumber(raw);
        if (parsed === undefined) return reject(message(`"${raw}" is geen getal (${indicatorPlan.id}; dit bestand gebruikt de decimale ${decimal === ',' ? 'komma' : 'punt'})`, `"${raw}" is not a number (${indicatorPlan.id}; this file uses the decimal ${decimal === ',' ? 'comma' : 'point'})`), reader.columnName, raw);
        const scale = indicatorPlan.mapping.scale;
        if (measure === 'mean' && scale && (parsed < scale.min || parsed > scale.max))
          return reject(message(`${raw} ligt buiten de schaal ${scale.min}–${scale.max} (${indicatorPlan.id})`, `${raw} is outside the scale ${scale.min}–${scale.max} (${indicatorPlan.id})`), reader.columnName, raw);
        if (measure === 'rate' && parsed < 0) return reject(message(`${raw} is negatief (${indicatorPlan.id})`, `${raw} is negative (${indicatorPlan.id})`), reader.columnName, raw);
        value = Math.round(parsed * indicatorPlan.scale);
        if (Math.abs(value - parsed * indicatorPlan.scale) > 1e-6) roundings.count += 1;
      }
      if (measure === 'mean') {
        values[row] = excluded ? NaN : value;
        if (!excluded && !Number.isNaN(value)) counted = true;
        slot += 1;
        continue;
      }
      // rate: numerator and denominator count only together.
      const rawDen = cleanCell(fields[reader.den]);
      let den = NaN;
      if (rawDen) {
        const parsed = readNumber(rawDen);
        if (parsed === undefined) return reject(message(`"${rawDen}" is geen getal (${indicatorPlan.id})`, `"${rawDen}" is not a number (${indicatorPlan.id})`), reader.denName, rawDen);
        if (parsed < 0) return reject(message(`${rawDen} is negatief (${indicatorPlan.id})`, `${rawDen} is negative (${indicatorPlan.id})`), reader.denName, rawDen);
        den = Math.round(parsed * indicatorPlan.scale);
      }
      const both = !excluded && !Number.isNaN(value) && !Number.isNaN(den);
      values[row] = both ? value : NaN;
      batch.values[slot + 1]![row] = both ? den : NaN;
      if (both) counted = true;
      slot += 2;
    }
    if (!counted) return reject(message('de rij telt voor geen enkele indicator: alle waarden zijn leeg of vallen buiten where', 'the row counts for no indicator: every value is empty or excluded by where'));
    return undefined;
  }
  return { normalise, roundings };
}

export function newBatch(spec: AggregationSpec, capacity: number): RecordBatch {
  return {
    size: 0,
    keys: spec.keys.map(() => new Int32Array(capacity)),
    values: spec.values.map(() => new Float64Array(capacity)),
  };
}
