/**
 * Cell-level input: aggregated long tables (one row per indicator, area,
 * period and breakdown, with numerator and denominator or a value and n) and
 * CBS StatLine / OData long tables (measure code, ValueAttribute, Value,
 * period and region codes). Each row becomes one cell or a rejection.
 */
import type { LocalizedMessage } from 'stroomop-monitor-elements/format';
import type { Text } from 'stroomop-monitor-elements/format';
import { cleanCell, parseNumber, type CsvRecord } from './csv.js';
import type { Breakdown, CellTable, GivenValue, Stats } from './cells.js';
import { CBS_SYMBOLS, PROVISIONAL, readStatus, REVISED_PROVISIONAL, VALUE_ATTRIBUTES, type SymbolMeaning } from './cbs.js';
import type { Mapping, ObservationStatus } from './mapping.js';
import type { IndicatorPlan } from './observe.js';
import { readPeriod } from './periods.js';
import { columnFinder, MissingColumnsError, type AreaResolver, type Rejection } from './records.js';

const message = (nl: string, en: string): LocalizedMessage => ({ nl, en });
const STRENGTH: Record<ObservationStatus, number> = { final: 0, estimated: 1, revised: 2, provisional: 3, 'not-applicable': 4, missing: 5, suppressed: 6 };

export interface TableRowOutcome {
  rejection?: Rejection;
  /** The row was left out on purpose (a CBS measure the mapping does not use). */
  ignored?: Rejection;
  /** The cell the row became. */
  cell?: string;
}

export interface TableReaderContext {
  mapping: Mapping;
  plans: IndicatorPlan[];
  table: CellTable;
  areas: AreaResolver;
  /** Area names read from the input (CBS `RegioS_label`). */
  areaNames: Map<string, string>;
  decimal: ',' | '.';
}

