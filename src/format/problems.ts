/**
 * The checks of the validator, without its messages: every problem with its
 * JSON path, a code and the facts a message needs. The Dutch and English
 * messages live in messages.ts, which the browser loads only when a document
 * has problems (validate.ts joins both for Node and for callers that want
 * messages at once). Never throws on data, never uses eval (strict-CSP safe).
 */
import { checkSchema, formatPath, typeOf, type JsonSchema, type SchemaPath } from './schema-check.js';
import { monitorDocumentSchema } from './schema.generated.js';
import { parsePeriod, comparePeriods, compareParsedPeriods, DAY_TEXT, type ParsedPeriod } from './period.js';
import { ID_COLLECTIONS, breakdownKey } from './identity.js';
import type { MonitorDocument, Observation } from './types.generated.js';

/** The format version this library reads; newer minors are read with unknown fields ignored. */
export const FORMAT_MAJOR = 1;
export const FORMAT_MINOR = 0;
export const DEFAULT_PRIVACY_THRESHOLD = 10;

export interface LocalizedMessage {
  nl: string;
  en: string;
}

export interface ValidationIssue {
  severity: 'error' | 'warning';
  /** `observations[3].value` */
  path: string;
  /** A stable code for programs: `type`, `unknown-reference`, `privacy`, ... */
  code: string;
  message: LocalizedMessage;
  /** The document's URL or file name, when known. */
  source?: string;
}

export interface DocumentInput {
  document: unknown;
  source?: string;
}

export interface ValidationResult {
  valid: boolean;
  issues: ValidationIssue[];
}

/** The message a problem gets, by name; messages.ts holds the texts. */
export type MessageKey =
  | 'schema'
  | 'not-object'
  | 'version-shape'
  | 'version-major'
  | 'duplicate-id'
  | 'duplicate-observation'
  | 'unknown-reference'
  | 'cycle'
  | 'unknown-breakdown'
  | 'unknown-category'
  | 'unknown-answer'
  | 'answers-total'
  | 'unknown-neutral'
  | 'calendar'
  | 'interval'
  | 'suppressed-value'
  | 'suppressed-extras'
  | 'privacy'
  | 'n-denominator'
  | 'url'
  | 'missing-value'
  | 'unexpected-value'
  | 'periods-after'
  | 'fetch-network'
  | 'fetch-http'
  | 'fetch-json'
  | 'no-data';

export type MessageParams = Record<string, unknown>;

/** A validation issue before its message is written. */
export interface Problem extends Omit<ValidationIssue, 'message'> {
  key: MessageKey;
  params: MessageParams;
}

const issue = (severity: Problem['severity'], path: SchemaPath | string, code: string, key: MessageKey, params: MessageParams, source?: string): Problem => ({
  severity,
  path: typeof path === 'string' ? path : formatPath(path),
  code,
  key,
  params,
  ...(source === undefined ? {} : { source }),
});

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeOf(value) === 'object';
/** Visits the objects of an array with their index; anything else in it is the schema check's to report. */
function eachRecord(value: unknown, visit: (item: Rec, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (isRecord(item)) visit(item, index);
  }
}
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Checks the version, then the schema; returns the issues and whether the document can be read at all. */
function checkStructure(input: DocumentInput, issues: Problem[]): boolean {
  const { document, source } = input;
  if (!isRecord(document)) {
    issues.push(issue('error', '(document)', 'type', 'not-object', { actual: document }, source));
    return false;
  }
  const version = document.formatVersion;
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    issues.push(
      issue('error', 'formatVersion', 'version', 'version-shape', { actual: version }, source),
    );
    return false;
  }
  const [, major, minor] = match;
  if (Number(major) !== FORMAT_MAJOR) {
    issues.push(
      issue('error', 'formatVersion', 'version', 'version-major', { version }, source),
    );
    return false;
  }
  const newerMinor = Number(minor) > FORMAT_MINOR;
  for (const problem of checkSchema(document, monitorDocumentSchema, monitorDocumentSchema, [], source)) {
    // One bad link spoils only itself: the elements leave it out and show the rest.
    if (problem.kind === 'url') {
      issues.push(issue('warning', problem.path, 'url', 'url', { actual: problem.actual }, source));
      continue;
    }
    if (problem.kind === 'unknown-property') {
      // A newer minor version may add fields: read what we know, ignore the rest.
      if (!newerMinor) issues.push(issue('warning', problem.path, 'unknown-property', 'schema', { problem }, source));
      continue;
    }
    issues.push(issue('error', problem.path, problem.kind, 'schema', { problem }, source));
  }
  return true;
}

