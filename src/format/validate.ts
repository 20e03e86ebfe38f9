/**
 * The validator for monitor documents, for the browser and for Node. It returns
 * every problem with its JSON path and a plain message in Dutch and English;
 * it never throws on data and never uses eval (strict-CSP safe).
 */
import { checkSchema, formatPath, typeOf, type JsonSchema, type SchemaPath, type SchemaProblem } from './schema-check.js';
import { monitorDocumentSchema } from './schema.generated.js';
import { parsePeriod, comparePeriods } from './period.js';
import { ID_COLLECTIONS, observationKey } from './identity.js';
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

const quoted = (value: unknown): string => {
  const type = typeOf(value);
  if (type === 'string') {
    const text = value as string;
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
  }
  if (type === 'object') return '{…}';
  if (type === 'array') return '[…]';
  return String(value);
};

const TYPE_NAMES: Record<string, LocalizedMessage> = {
  string: { nl: 'tekst', en: 'a string' },
  number: { nl: 'een getal', en: 'a number' },
  integer: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een object', en: 'an object' },
  array: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'null', en: 'null' },
};
const typeList = (types: string[], lang: 'nl' | 'en') =>
  types.map((type) => TYPE_NAMES[type]?.[lang] ?? type).join(lang === 'nl' ? ' of ' : ' or ');

const PATTERN_HINTS: Record<string, LocalizedMessage> = {
  Period: { nl: 'een periode zoals 2024, 2024-H1, 2024-Q2, 2024-11, 2024-W05 of 2024-11-03', en: 'a period such as 2024, 2024-H1, 2024-Q2, 2024-11, 2024-W05 or 2024-11-03' },
  date: { nl: 'een datum JJJJ-MM-DD', en: 'a date YYYY-MM-DD' },
  month: { nl: 'een maand JJJJ-MM', en: 'a month YYYY-MM' },
  url: { nl: 'een http(s)-adres of een relatief pad', en: 'an http(s) URL or a relative path' },
  id: { nl: 'een code van letters, cijfers, punt, dubbele punt, _ of -', en: 'a code of letters, digits, dot, colon, _ or -' },
  version: { nl: `formaatversie ${FORMAT_MAJOR}.x`, en: `format version ${FORMAT_MAJOR}.x` },
  duration: { nl: 'een ISO 8601-duur zoals PT25M', en: 'an ISO 8601 duration such as PT25M' },
};
function patternHint(pattern: string): LocalizedMessage {
  if (pattern.includes('H[12]')) return PATTERN_HINTS.Period!;
  if (pattern.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return PATTERN_HINTS.date!;
  if (pattern.startsWith('^\\d{4}-(0[1-9]')) return PATTERN_HINTS.month!;
  if (pattern.includes('(https?')) return PATTERN_HINTS.url!;
  if (pattern.startsWith('^[A-Za-z0-9][')) return PATTERN_HINTS.id!;
  if (pattern.startsWith('^1\\.')) return PATTERN_HINTS.version!;
  if (pattern.startsWith('^PT')) return PATTERN_HINTS.duration!;
  return { nl: `tekst volgens het patroon ${pattern}`, en: `text matching ${pattern}` };
}

function schemaMessage(problem: SchemaProblem): LocalizedMessage {
  switch (problem.kind) {
    case 'type':
    case 'no-variant':
      return {
        nl: `verwacht ${typeList(problem.expected, 'nl')}, maar kreeg ${quoted(problem.actual)}`,
        en: `expected ${typeList(problem.expected, 'en')}, got ${quoted(problem.actual)}`,
      };
    case 'enum': {
      const allowed = problem.allowed.map((value) => JSON.stringify(value)).join(', ');
      return { nl: `verwacht een van ${allowed}, maar kreeg ${quoted(problem.actual)}`, en: `expected one of ${allowed}, got ${quoted(problem.actual)}` };
    }
    case 'pattern': {
      const hint = patternHint(problem.pattern);
      return { nl: `verwacht ${hint.nl}, maar kreeg ${quoted(problem.actual)}`, en: `expected ${hint.en}, got ${quoted(problem.actual)}` };
    }
    case 'required':
      return { nl: `het veld "${problem.property}" ontbreekt`, en: `the field "${problem.property}" is missing` };
    case 'unknown-property':
      return { nl: `onbekend veld "${problem.property}" (tikfout?)`, en: `unknown field "${problem.property}" (a typo?)` };
    case 'range': {
      const words: Record<typeof problem.bound, LocalizedMessage> = {
        minimum: { nl: 'minstens', en: 'at least' },
        maximum: { nl: 'hoogstens', en: 'at most' },
        exclusiveMinimum: { nl: 'groter dan', en: 'greater than' },
        exclusiveMaximum: { nl: 'kleiner dan', en: 'less than' },
      };
      return {
        nl: `verwacht ${words[problem.bound].nl} ${problem.limit}, maar kreeg ${problem.actual}`,
        en: `expected ${words[problem.bound].en} ${problem.limit}, got ${problem.actual}`,
      };
    }
    case 'too-short':
      return problem.unit === 'items'
        ? { nl: `verwacht minstens ${problem.limit} item(s)`, en: `expected at least ${problem.limit} item(s)` }
        : { nl: 'mag niet leeg zijn', en: 'must not be empty' };
  }
}

const issue = (severity: ValidationIssue['severity'], path: SchemaPath | string, code: string, message: LocalizedMessage, source?: string): ValidationIssue => ({
  severity,
  path: typeof path === 'string' ? path : formatPath(path),
  code,
  message,
  ...(source === undefined ? {} : { source }),
});

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeOf(value) === 'object';
const records = (value: unknown): [Rec, number][] =>
  Array.isArray(value) ? value.flatMap((item, index): [Rec, number][] => (isRecord(item) ? [[item, index]] : [])) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Checks the version, then the schema; returns the issues and whether the document can be read at all. */
function checkStructure(input: DocumentInput, issues: ValidationIssue[]): boolean {
  const { document, source } = input;
  if (!isRecord(document)) {
    issues.push(issue('error', '(document)', 'type', { nl: `verwacht een JSON-object, maar kreeg ${quoted(document)}`, en: `expected a JSON object, got ${quoted(document)}` }, source));
    return false;
  }
  const version = document.formatVersion;
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    issues.push(
      issue('error', 'formatVersion', 'version', {
        nl: `verwacht een formaatversie zoals "${FORMAT_MAJOR}.${FORMAT_MINOR}", maar kreeg ${version === undefined ? 'niets' : quoted(version)}`,
        en: `expected a format version such as "${FORMAT_MAJOR}.${FORMAT_MINOR}", got ${version === undefined ? 'nothing' : quoted(version)}`,
      }, source),
    );
    return false;
  }
  const [, major, minor] = match;
  if (Number(major) !== FORMAT_MAJOR) {
    issues.push(
      issue('error', 'formatVersion', 'version', {
        nl: `formaatversie ${String(version)} wordt niet ondersteund; deze versie van de elementen leest versie ${FORMAT_MAJOR}.x`,
        en: `format version ${String(version)} is not supported; this version of the elements reads version ${FORMAT_MAJOR}.x`,
      }, source),
    );
    return false;
  }
  const newerMinor = Number(minor) > FORMAT_MINOR;
  for (const problem of checkSchema(document, monitorDocumentSchema)) {
    if (problem.kind === 'unknown-property') {
      // A newer minor version may add fields: read what we know, ignore the rest.
      if (!newerMinor) issues.push(issue('warning', problem.path, 'unknown-property', schemaMessage(problem), source));
      continue;
    }
    issues.push(issue('error', problem.path, problem.kind, schemaMessage(problem), source));
  }
  return true;
}