/** Makes the row reader for an aggregated or CBS file; throws MissingColumnsError for absent columns. */
export function tableRowReader(context: TableReaderContext, header: string[], file: string) {
  const { mapping, plans, table, areas, decimal } = context;
  const cbs = mapping.kind === 'cbs';
  const columns = mapping.columns;
  const { find, missing } = columnFinder(header);
  const at = {
    indicator: find(columns.indicator),
    area: find(columns.area),
    period: find(columns.period),
    numerator: find(columns.numerator),
    denominator: find(columns.denominator),
    value: find(columns.value),
    n: find(columns.n),
    sd: find(columns.sd),
    ciLower: find(columns.ciLower),
    ciUpper: find(columns.ciUpper),
    status: find(columns.status),
    valueAttribute: find(columns.valueAttribute),
    areaName: find(columns.areaName),
  };
  const breakdowns = (mapping.breakdowns ?? []).map((breakdown) => {
    const categories = new Map<string, string>();
    for (const category of breakdown.categories) for (const spelling of category.values ?? [category.id]) categories.set(spelling.trim().toLowerCase(), category.id);
    return { breakdown, column: find(breakdown.column), categories, totals: new Set((breakdown.total ?? []).map((value) => value.trim().toLowerCase())) };
  });
  if (missing.length) throw new MissingColumnsError(file, missing, header);
  const codes = new Map<string, IndicatorPlan>();
  for (const plan of plans) for (const code of plan.mapping.codes ?? [plan.id]) codes.set(code.trim().toLowerCase(), plan);
  const symbols = new Map<string, SymbolMeaning | null>(Object.entries(VALUE_ATTRIBUTES));
  for (const [symbol, meaning] of Object.entries(mapping.cbs?.symbols ?? {})) symbols.set(symbol.trim().toLowerCase(), meaning);
  const firstLine = new Map<string, number>();

  return function read(record: CsvRecord): TableRowOutcome {
    const fields = record.fields;
    const reject = (reason: LocalizedMessage, column?: string, value?: string): TableRowOutcome => ({
      rejection: { file, line: record.line, reason, ...(column === undefined ? {} : { column }), ...(value === undefined ? {} : { value: value.length > 40 ? `${value.slice(0, 37)}...` : value }) },
    });
    const cell = (index: number) => (index === -1 ? '' : cleanCell(fields[index]));
    const rawIndicator = cell(at.indicator);
    const plan = codes.get(rawIndicator.toLowerCase());
    if (!plan) {
      const reason = cbs
        ? message(`meetcode "${rawIndicator}" staat bij geen enkele indicator in codes`, `measure code "${rawIndicator}" is not in any indicator's codes`)
        : message(`onbekende indicator "${rawIndicator}": staat niet in indicators (id of codes)`, `unknown indicator "${rawIndicator}": not in indicators (id or codes)`);
      if (cbs && mapping.cbs?.ignoreOtherMeasures) return { ignored: { file, line: record.line, reason, column: columns.indicator!, value: rawIndicator } };
      return reject(reason, columns.indicator, rawIndicator);
    }
    const rawArea = cell(at.area);
    const area = rawArea ? areas.resolve(rawArea) : undefined;
    if (!area) return reject(message(`onbekend gebied "${rawArea}": voeg het toe aan areas of areaValues in het mappingbestand`, `unknown area "${rawArea}": add it to areas or areaValues in the mapping file`), columns.area, rawArea);
    if (at.areaName !== -1) {
      const name = cell(at.areaName);
      if (name && !context.areaNames.has(area)) context.areaNames.set(area, name);
    }
    const rawPeriod = cell(at.period);
    const period = readPeriod(rawPeriod);
    if (!period) return reject(message(`geen geldige periode: "${rawPeriod}" (verwacht bijvoorbeeld 2024, 2024-Q2, 2024-11 of 2024KW02)`, `not a valid period: "${rawPeriod}" (expected for example 2024, 2024-Q2, 2024-11 or 2024KW02)`), columns.period, rawPeriod);
    let breakdown: Breakdown | undefined;
    for (const { breakdown: dimension, column, categories, totals } of breakdowns) {
      const raw = cell(column);
      const lower = raw.toLowerCase();
      if (!raw || totals.has(lower)) continue;
      const category = categories.get(lower);
      if (category === undefined)
        return reject(message(`onbekende categorie "${raw}" van ${dimension.id}: voeg de code toe aan categories[].values`, `unknown category "${raw}" of ${dimension.id}: add the code to categories[].values`), dimension.column, raw);
      if (dimension.indicators && !dimension.indicators.includes(plan.id)) continue;
      breakdown = { ...breakdown, [dimension.id]: category };
    }

    // Status: from the status column, the period's mark, the ValueAttribute, or a symbol in the value.
    // When several say something, the strongest wins: no value before provisional before final.
    let meaning: SymbolMeaning | undefined;
    const mark = (next: SymbolMeaning | undefined | null) => {
      if (next && (!meaning || STRENGTH[next.status] > STRENGTH[meaning.status])) meaning = next;
    };
    if (at.status !== -1) {
      const raw = cell(at.status);
      const status = readStatus(raw);
      if (status === undefined) return reject(message(`onbekende status "${raw}"`, `unknown status "${raw}"`), columns.status, raw);
      mark(status);
    }
    if (period.mark) mark(period.mark === '*' ? PROVISIONAL : REVISED_PROVISIONAL);
    if (at.valueAttribute !== -1) {
      const raw = cell(at.valueAttribute);
      if (raw) {
        const attribute = symbols.get(raw.toLowerCase());
        if (attribute === undefined)
          return reject(message(`onbekende ValueAttribute "${raw}": voeg hem toe onder cbs.symbols in het mappingbestand`, `unknown ValueAttribute "${raw}": add it under cbs.symbols in the mapping file`), columns.valueAttribute, raw);
        mark(attribute);
      }
    }

    const number = (raw: string, name: string | undefined): number | undefined | LocalizedMessage => {
      if (!raw) return undefined;
      const value = parseNumber(raw, decimal);
      if (value === undefined) return message(`"${raw}" in ${name ?? ''} is geen getal (dit bestand gebruikt de decimale ${decimal === ',' ? 'komma' : 'punt'})`, `"${raw}" in ${name ?? ''} is not a number (this file uses the decimal ${decimal === ',' ? 'comma' : 'point'})`);
      return value;
    };
    // The value cell may hold a CBS symbol, or a number with a * or ** mark.
    let rawValue = cell(at.value);
    let valueSymbol: SymbolMeaning | undefined;
    if (at.value !== -1) {
      const marked = /^(.*\d)\s*(\*{1,2})$/.exec(rawValue);
      if (marked) {
        rawValue = marked[1]!;
        mark(marked[2] === '*' ? PROVISIONAL : REVISED_PROVISIONAL);
      } else if (rawValue in CBS_SYMBOLS && (cbs || rawValue !== '')) valueSymbol = CBS_SYMBOLS[rawValue];
      else if (rawValue === '**' || rawValue === '*') valueSymbol = CBS_SYMBOLS['.'];
    }
    const values: Record<'numerator' | 'denominator' | 'value' | 'n' | 'sd' | 'ciLower' | 'ciUpper', number | undefined> = {
      numerator: undefined,
      denominator: undefined,
      value: undefined,
      n: undefined,
      sd: undefined,
      ciLower: undefined,
      ciUpper: undefined,
    };
    for (const name of ['numerator', 'denominator', 'value', 'n', 'sd', 'ciLower', 'ciUpper'] as const) {
      if (name === 'value' && valueSymbol) continue;
      const raw = name === 'value' ? rawValue : cell(at[name]);
      const parsed = number(raw, columns[name]);
      if (parsed !== undefined && typeof parsed !== 'number') return reject(parsed, columns[name], raw);
      values[name] = parsed;
    }
    if (valueSymbol) {
      if (valueSymbol.value !== undefined) values.value = valueSymbol.value;
      mark(valueSymbol);
    }
    const multiply = plan.mapping.multiply ?? 1;
    // toPrecision(15) drops the float noise of the multiplication (249.3 × 1000).
    if (values.value !== undefined && multiply !== 1) values.value = Number((values.value * multiply).toPrecision(15));
    const status: ObservationStatus | undefined = meaning?.status;
    const noValue = status === 'missing' || status === 'not-applicable' || status === 'suppressed';

    let stats: Stats | undefined;
    let given: GivenValue | undefined;
    const { numerator, denominator, value, n, sd, ciLower, ciUpper } = values;
    if (noValue) given = { value: null };
    else if ((plan.measure === 'proportion' || plan.measure === 'rate') && numerator !== undefined && denominator !== undefined) {
      if (numerator < 0 || denominator < 0) return reject(message('teller en noemer mogen niet negatief zijn', 'numerator and denominator must not be negative'));
      if (plan.measure === 'proportion') {
        if (numerator > denominator) return reject(message(`de teller (${numerator}) is groter dan de noemer (${denominator})`, `the numerator (${numerator}) is larger than the denominator (${denominator})`));
        stats = { n: denominator, sum: numerator, sumsq: 0, den: denominator };
      } else stats = { n: n ?? numerator, sum: numerator, sumsq: 0, den: denominator };
    } else if (plan.measure === 'count' && (value ?? numerator) !== undefined && !cbs) {
      const count = (value ?? numerator)!;
      if (!Number.isInteger(count) || count < 0) return reject(message(`een aantal moet een geheel getal van 0 of meer zijn, niet ${count}`, `a count must be a whole number of 0 or more, not ${count}`), columns.value, String(count));
      stats = { n: count, sum: 0, sumsq: 0, den: 0 };
    } else if (value !== undefined) {
      if (!cbs && n === undefined)
        return reject(message(`bij een waarde zonder teller en noemer hoort een n (${plan.id}): zonder n kan de privacydrempel niet worden toegepast`, `a value without numerator and denominator needs an n (${plan.id}): without n the privacy threshold cannot be applied`), columns.n);
      given = { value, ...(n === undefined ? {} : { n }), ...(sd === undefined ? {} : { sd }), ...(ciLower !== undefined && ciUpper !== undefined ? { ci: { lower: ciLower, upper: ciUpper } } : {}) };
    } else if (cbs) {
      mark(CBS_SYMBOLS['']);
      given = { value: null };
    } else return reject(message(`geen waarde: vul teller en noemer, of waarde en n in (${plan.id})`, `no value: give numerator and denominator, or value and n (${plan.id})`));

    const finalStatus = meaning?.status;
    const reason: Text | undefined = meaning?.reason;
    const key = { indicator: plan.id, area, period: period.period, ...(breakdown ? { breakdown } : {}) };
    const put = table.put({
      ...key,
      ...(stats ? { stats } : {}),
      ...(given ? { given } : {}),
      ...(finalStatus && finalStatus !== 'final' ? { status: finalStatus } : {}),
      ...(reason ? { statusReason: reason } : {}),
      origin: 'input',
    });
    const cellId = table.get(plan.id, area, period.period, breakdown)!.key;
    if (!put) {
      const first = firstLine.get(cellId);
      return reject(message(`dubbel: dezelfde indicator, hetzelfde gebied, dezelfde periode en uitsplitsing staan al op regel ${first ?? '?'}`, `duplicate: the same indicator, area, period and breakdown are already on line ${first ?? '?'}`));
    }
    firstLine.set(cellId, record.line);
    return { cell: cellId };
  };
}