interface Registry {
  topics: Set<string>;
  areas: Set<string>;
  indicators: Set<string>;
  breakdowns: Map<string, Set<string>>;
}

function collect(documents: Rec[]): Registry {
  const registry: Registry = { topics: new Set(), areas: new Set(), indicators: new Set(), breakdowns: new Map() };
  for (const document of documents) {
    eachRecord(document.topics, (topic) => { if (str(topic.id)) registry.topics.add(topic.id as string); });
    eachRecord(document.areas, (area) => { if (str(area.code)) registry.areas.add(area.code as string); });
    eachRecord(document.indicators, (indicator) => { if (str(indicator.id)) registry.indicators.add(indicator.id as string); });
    eachRecord(document.breakdowns, (breakdown) => {
      if (!str(breakdown.id)) return;
      const categories = registry.breakdowns.get(breakdown.id as string) ?? new Set<string>();
      eachRecord(breakdown.categories, (category) => { if (str(category.id)) categories.add(category.id as string); });
      registry.breakdowns.set(breakdown.id as string, categories);
    });
  }
  return registry;
}

function checkDuplicates(document: Rec, source: string | undefined, issues: Problem[]): void {
  for (const [collection, key] of ID_COLLECTIONS) {
    const seen = new Map<string, number>();
    eachRecord(document[collection], (item, index) => {
      const id = str(item[key]);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else issues.push(issue('error', [collection, index, key], 'duplicate-id', 'duplicate-id', { id, collection, first }, source));
    });
  }
}

/**
 * Each observation in one pass (a national file has 30,000, and a pass of its own costs more than
 * its work): its references, its value against its status, interval and n, and its period: a day
 * or week the calendar has (the schema's pattern takes 2023-02-30), and not one its series
 * (indicator, area, breakdown) already has.
 */
function checkObservations(document: Rec, registry: Registry, source: string | undefined, issues: Problem[]): void {
  const meta = isRecord(document.meta) ? document.meta : {};
  const threshold = typeof meta.privacyThreshold === 'number' ? meta.privacyThreshold : DEFAULT_PRIVACY_THRESHOLD;
  // Data nearly always comes in period order, and a series whose periods only go forward cannot
  // repeat one: it needs no map of its periods (30,000 entries in a national file) until a period
  // comes that does not go forward.
  const series = new Map<string, SeriesTrack>();
  // Observations of one series mostly come together: its track is looked up only when the series changes.
  let lastIndicator: unknown;
  let lastArea: unknown;
  let lastBreakdown: string | undefined;
  let track: SeriesTrack | undefined;
  const observations = document.observations;
  eachRecord(observations, (observation, index) => {
    const { indicator, area, value, status, ci, n, denominator } = observation as Partial<Observation>;
    // Known ids are asked first, so that no path is made: observations are many and nearly all fine.
    if (!registry.indicators.has(indicator!)) checkReference(registry.indicators, 'indicator', indicator, ['observations', index, 'indicator'], source, issues);
    if (!registry.areas.has(area!)) checkReference(registry.areas, 'area', area, ['observations', index, 'area'], source, issues);
    // The schema check reports a breakdown that is no object; here it counts as none.
    const dimensions = isRecord(observation.breakdown) ? observation.breakdown : undefined;
    if (dimensions) {
      for (const [dimension, category] of Object.entries(dimensions)) {
        const categories = registry.breakdowns.get(dimension);
        if (!categories)
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', 'unknown-breakdown', { dimension }, source));
        else if (typeof category === 'string' && !categories.has(category))
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', 'unknown-category', { dimension, category }, source));
      }
    }
    if (typeof value === 'number' && ci && typeof ci.lower === 'number' && typeof ci.upper === 'number' && !(ci.lower <= value && value <= ci.upper))
      issues.push(issue('error', ['observations', index, 'ci'], 'interval', 'interval', { lower: ci.lower, upper: ci.upper, value }, source));
    if (status === 'suppressed' && value !== null && value !== undefined)
      issues.push(issue('error', ['observations', index, 'value'], 'suppressed-value', 'suppressed-value', { value }, source));
    if (status === 'suppressed' && (observation.numerator !== undefined || ci !== undefined))
      issues.push(issue('error', ['observations', index, 'status'], 'suppressed-value', 'suppressed-extras', {}, source));
    // The threshold holds for the smallest count the value is based on: n, or the denominator of a share.
    const base = typeof n === 'number' ? (typeof denominator === 'number' ? Math.min(n, denominator) : n) : denominator;
    if (typeof value === 'number' && typeof base === 'number' && base < threshold)
      issues.push(issue('error', ['observations', index, 'value'], 'privacy', 'privacy', { n: base, threshold, denominator: base !== n }, source));
    // An n that is not the denominator leaves the reader not knowing which count the value is of: that observation is left out.
    if (typeof n === 'number' && typeof denominator === 'number' && n !== denominator)
      issues.push(issue('warning', ['observations', index, 'n'], 'inconsistent', 'n-denominator', { n, denominator }, source));
    if (value === null && (status === 'final' || status === 'provisional' || status === 'revised' || status === 'estimated'))
      issues.push(issue('error', ['observations', index, 'value'], 'missing-value', 'missing-value', { status }, source));
    if (typeof value === 'number' && (status === 'missing' || status === 'not-applicable'))
      issues.push(issue('error', ['observations', index, 'value'], 'unexpected-value', 'unexpected-value', { status, value }, source));
    const breakdown = breakdownKey(dimensions);
    if (!track || indicator !== lastIndicator || area !== lastArea || breakdown !== lastBreakdown) {
      // Not joined with a separator: an id that breaks the schema may hold any character.
      const key = JSON.stringify([String(indicator), String(area), breakdown]);
      track = series.get(key);
      if (!track) series.set(key, (track = { last: undefined, positions: [], seen: undefined }));
      lastIndicator = indicator;
      lastArea = area;
      lastBreakdown = breakdown;
    }
    const period = calendarPeriod(observation, 'observations', index, source, issues);
    if (!track.seen) {
      if (period && (!track.last || compareParsedPeriods(track.last, period) < 0)) {
        track.last = period;
        track.positions.push(index);
        return;
      }
      // Out of order (or no period): from here on this series keeps a map of the periods it has had.
      track.seen = new Map<string, number>();
      for (const position of track.positions) track.seen.set(String((observations as Rec[])[position]!.period), position);
      track.positions = [];
    }
    const text = String(observation.period);
    const first = track.seen.get(text);
    if (first === undefined) track.seen.set(text, index);
    else issues.push(issue('error', ['observations', index], 'duplicate-observation', 'duplicate-observation', { first }, source));
  });
}

