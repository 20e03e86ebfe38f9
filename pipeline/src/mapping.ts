/**
 * The mapping file: a small JSON file that says what kind of CSV comes in,
 * which column is what, which indicators to make and how, the areas with
 * their parents, and the privacy and audience rules. docs/pipeline.md
 * describes every field; `checkMapping` names every problem with its path.
 */
import { readFile } from 'node:fs/promises';
import type { Area, Audience, Indicator, Source, Text, Topic } from 'stroomop-monitor-elements/format';
import type { LocalizedMessage } from 'stroomop-monitor-elements/format';
import { isNestingKind, type NestingKind } from './periods.js';
import type { Delimiter, Encoding } from './csv.js';

export type InputKind = 'records' | 'aggregated' | 'cbs';
export type Measure = 'proportion' | 'mean' | 'count' | 'rate';
export type AreaLevel = Area['level'];
export type ObservationStatus = 'final' | 'provisional' | 'revised' | 'estimated' | 'suppressed' | 'missing' | 'not-applicable';

export interface CsvSettings {
  delimiter?: Delimiter | 'auto';
  /** Default: `,` when the separator is `;`, else `.`. */
  decimal?: ',' | '.';
  encoding?: Encoding | 'auto';
}

export interface DocumentSettings {
  title: Text;
  description?: Text;
  publisher: { name: string; url?: string };
  license: string;
  language?: 'nl' | 'en';
  /** The audience of the written document when the command line does not say (default public). */
  audience?: Audience;
  area?: string;
  release?: string;
  /** Publication date YYYY-MM-DD (default: today, or --published). */
  published?: string;
  illustrative?: boolean;
  contact?: string;
}

export interface BreakdownMapping {
  id: string;
  name: Text;
  column: string;
  categories: { id: string; name: Text; values?: string[] }[];
  /** Cell values that mean "all categories" (aggregated and CBS input), e.g. "Totaal" or CBS's "T001038". */
  total?: string[];
  /** Only these indicators are broken down by it (default: all). */
  indicators?: string[];
}

/** An indicator as the format defines it, plus how the pipeline computes it. */
export interface IndicatorMapping extends Omit<Indicator, 'sources'> {
  sources?: Source[];
  /** Record-level input: how to compute it. */
  measure?: Measure;
  /** proportion, count: the yes/no column; mean: the score column. */
  column?: string;
  /** Values that count as yes (default ja, j, yes, y, true, waar, 1, x) and no (nee, n, no, false, onwaar, 0). */
  true?: string[];
  false?: string[];
  /** rate: the numerator and denominator columns (summed) and the multiplier (default 1000). */
  numerator?: string;
  denominator?: string;
  per?: number;
  /** mean, rate: decimals kept from the input (default 2); sums stay exact. */
  precision?: number;
  /** Only rows whose column holds one of these values count for this indicator. */
  where?: { column: string; values: string[] };
  /** Aggregated input: the values in the indicator column (default: the id). CBS: the measure codes. */
  codes?: string[];
  /** CBS: multiply the value (e.g. 1000 for a table in thousands). */
  multiply?: number;
  /** Confidence level of intervals (default 0.95). */
  ciLevel?: number;
}

export interface ColumnMapping {
  /** The area code (or a value that `areaValues` recodes). CBS: the region column (`RegioS`). */
  area: string;
  /** A column with periods (2024, 2024-Q2, 2024KW02). */
  period?: string;
  /** Record-level: a column with dates, made into periods with `period.granularity`. */
  date?: string;
  /** Aggregated: the indicator column. CBS: the measure column (`Measure`). */
  indicator?: string;
  numerator?: string;
  denominator?: string;
  value?: string;
  n?: string;
  /** Aggregated mean scores: the standard deviation, for a t interval. */
  sd?: string;
  ciLower?: string;
  ciUpper?: string;
  /** A status column (final, voorlopig, nader voorlopig, *, **, ...). */
  status?: string;
  /** CBS: the `ValueAttribute` column. */
  valueAttribute?: string;
  /** CBS: a column with region names (`RegioS_label`). */
  areaName?: string;
}

export interface PeriodSettings {
  /** The periods to publish, e.g. ["year", "quarter"]; the finest is aggregated, the others rolled up. */
  granularity?: NestingKind | NestingKind[];
  dateFormat?: 'auto' | 'excel';
}

export interface PrivacySettings {
  /** Minimum n for a value to be published (default 10). */
  threshold?: number;
  /** Round published counts (n, numerator, denominator, counts) to a multiple of this, e.g. 5. */
  rounding?: number;
  /** Complementary suppression (default true; false for CBS input, which CBS has protected already). */
  complementary?: boolean;
}