interface Registry {
  topics: Set<string>;
  areas: Set<string>;
  indicators: Set<string>;
  breakdowns: Map<string, Set<string>>;
  latestPeriod: Map<string, string>;
}

function collect(documents: Rec[]): Registry {
  const registry: Registry = { topics: new Set(), areas: new Set(), indicators: new Set(), breakdowns: new Map(), latestPeriod: new Map() };
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


function checkDuplicates(document: Rec, source: string | undefined, issues: ValidationIssue[]): void {
  for (const [collection, key] of ID_COLLECTIONS) {
    const seen = new Map<string, number>();
    for (const [item, index] of records(document[collection])) {
      const id = str(item[key]);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else
        issues.push(
          issue('error', [collection, index, key], 'duplicate-id', {
            nl: `"${id}" komt al voor in ${collection}[${first}]`,
            en: `"${id}" already occurs at ${collection}[${first}]`,
          }, source),
        );
    }
  }
  const seenObservations = new Map<string, number>();
  for (const [observation, index] of records(document.observations)) {
    // The schema check reports a breakdown that is no object; here it just counts as none.
    const key = observationKey(observation.breakdown === undefined || isRecord(observation.breakdown) ? observation : { ...observation, breakdown: undefined });
    const first = seenObservations.get(key);
    if (first === undefined) seenObservations.set(key, index);
    else
      issues.push(
        issue('error', ['observations', index], 'duplicate-observation', {
          nl: `dezelfde indicator, hetzelfde gebied en dezelfde periode staan al in observations[${first}]`,
          en: `the same indicator, area and period already occur at observations[${first}]`,
        }, source),
      );
  }
}

function checkReference(kind: 'topic' | 'area' | 'indicator', known: Set<string>, value: unknown, path: SchemaPath, source: string | undefined, issues: ValidationIssue[]): void {
  const id = str(value);
  if (id === undefined || known.has(id)) return;
  const names = { topic: ['onderwerp (topic)', 'topic'], area: ['gebied', 'area'], indicator: ['indicator', 'indicator'] }[kind];
  issues.push(
    issue('error', path, 'unknown-reference', {
      nl: `onbekend ${names[0]} "${id}": het staat niet in ${kind === 'area' ? 'areas' : `${kind}s`}`,
      en: `unknown ${names[1]} "${id}": it is not listed in ${kind === 'area' ? 'areas' : `${kind}s`}`,
    }, source),
  );
}

function checkReferences(document: Rec, registry: Registry, source: string | undefined, issues: ValidationIssue[]): void {
  const ref = (kind: 'topic' | 'area' | 'indicator', value: unknown, path: SchemaPath) => {
    const known = kind === 'topic' ? registry.topics : kind === 'area' ? registry.areas : registry.indicators;
    checkReference(kind, known, value, path, source, issues);
  };
  const refList = (kind: 'topic' | 'area' | 'indicator', value: unknown, path: SchemaPath) => {
    if (Array.isArray(value)) value.forEach((item, index) => { ref(kind, item, [...path, index]); });
  };
  if (isRecord(document.meta)) ref('area', document.meta.area, ['meta', 'area']);
  for (const [area, index] of records(document.areas)) {
    ref('area', area.parent, ['areas', index, 'parent']);
    if (area.parent !== undefined && area.parent === area.code)
      issues.push(issue('error', ['areas', index, 'parent'], 'cycle', { nl: 'een gebied kan niet zijn eigen bovenliggende gebied zijn', en: 'an area cannot be its own parent' }, source));
  }
  for (const [indicator, index] of records(document.indicators)) refList('topic', indicator.topics, ['indicators', index, 'topics']);
  for (const [observation, index] of records(document.observations)) {
    ref('indicator', observation.indicator, ['observations', index, 'indicator']);
    ref('area', observation.area, ['observations', index, 'area']);
    if (isRecord(observation.breakdown)) {
      for (const [dimension, category] of Object.entries(observation.breakdown)) {
        const categories = registry.breakdowns.get(dimension);
        if (!categories)
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', { nl: `onbekende uitsplitsing "${dimension}": staat niet in breakdowns`, en: `unknown breakdown "${dimension}": it is not listed in breakdowns` }, source));
        else if (typeof category === 'string' && !categories.has(category))
          issues.push(issue('error', ['observations', index, 'breakdown', dimension], 'unknown-reference', { nl: `onbekende categorie "${category}" van uitsplitsing "${dimension}"`, en: `unknown category "${category}" of breakdown "${dimension}"` }, source));
      }
    }
  }
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
          issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'counts', category], 'unknown-reference', { nl: `onbekende antwoordcategorie "${category}": staat niet in categories`, en: `unknown answer category "${category}": it is not listed in categories` }, source));
      }
      if (typeof response.n === 'number' && total !== response.n)
        issues.push(issue('error', ['panelStatements', index, 'responses', responseIndex, 'n'], 'inconsistent', { nl: `n is ${response.n}, maar de antwoorden tellen op tot ${total}`, en: `n is ${response.n}, but the answers add up to ${total}` }, source));
    }
    const neutral = str(statement.neutral);
    if (neutral !== undefined && !categoryIds.has(neutral))
      issues.push(issue('error', ['panelStatements', index, 'neutral'], 'unknown-reference', { nl: `de neutrale categorie "${neutral}" staat niet in categories`, en: `the neutral category "${neutral}" is not listed in categories` }, source));
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