/**
 * The series check's view of one series: while its periods go forward, the last one and the
 * positions of its observations; once one does not, a map of its periods to their first position.
 */
interface SeriesTrack {
  last: ParsedPeriod | undefined;
  positions: number[];
  seen: Map<string, number> | undefined;
}

type ReferenceKind = 'topic' | 'area' | 'indicator';

/** The fields of each collection that name a topic, an area or an indicator; a plural field holds a list of them. */
const REFERENCE_FIELDS: [collection: keyof MonitorDocument, field: string, kind: ReferenceKind][] = [
  ['areas', 'parent', 'area'],
  ['indicators', 'topics', 'topic'],
  ['panelStatements', 'topic', 'topic'],
  ['panelStatements', 'indicator', 'indicator'],
  ['interpretations', 'indicator', 'indicator'],
  ['interpretations', 'area', 'area'],
  ['quotes', 'topic', 'topic'],
  ['quotes', 'indicator', 'indicator'],
  ['spotlights', 'topic', 'topic'],
  ['spotlights', 'indicators', 'indicator'],
  ['narratives', 'topic', 'topic'],
  ['narratives', 'indicators', 'indicator'],
];

/** Reports `value` when it is an id that `known` does not have; the schema reports what is no id. */
function checkReference(known: Set<string>, kind: ReferenceKind, value: unknown, path: SchemaPath, source: string | undefined, issues: Problem[]): void {
  const id = str(value);
  if (id !== undefined && !known.has(id)) issues.push(issue('error', path, 'unknown-reference', 'unknown-reference', { kind, id }, source));
}

