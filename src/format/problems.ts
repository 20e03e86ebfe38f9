/**
 * The checks of the validator, without its messages: every problem with its
 * JSON path, a code and the facts a message needs. The Dutch and English
 * messages live in messages.ts, which the browser loads only when a document
 * has problems (validate.ts joins both for Node and for callers that want
 * messages at once). Never throws on data, never uses eval (strict-CSP safe).
 */
import { checkSchema, formatPath, typeOf, type JsonSchema, type SchemaPath } from './schema-check.js';
import { monitorDocumentSchema } from './schema.generated.js';
import { parsePeriod, comparePeriods } from './period.js';
import { ID_COLLECTIONS, breakdownKey, observationKey } from './identity.js';
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
const records = (value: unknown): [Rec, number][] =>
  Array.isArray(value) ? value.flatMap((item, index): [Rec, number][] => (isRecord(item) ? [[item, index]] : [])) : [];
/** As records(), without a pair per item: for observations, which a national file has 30,000 of. */
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
  for (const problem of checkSchema(document, monitorDocumentSchema)) {
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
    for (const [topic] of records(document.topics)) if (str(topic.id)) registry.topics.add(topic.id as string);
    for (const [area] of records(document.areas)) if (str(area.code)) registry.areas.add(area.code as string);
    for (const [indicator] of records(document.indicators)) if (str(indicator.id)) registry.indicators.add(indicator.id as string);
    for (const [breakdown] of records(document.breakdowns)) {
      if (!str(breakdown.id)) continue;
      const categories = registry.breakdowns.get(breakdown.id as string) ?? new Set<string>();
      for (const [category] of records(breakdown.categories)) if (str(category.id)) categories.add(category.id as string);
      registry.breakdowns.set(breakdown.id as string, categories);
    }
  }
  return registry;
}


function checkDuplicates(document: Rec, source: string | undefined, issues: Problem[]): void {
  for (const [collection, key] of ID_COLLECTIONS) {
    const seen = new Map<string, number>();
    for (const [item, index] of records(document[collection])) {
      const id = str(item[key]);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        issues.push(
          issue('error', [collection, index, key], 'duplicate-id', 'duplicate-id', { id, collection, first }, source),
        );
    }
  }
  // Keyed by indicator, area and period in nested maps, so that the many observations without a
  // breakdown need no key text of their own; those with one are keyed by observationKey().
  const seenPlain = new Map<string, Map<string, Map<string, number>>>();
  const seenWithBreakdown = new Map<string, number>();
  // Observations of one series mostly come together: its map is looked up only when the series changes.
  let lastIndicator: string | undefined;
  let lastArea: string | undefined;
  let lastSeen: Map<string, number> | undefined;
  eachRecord(document.observations, (observation, index) => {
    // The schema check reports a breakdown that is no object; here it just counts as none.
    const breakdown = isRecord(observation.breakdown) ? observation.breakdown : undefined;
    let seen: Map<string, number>;
    let key: string;
    if (breakdownKey(breakdown) === '') {
      const indicator = String(observation.indicator);
      const area = String(observation.area);
      if (!lastSeen || indicator !== lastIndicator || area !== lastArea) {
        let byArea = seenPlain.get(indicator);
        if (!byArea) seenPlain.set(indicator, (byArea = new Map<string, Map<string, number>>()));
        lastSeen = byArea.get(area);
        if (!lastSeen) byArea.set(area, (lastSeen = new Map<string, number>()));
        lastIndicator = indicator;
        lastArea = area;
      }
      seen = lastSeen;
      key = String(observation.period);
    } else {
      seen = seenWithBreakdown;
      key = observationKey({ ...observation, breakdown });
    }
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else issues.push(issue('error', ['observations', index], 'duplicate-observation', 'duplicate-observation', { first }, source));
  });
}