function checkValues(document: Rec, source: string | undefined, issues: ValidationIssue[]): void {
  const meta = isRecord(document.meta) ? document.meta : {};
  const threshold = typeof meta.privacyThreshold === 'number' ? meta.privacyThreshold : DEFAULT_PRIVACY_THRESHOLD;
  // The schema's pattern accepts 2023-02-30; the calendar does not.
  for (const [collection, field] of PERIOD_FIELDS) {
    for (const [item, index] of records(document[collection])) {
      const period = str(item[field]);
      if (period && /^\d{4}-\d{2}-\d{2}$|W53$/.test(period) && !parsePeriod(period))
        issues.push(issue('error', [collection, index, field], 'period', { nl: `${period} bestaat niet in de kalender`, en: `${period} is not a date in the calendar` }, source));
    }
  }
  for (const [item, index] of records(document.observations)) {
    const observation = item as Partial<Observation>;
    const { value, status, ci, n } = observation;
    const at = (field: string): SchemaPath => ['observations', index, field];
    if (typeof value === 'number' && ci && typeof ci.lower === 'number' && typeof ci.upper === 'number' && !(ci.lower <= value && value <= ci.upper))
      issues.push(issue('error', at('ci'), 'interval', { nl: `het interval ${ci.lower} tot ${ci.upper} bevat de waarde ${value} niet`, en: `the interval ${ci.lower} to ${ci.upper} does not contain the value ${value}` }, source));
    if (status === 'suppressed' && value !== null && value !== undefined)
      issues.push(issue('error', at('value'), 'suppressed-value', { nl: `een onderdrukte waarde mag niet in het bestand staan: zet value op null (nu ${quoted(value)})`, en: `a suppressed value must not be published: set value to null (now ${quoted(value)})` }, source));
    if (status === 'suppressed' && (observation.numerator !== undefined || ci !== undefined))
      issues.push(issue('error', at('status'), 'suppressed-value', { nl: 'bij een onderdrukte waarde horen geen teller of interval: die verraden de waarde', en: 'a suppressed value carries no numerator or interval: they would give the value away' }, source));
    if (typeof value === 'number' && typeof n === 'number' && n < threshold)
      issues.push(issue('error', at('value'), 'privacy', { nl: `n is ${n}, onder de privacydrempel van ${threshold}: onderdruk deze waarde (value null, status "suppressed")`, en: `n is ${n}, below the privacy threshold of ${threshold}: suppress this value (value null, status "suppressed")` }, source));
    if (value === null && (status === 'final' || status === 'provisional' || status === 'revised' || status === 'estimated'))
      issues.push(issue('error', at('value'), 'missing-value', { nl: `value is null maar de status is "${status}"; gebruik "missing", "suppressed" of "not-applicable"`, en: `value is null but the status is "${status}"; use "missing", "suppressed" or "not-applicable"` }, source));
    if (typeof value === 'number' && (status === 'missing' || status === 'not-applicable'))
      issues.push(issue('error', at('value'), 'unexpected-value', { nl: `de status is "${status}", maar er staat een waarde (${value})`, en: `the status is "${status}", but there is a value (${value})` }, source));
  }
  for (const [interpretation, index] of records(document.interpretations)) {
    const writtenFor = isRecord(interpretation.writtenFor) ? str(interpretation.writtenFor.latestPeriod) : undefined;
    const periods = Array.isArray(interpretation.periods) ? interpretation.periods.filter((period): period is string => typeof period === 'string') : [];
    if (writtenFor && periods.some((period) => comparePeriods(period, writtenFor) > 0))
      issues.push(issue('warning', ['interpretations', index, 'periods'], 'inconsistent', { nl: `gaat over perioden na ${writtenFor}, de nieuwste periode waarvoor de duiding geschreven is`, en: `covers periods after ${writtenFor}, the newest period the note was written for` }, source));
  }
}