function checkReferences(document: Rec, registry: Registry, source: string | undefined, issues: Problem[]): void {
  const ref = (kind: ReferenceKind, value: unknown, path: SchemaPath) => {
    checkReference(kind === 'topic' ? registry.topics : kind === 'area' ? registry.areas : registry.indicators, kind, value, path, source, issues);
  };
  if (isRecord(document.meta)) ref('area', document.meta.area, ['meta', 'area']);
  for (const [collection, field, kind] of REFERENCE_FIELDS)
    eachRecord(document[collection], (item, index) => {
      const value = item[field];
      if (field.endsWith('s')) {
        if (Array.isArray(value)) value.forEach((entry, at) => { ref(kind, entry, [collection, index, field, at]); });
      } else ref(kind, value, [collection, index, field]);
    });
  eachRecord(document.areas, (area, index) => {
    if (area.parent !== undefined && area.parent === area.code)
      issues.push(issue('error', ['areas', index, 'parent'], 'cycle', 'cycle', {}, source));
  });
  eachRecord(document.panelStatements, (statement, index) => {
    const categoryIds = new Set<string | undefined>();
    eachRecord(statement.categories, (category) => { categoryIds.add(str(category.id)); });
    eachRecord(statement.responses, (response, responseIndex) => {
      if (!isRecord(response.counts)) return;
      let total = 0;
      for (const [category, count] of Object.entries(response.counts)) {
        if (typeof count === 'number') total += count;
        if (!categoryIds.has(category))
          issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'counts', category], 'unknown-reference', 'unknown-answer', { category }, source));
      }
      if (typeof response.n === 'number' && total !== response.n)
        issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'n'], 'inconsistent', 'answers-total', { n: response.n, total }, source));
    });
    const neutral = str(statement.neutral);
    if (neutral !== undefined && !categoryIds.has(neutral))
      issues.push(issue('error', ['panelStatements', index, 'neutral'], 'unknown-reference', 'unknown-neutral', { neutral }, source));
  });
}

/**
 * Parses a period. Only one that fails is asked whether the schema's pattern took it, as a day or
 * a week 53, and then reported: the schema reports the rest, and nothing is reported twice.
 */
function calendarPeriod(item: Rec, collection: 'observations' | 'panelStatements', index: number, source: string | undefined, issues: Problem[]): ParsedPeriod | undefined {
  const text = str(item.period);
  const period = text === undefined ? undefined : parsePeriod(text);
  if (text !== undefined && !period && (DAY_TEXT.test(text) || text.endsWith('W53')))
    issues.push(issue('error', [collection, index, 'period'], 'period', 'calendar', { period: text }, source));
  return period;
}

function checkValues(document: Rec, source: string | undefined, issues: Problem[]): void {
  // Observations are checked in a pass of their own.
  eachRecord(document.panelStatements, (statement, index) => {
    calendarPeriod(statement, 'panelStatements', index, source, issues);
  });
  eachRecord(document.interpretations, (interpretation, index) => {
    const writtenFor = isRecord(interpretation.writtenFor) ? str(interpretation.writtenFor.latestPeriod) : undefined;
    const periods = Array.isArray(interpretation.periods) ? interpretation.periods.filter((period): period is string => typeof period === 'string') : [];
    if (writtenFor && periods.some((period) => comparePeriods(period, writtenFor) > 0))
      issues.push(issue('warning', ['interpretations', index, 'periods'], 'inconsistent', 'periods-after', { writtenFor }, source));
  });
}

/** The problems of any value against a schema (the view definition's, say), as for documents. */
export function schemaProblems(value: unknown, schema: JsonSchema, source?: string): Problem[] {
  return checkSchema(value, schema, schema, [], source).map((problem) =>
    problem.kind === 'url'
      ? issue('warning', problem.path, 'url', 'url', { actual: problem.actual }, source)
      : issue(problem.kind === 'unknown-property' ? 'warning' : 'error', problem.path, problem.kind, 'schema', { problem }, source),
  );
}

/**
 * The problems of one or more documents read together: each on its own
 * (version, schema, duplicates, values), and references across the whole set,
 * so an organisation's document may refer to the areas of the national one.
 */
export function findProblems(inputs: DocumentInput[]): Problem[][] {
  const readable = inputs.map((input) => {
    const problems: Problem[] = [];
    const ok = checkStructure(input, problems);
    return { input, problems, ok };
  });
  const registry = collect(readable.filter(({ ok }) => ok).map(({ input }) => input.document as Rec));
  return readable.map(({ input, problems, ok }) => {
    if (ok) {
      const document = input.document as Rec;
      checkDuplicates(document, input.source, problems);
      checkObservations(document, registry, input.source, problems);
      checkReferences(document, registry, input.source, problems);
      checkValues(document, input.source, problems);
    }
    return problems;
  });
}

/** "observations[3].value: expected a number, got "12,5"" */
export function formatIssue(found: ValidationIssue, lang: 'nl' | 'en' = 'nl'): string {
  return `${found.source ? `${found.source}: ` : ''}${found.path}: ${found.message[lang]}`;
}