function checkReferences(document: Rec, registry: Registry, source: string | undefined, issues: Problem[]): void {
  const ref = (kind: 'topic' | 'area' | 'indicator', value: unknown, path: SchemaPath) => {
    const known = kind === 'topic' ? registry.topics : kind === 'area' ? registry.areas : registry.indicators;
    const id = str(value);
    if (id === undefined || known.has(id)) return;
    issues.push(issue('error', path, 'unknown-reference', 'unknown-reference', { kind, id }, source));
  };
  const refList = (kind: 'topic' | 'area' | 'indicator', value: unknown, path: SchemaPath) => {
    if (Array.isArray(value)) value.forEach((item, index) => { ref(kind, item, [...path, index]); });
  };
  if (isRecord(document.meta)) ref('area', document.meta.area, ['meta', 'area']);
  for (const [area, index] of records(document.areas)) {
    ref('area', area.parent, ['areas', index, 'parent']);
    if (area.parent !== undefined && area.parent === area.code)
      issues.push(issue('error', ['areas', index, 'parent'], 'cycle', 'cycle', {}, source));
  }
  for (const [indicator, index] of records(document.indicators)) refList('topic', indicator.topics, ['indicators', index, 'topics']);
  eachRecord(document.observations, (observation, index) => {
    // Known ids are asked first, so that no path is made: observations are many and nearly all fine.
    if (!registry.indicators.has(observation.indicator as string)) ref('indicator', observation.indicator, ['observations', index, 'indicator']);
    if (!registry.areas.has(observation.area as string)) ref('area', observation.area, ['observations', index, 'area']);
    if (isRecord(observation.breakdown)) {
      for (const [dimension, category] of Object.entries(observation.breakdown)) {
        const categories = registry.breakdowns.get(dimension);
        if (!categories)
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', 'unknown-breakdown', { dimension }, source));
        else if (typeof category === 'string' && !categories.has(category))
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', 'unknown-category', { dimension, category }, source));
      }
    }
  });
  for (const [statement, index] of records(document.panelStatements)) {
    ref('topic', statement.topic, ['panelStatements', index, 'topic']);
    ref('indicator', statement.indicator, ['panelStatements', index, 'indicator']);
    const categoryIds = new Set(records(statement.categories).map(([category]) => str(category.id)));
    for (const [response, responseIndex] of records(statement.responses)) {
      if (!isRecord(response.counts)) continue;
      let total = 0;
      for (const [category, count] of Object.entries(response.counts)) {
        if (typeof count === 'number') total += count;
        if (!categoryIds.has(category))
          issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'counts', category], 'unknown-reference', 'unknown-answer', { category }, source));
      }
      if (typeof response.n === 'number' && total !== response.n)
        issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'n'], 'inconsistent', 'answers-total', { n: response.n, total }, source));
    }
    const neutral = str(statement.neutral);
    if (neutral !== undefined && !categoryIds.has(neutral))
      issues.push(issue('error', ['panelStatements', index, 'neutral'], 'unknown-reference', 'unknown-neutral', { neutral }, source));
  }
  for (const [interpretation, index] of records(document.interpretations)) {
    ref('indicator', interpretation.indicator, ['interpretations', index, 'indicator']);
    ref('area', interpretation.area, ['interpretations', index, 'area']);
  }
  for (const [quote, index] of records(document.quotes)) {
    ref('topic', quote.topic, ['quotes', index, 'topic']);
    ref('indicator', quote.indicator, ['quotes', index, 'indicator']);
  }
  for (const [spotlight, index] of records(document.spotlights)) {
    ref('topic', spotlight.topic, ['spotlights', index, 'topic']);
    refList('indicator', spotlight.indicators, ['spotlights', index, 'indicators']);
  }
  for (const [narrative, index] of records(document.narratives)) {
    ref('topic', narrative.topic, ['narratives', index, 'topic']);
    refList('indicator', narrative.indicators, ['narratives', index, 'indicators']);
  }
}

const PERIOD_FIELDS: [keyof MonitorDocument, string][] = [
  ['observations', 'period'],
  ['panelStatements', 'period'],
];

function checkValues(document: Rec, source: string | undefined, issues: Problem[]): void {
  const meta = isRecord(document.meta) ? document.meta : {};
  const threshold = typeof meta.privacyThreshold === 'number' ? meta.privacyThreshold : DEFAULT_PRIVACY_THRESHOLD;
  // The schema's pattern accepts 2023-02-30; the calendar does not.
  // Every period is parsed here (the chart reads them parsed later); only one that fails is asked
  // whether the schema's pattern took it, as a day or a week 53, so nothing is reported twice.
  for (const [collection, field] of PERIOD_FIELDS) {
    eachRecord(document[collection], (item, index) => {
      const period = str(item[field]);
      if (period && !parsePeriod(period) && /^\d{4}-\d{2}-\d{2}$|W53$/.test(period))
        issues.push(issue('error', [collection, index, field], 'period', 'calendar', { period }, source));
    });
  }
  eachRecord(document.observations, (item, index) => {
    const observation = item as Partial<Observation>;
    const { value, status, ci, n } = observation;
    if (typeof value === 'number' && ci && typeof ci.lower === 'number' && typeof ci.upper === 'number' && !(ci.lower <= value && value <= ci.upper))
      issues.push(issue('error', ['observations', index, 'ci'], 'interval', 'interval', { lower: ci.lower, upper: ci.upper, value }, source));
    if (status === 'suppressed' && value !== null && value !== undefined)
      issues.push(issue('error', ['observations', index, 'value'], 'suppressed-value', 'suppressed-value', { value }, source));
    if (status === 'suppressed' && (observation.numerator !== undefined || ci !== undefined))
      issues.push(issue('error', ['observations', index, 'status'], 'suppressed-value', 'suppressed-extras', {}, source));
    if (typeof value === 'number' && typeof n === 'number' && n < threshold)
      issues.push(issue('error', ['observations', index, 'value'], 'privacy', 'privacy', { n, threshold }, source));
    if (value === null && (status === 'final' || status === 'provisional' || status === 'revised' || status === 'estimated'))
      issues.push(issue('error', ['observations', index, 'value'], 'missing-value', 'missing-value', { status }, source));
    if (typeof value === 'number' && (status === 'missing' || status === 'not-applicable'))
      issues.push(issue('error', ['observations', index, 'value'], 'unexpected-value', 'unexpected-value', { status, value }, source));
  });
  for (const [interpretation, index] of records(document.interpretations)) {
    const writtenFor = isRecord(interpretation.writtenFor) ? str(interpretation.writtenFor.latestPeriod) : undefined;
    const periods = Array.isArray(interpretation.periods) ? interpretation.periods.filter((period): period is string => typeof period === 'string') : [];
    if (writtenFor && periods.some((period) => comparePeriods(period, writtenFor) > 0))
      issues.push(issue('warning', ['interpretations', index, 'periods'], 'inconsistent', 'periods-after', { writtenFor }, source));
  }
}

/** The problems of any value against a schema (the view definition's, say), as for documents. */
export function schemaProblems(value: unknown, schema: JsonSchema, source?: string): Problem[] {
  return checkSchema(value, schema).map((problem) => issue(problem.kind === 'unknown-property' ? 'warning' : 'error', problem.path, problem.kind, 'schema', { problem }, source));
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