export interface AudienceRules {
  /** Audience of every figure about areas of this level, e.g. {"team": "internal"}. */
  levels?: Partial<Record<AreaLevel, Audience>>;
  /** Audience of every figure about this area. */
  areas?: Record<string, Audience>;
}

export interface CbsSettings {
  /** Rows of measures no indicator lists are ignored (counted in the report) instead of rejected. */
  ignoreOtherMeasures?: boolean;
  /** Extra or changed symbols: symbol or ValueAttribute code → status and reason. */
  symbols?: Record<string, { status: ObservationStatus; reason?: Text }>;
}

export interface Mapping {
  kind: InputKind;
  csv?: CsvSettings;
  document: DocumentSettings;
  topics?: Topic[];
  areas?: Area[];
  /** Cell value → area code, e.g. {"Team Noord": "T-NOORD"}. */
  areaValues?: Record<string, string>;
  breakdowns?: BreakdownMapping[];
  indicators: IndicatorMapping[];
  columns: ColumnMapping;
  period?: PeriodSettings;
  /** Roll figures up to parent areas: true (every ancestor in `areas`, default for records), false, or the levels to roll up into. */
  rollUp?: boolean | AreaLevel[];
  privacy?: PrivacySettings;
  audience?: AudienceRules;
  cbs?: CbsSettings;
}

export interface MappingProblem {
  path: string;
  message: LocalizedMessage;
}

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const AUDIENCES = ['public', 'network', 'internal'];
const LEVELS = ['national', 'province', 'youth-care-region', 'municipality', 'organisation', 'team'];
const UNITS = ['percent', 'count', 'rate-per-1000', 'mean-score', 'distribution'];
const MEASURES = ['proportion', 'mean', 'count', 'rate'];
const STATUSES = ['final', 'provisional', 'revised', 'estimated', 'suppressed', 'missing', 'not-applicable'];