/** Validates any value against a schema (the view definition's, say) with the same messages as documents. */
export function validateAgainst(value: unknown, schema: JsonSchema, source?: string): ValidationResult {
  const issues = checkSchema(value, schema).map((problem) =>
    issue(problem.kind === 'unknown-property' ? 'warning' : 'error', problem.path, problem.kind, schemaMessage(problem), source),
  );
  return { valid: !issues.some(({ severity }) => severity === 'error'), issues };
}

/**
 * Validates one or more documents that are read together: each on its own
 * (version, schema, duplicates, values), and references across the whole set,
 * so an organisation's document may refer to the areas of the national one.
 */
export function validateDocuments(inputs: DocumentInput[]): ValidationResult[] {
  const readable: { input: DocumentInput; issues: ValidationIssue[]; ok: boolean }[] = inputs.map((input) => {
    const issues: ValidationIssue[] = [];
    const ok = checkStructure(input, issues);
    return { input, issues, ok };
  });
  const registry = collect(readable.filter(({ ok }) => ok).map(({ input }) => input.document as Rec));
  return readable.map(({ input, issues, ok }) => {
    if (ok) {
      const document = input.document as Rec;
      checkDuplicates(document, input.source, issues);
      checkReferences(document, registry, input.source, issues);
      checkValues(document, input.source, issues);
    }
    return { valid: !issues.some(({ severity }) => severity === 'error'), issues };
  });
}

export function validateDocument(document: unknown, source?: string): ValidationResult {
  return validateDocuments([{ document, ...(source === undefined ? {} : { source }) }])[0]!;
}

/** "observations[3].value: expected a number, got "12,5"" */
export function formatIssue(found: ValidationIssue, lang: 'nl' | 'en' = 'nl'): string {
  return `${found.source ? `${found.source}: ` : ''}${found.path}: ${found.message[lang]}`;
}