/** Checks the structure a conversion relies on; the document it makes is validated separately. */
export function checkMapping(value: unknown): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const problem = (path: string, nl: string, en: string) => problems.push({ path, message: { nl, en } });
  if (!isRecord(value)) {
    problem('(mapping)', 'verwacht een JSON-object', 'expected a JSON object');
    return problems;
  }
  const kind = value.kind;
  if (kind !== 'records' && kind !== 'aggregated' && kind !== 'cbs') problem('kind', `verwacht "records", "aggregated" of "cbs", maar kreeg ${JSON.stringify(kind)}`, `expected "records", "aggregated" or "cbs", got ${JSON.stringify(kind)}`);
  const document = value.document;
  if (!isRecord(document)) problem('document', 'ontbreekt: titel, uitgever en licentie van het document', 'missing: the title, publisher and licence of the document');
  else {
    if (document.title === undefined) problem('document.title', 'ontbreekt', 'is missing');
    if (!isRecord(document.publisher) || typeof document.publisher.name !== 'string') problem('document.publisher.name', 'ontbreekt', 'is missing');
    if (typeof document.license !== 'string') problem('document.license', 'ontbreekt (bijvoorbeeld "CC-BY-4.0")', 'is missing (for example "CC-BY-4.0")');
    if (document.audience !== undefined && !AUDIENCES.includes(document.audience as string)) problem('document.audience', 'verwacht public, network of internal', 'expected public, network or internal');
  }
  const columns = value.columns;
  if (!isRecord(columns)) problem('columns', 'ontbreekt: welke kolom is wat', 'missing: which column is what');
  else {
    if (typeof columns.area !== 'string') problem('columns.area', 'ontbreekt: de kolom met het gebied', 'missing: the column with the area');
    if (typeof columns.period !== 'string' && typeof columns.date !== 'string') problem('columns.period', 'ontbreekt: een kolom met de periode (period) of een datum (date)', 'missing: a column with the period (period) or a date (date)');
    if ((kind === 'aggregated' || kind === 'cbs') && typeof columns.indicator !== 'string') problem('columns.indicator', kind === 'cbs' ? 'ontbreekt: de kolom met de meetcode (Measure)' : 'ontbreekt: de kolom met de indicator', kind === 'cbs' ? 'missing: the measure code column (Measure)' : 'missing: the indicator column');
    if (kind === 'cbs' && typeof columns.value !== 'string') problem('columns.value', 'ontbreekt: de kolom met de waarde (Value)', 'missing: the value column (Value)');
    for (const [key, column] of Object.entries(columns)) if (typeof column !== 'string') problem(`columns.${key}`, 'verwacht een kolomnaam', 'expected a column name');
  }
  const areaCodes = new Set<string>();
  if (value.areas !== undefined) {
    if (!Array.isArray(value.areas)) problem('areas', 'verwacht een lijst', 'expected a list');
    else
      value.areas.forEach((area: unknown, index) => {
        if (!isRecord(area) || typeof area.code !== 'string' || typeof area.name !== 'string') problem(`areas[${index}]`, 'verwacht code en name', 'expected code and name');
        else {
          areaCodes.add(area.code);
          if (!LEVELS.includes(area.level as string)) problem(`areas[${index}].level`, `verwacht een van ${LEVELS.join(', ')}`, `expected one of ${LEVELS.join(', ')}`);
        }
      });
    if (Array.isArray(value.areas))
      value.areas.forEach((area: unknown, index) => {
        if (isRecord(area) && typeof area.parent === 'string' && !areaCodes.has(area.parent)) problem(`areas[${index}].parent`, `onbekend gebied "${area.parent}"`, `unknown area "${area.parent}"`);
      });
  }
  if (isRecord(value.areaValues)) for (const [from, to] of Object.entries(value.areaValues)) if (typeof to !== 'string') problem(`areaValues.${from}`, 'verwacht een gebiedscode', 'expected an area code');
  const indicatorIds = new Set<string>();
  if (!Array.isArray(value.indicators) || value.indicators.length === 0) problem('indicators', 'verwacht minstens één indicator', 'expected at least one indicator');
  else
    value.indicators.forEach((indicator: unknown, index) => {
      const at = `indicators[${index}]`;
      if (!isRecord(indicator) || typeof indicator.id !== 'string') {
        problem(at, 'verwacht een object met id', 'expected an object with an id');
        return;
      }
      if (indicatorIds.has(indicator.id)) problem(`${at}.id`, `"${indicator.id}" komt twee keer voor`, `"${indicator.id}" occurs twice`);
      indicatorIds.add(indicator.id);
      if (!UNITS.includes(indicator.unit as string)) problem(`${at}.unit`, `verwacht een van ${UNITS.join(', ')}`, `expected one of ${UNITS.join(', ')}`);
      if (indicator.title === undefined) problem(`${at}.title`, 'ontbreekt', 'is missing');
      if (kind === 'records') {
        const measure = indicator.measure;
        if (!MEASURES.includes(measure as string)) problem(`${at}.measure`, `verwacht een van ${MEASURES.join(', ')}`, `expected one of ${MEASURES.join(', ')}`);
        if ((measure === 'proportion' || measure === 'mean') && typeof indicator.column !== 'string') problem(`${at}.column`, 'ontbreekt: de kolom met de waarde per record', 'missing: the column with the value per record');
        if (measure === 'rate' && (typeof indicator.numerator !== 'string' || typeof indicator.denominator !== 'string')) problem(`${at}.numerator`, 'een rate heeft numerator- en denominator-kolommen nodig', 'a rate needs numerator and denominator columns');
        if (measure === 'mean' && indicator.unit !== 'mean-score') problem(`${at}.unit`, 'een gemiddelde heeft unit "mean-score"', 'a mean has unit "mean-score"');
        if (measure === 'proportion' && indicator.unit !== 'percent' && indicator.unit !== 'rate-per-1000') problem(`${at}.unit`, 'een aandeel heeft unit "percent" of "rate-per-1000"', 'a proportion has unit "percent" or "rate-per-1000"');
        if (measure === 'count' && indicator.unit !== 'count') problem(`${at}.unit`, 'een telling heeft unit "count"', 'a count has unit "count"');
        if (measure === 'rate' && indicator.unit !== 'rate-per-1000') problem(`${at}.unit`, 'een rate heeft unit "rate-per-1000"', 'a rate has unit "rate-per-1000"');
        if (indicator.where !== undefined && (!isRecord(indicator.where) || typeof indicator.where.column !== 'string' || !Array.isArray(indicator.where.values))) problem(`${at}.where`, 'verwacht {"column": ..., "values": [...]}', 'expected {"column": ..., "values": [...]}');
        const precision = indicator.precision;
        if (precision !== undefined && !(Number.isInteger(precision) && (precision as number) >= 0 && (precision as number) <= 6)) problem(`${at}.precision`, 'verwacht een geheel getal van 0 tot en met 6', 'expected a whole number from 0 to 6');
      }
      if (indicator.ciLevel !== undefined && !(typeof indicator.ciLevel === 'number' && indicator.ciLevel > 0 && indicator.ciLevel < 1)) problem(`${at}.ciLevel`, 'verwacht een getal tussen 0 en 1, zoals 0.95', 'expected a number between 0 and 1, such as 0.95');
    });
  if (value.breakdowns !== undefined) {
    if (!Array.isArray(value.breakdowns)) problem('breakdowns', 'verwacht een lijst', 'expected a list');
    else
      value.breakdowns.forEach((breakdown: unknown, index) => {
        const at = `breakdowns[${index}]`;
        if (!isRecord(breakdown) || typeof breakdown.id !== 'string' || typeof breakdown.column !== 'string' || !Array.isArray(breakdown.categories)) problem(at, 'verwacht id, name, column en categories', 'expected id, name, column and categories');
        else if (Array.isArray(breakdown.indicators)) for (const id of breakdown.indicators) if (!indicatorIds.has(id as string)) problem(`${at}.indicators`, `onbekende indicator "${String(id)}"`, `unknown indicator "${String(id)}"`);
      });
  }
  const period = value.period;
  if (isRecord(period) && period.granularity !== undefined) {
    const kinds = Array.isArray(period.granularity) ? period.granularity : [period.granularity];
    if (!kinds.length || kinds.some((item) => typeof item !== 'string' || !isNestingKind(item))) problem('period.granularity', 'verwacht year, half, quarter of month (of een lijst daarvan)', 'expected year, half, quarter or month (or a list of them)');
  }
  if (kind === 'records' && isRecord(columns) && typeof columns.date === 'string' && !(isRecord(period) && period.granularity !== undefined))
    problem('period.granularity', 'met een datumkolom: zeg welke perioden (year, half, quarter, month)', 'with a date column: say which periods (year, half, quarter, month)');
  const privacy = value.privacy;
  if (privacy !== undefined) {
    if (!isRecord(privacy)) problem('privacy', 'verwacht een object', 'expected an object');
    else {
      if (privacy.threshold !== undefined && !(Number.isInteger(privacy.threshold) && (privacy.threshold as number) >= 1)) problem('privacy.threshold', 'verwacht een geheel getal van minstens 1', 'expected a whole number of at least 1');
      if (privacy.rounding !== undefined && !(Number.isInteger(privacy.rounding) && (privacy.rounding as number) >= 1)) problem('privacy.rounding', 'verwacht een geheel getal van minstens 1', 'expected a whole number of at least 1');
    }
  }
  if (value.rollUp !== undefined && typeof value.rollUp !== 'boolean' && !(Array.isArray(value.rollUp) && value.rollUp.every((level) => LEVELS.includes(level as string))))
    problem('rollUp', `verwacht true, false of een lijst niveaus (${LEVELS.join(', ')})`, `expected true, false or a list of levels (${LEVELS.join(', ')})`);
  const audience = value.audience;
  if (isRecord(audience)) {
    for (const [key, rules] of [['levels', audience.levels], ['areas', audience.areas]] as const)
      if (isRecord(rules)) for (const [name, rule] of Object.entries(rules)) if (!AUDIENCES.includes(rule as string)) problem(`audience.${key}.${name}`, 'verwacht public, network of internal', 'expected public, network or internal');
  }
  if (isRecord(value.cbs) && isRecord(value.cbs.symbols))
    for (const [symbol, rule] of Object.entries(value.cbs.symbols)) if (!isRecord(rule) || !STATUSES.includes(rule.status as string)) problem(`cbs.symbols.${symbol}.status`, `verwacht een van ${STATUSES.join(', ')}`, `expected one of ${STATUSES.join(', ')}`);
  return problems;
}

export class MappingError extends Error {
  constructor(
    readonly file: string,
    readonly problems: MappingProblem[],
  ) {
    super(`${file}: ${problems.map((item) => `${item.path}: ${item.message.en}`).join('; ')}`);
    this.name = 'MappingError';
  }
}

export function parseMapping(value: unknown, file = '(mapping)'): Mapping {
  const problems = checkMapping(value);
  if (problems.length) throw new MappingError(file, problems);
  return value as Mapping;
}

export async function loadMapping(file: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new MappingError(file, [{ path: '(file)', message: { nl: `kan het bestand niet lezen: ${(error as Error).message}`, en: `cannot read the file: ${(error as Error).message}` } }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new MappingError(file, [{ path: '(file)', message: { nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` } }]);
  }
  return parseMapping(value, file);
}

/** The publishing granularity of a mapping, finest last. */
export function granularities(mapping: Mapping): NestingKind[] | undefined {
  const granularity = mapping.period?.granularity;
  if (granularity === undefined) return undefined;
  return Array.isArray(granularity) ? granularity : [granularity];
}
