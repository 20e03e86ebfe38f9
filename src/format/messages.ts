/**
 * The Dutch and English messages of the validator's problems. Loaded in the
 * browser only when a document has problems: a good document never needs it.
 */
import { typeOf, type SchemaProblem } from './schema-check.js';
import { FORMAT_MAJOR, FORMAT_MINOR, type LocalizedMessage, type MessageKey, type MessageParams, type Problem, type ValidationIssue } from './problems.js';

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
  id: { nl: 'een code van letters, cijfers, punt, dubbele punt, _ of -', en: 'a code of letters, digits, dot, colon, _ or -' },
  version: { nl: `formaatversie ${FORMAT_MAJOR}.x`, en: `format version ${FORMAT_MAJOR}.x` },
  duration: { nl: 'een ISO 8601-duur zoals PT25M', en: 'an ISO 8601 duration such as PT25M' },
};
function patternHint(pattern: string): LocalizedMessage {
  if (pattern.includes('H[12]')) return PATTERN_HINTS.Period!;
  if (pattern.startsWith('^\\d{4}-\\d{2}-\\d{2}')) return PATTERN_HINTS.date!;
  if (pattern.startsWith('^\\d{4}-(0[1-9]')) return PATTERN_HINTS.month!;
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
    case 'url':
      return urlMessage(problem.actual);
  }
}

/** A URL the gate refused; the elements leave out its link or medium and show the rest. */
function urlMessage(actual: unknown): LocalizedMessage {
  return {
    nl: `${quoted(actual)} is geen toegestaan adres (alleen https:, http:, mailto: of een relatief adres, zonder spaties of stuurtekens); het adres is weggelaten, de rest wordt getoond`,
    en: `${quoted(actual)} is not an allowed URL (only https:, http:, mailto: or a relative URL, without spaces or control characters); it is left out, the rest is shown`,
  };
}


const REFERENCE_NAMES: Record<string, [string, string, string]> = {
  topic: ['onderwerp (topic)', 'topic', 'topics'],
  area: ['gebied', 'area', 'areas'],
  indicator: ['indicator', 'indicator', 'indicators'],
};

/** Where in the text a JSON parser stopped, as line and column, from the engines' messages. */
function jsonMessage(error: string, text: string): LocalizedMessage {
  const position = /position (\d+)/.exec(error);
  let where = '';
  let whereEn = '';
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = ` (regel ${line}, kolom ${column})`;
    whereEn = ` (line ${line}, column ${column})`;
  }
  return {
    nl: `het bestand is geen geldige JSON${where}: ${error}`,
    en: `the file is not valid JSON${whereEn}: ${error}`,
  };
}

/* Each message takes the facts its check recorded; the values are the document's own, checked where they are used. */
/* eslint-disable @typescript-eslint/restrict-template-expressions */
const MESSAGES: Record<MessageKey, (p: MessageParams) => LocalizedMessage> = {
  schema: (p) => schemaMessage(p.problem as SchemaProblem),
  'not-object': (p) => ({ nl: `verwacht een JSON-object, maar kreeg ${quoted(p.actual)}`, en: `expected a JSON object, got ${quoted(p.actual)}` }),
  'version-shape': (p) => ({
    nl: `verwacht een formaatversie zoals "${FORMAT_MAJOR}.${FORMAT_MINOR}", maar kreeg ${p.actual === undefined ? 'niets' : quoted(p.actual)}`,
    en: `expected a format version such as "${FORMAT_MAJOR}.${FORMAT_MINOR}", got ${p.actual === undefined ? 'nothing' : quoted(p.actual)}`,
  }),
  'version-major': (p) => ({
    nl: `formaatversie ${String(p.version)} wordt niet ondersteund; deze versie van de elementen leest versie ${FORMAT_MAJOR}.x`,
    en: `format version ${String(p.version)} is not supported; this version of the elements reads version ${FORMAT_MAJOR}.x`,
  }),
  'duplicate-id': (p) => ({ nl: `"${p.id}" komt al voor in ${p.collection}[${p.first}]`, en: `"${p.id}" already occurs at ${p.collection}[${p.first}]` }),
  'duplicate-observation': (p) => ({
    nl: `dezelfde indicator, hetzelfde gebied en dezelfde periode staan al in observations[${p.first}]`,
    en: `the same indicator, area and period already occur at observations[${p.first}]`,
  }),
  'unknown-reference': (p) => {
    const [nl, en, list] = REFERENCE_NAMES[String(p.kind)]!;
    return { nl: `onbekend ${nl} "${p.id}": het staat niet in ${list}`, en: `unknown ${en} "${p.id}": it is not listed in ${list}` };
  },
  cycle: () => ({ nl: 'een gebied kan niet zijn eigen bovenliggende gebied zijn', en: 'an area cannot be its own parent' }),
  'unknown-breakdown': (p) => ({ nl: `onbekende uitsplitsing "${p.dimension}": staat niet in breakdowns`, en: `unknown breakdown "${p.dimension}": it is not listed in breakdowns` }),
  'unknown-category': (p) => ({ nl: `onbekende categorie "${p.category}" van uitsplitsing "${p.dimension}"`, en: `unknown category "${p.category}" of breakdown "${p.dimension}"` }),
  'unknown-answer': (p) => ({ nl: `onbekende antwoordcategorie "${p.category}": staat niet in categories`, en: `unknown answer category "${p.category}": it is not listed in categories` }),
  'answers-total': (p) => ({ nl: `n is ${p.n}, maar de antwoorden tellen op tot ${p.total}`, en: `n is ${p.n}, but the answers add up to ${p.total}` }),
  'unknown-neutral': (p) => ({ nl: `de neutrale categorie "${p.neutral}" staat niet in categories`, en: `the neutral category "${p.neutral}" is not listed in categories` }),
  calendar: (p) => ({ nl: `${p.period} bestaat niet in de kalender`, en: `${p.period} is not a date in the calendar` }),
  interval: (p) => ({ nl: `het interval ${p.lower} tot ${p.upper} bevat de waarde ${p.value} niet`, en: `the interval ${p.lower} to ${p.upper} does not contain the value ${p.value}` }),
  'suppressed-value': (p) => ({
    nl: `een onderdrukte waarde mag niet in het bestand staan: zet value op null (nu ${quoted(p.value)})`,
    en: `a suppressed value must not be published: set value to null (now ${quoted(p.value)})`,
  }),
  'suppressed-extras': () => ({ nl: 'bij een onderdrukte waarde horen geen teller of interval: die verraden de waarde', en: 'a suppressed value carries no numerator or interval: they would give the value away' }),
  privacy: (p) => ({
    nl: `${p.denominator ? 'de noemer' : 'n'} is ${p.n}, onder de privacydrempel van ${p.threshold}: onderdruk deze waarde (value null, status "suppressed")`,
    en: `${p.denominator ? 'the denominator' : 'n'} is ${p.n}, below the privacy threshold of ${p.threshold}: suppress this value (value null, status "suppressed")`,
  }),
  'n-denominator': (p) => ({
    nl: `n is ${p.n}, maar de noemer is ${p.denominator}: de waarde is weggelaten tot ze overeenkomen`,
    en: `n is ${p.n}, but the denominator is ${p.denominator}: the value is left out until they agree`,
  }),
  url: (p) => urlMessage(p.actual),
  'missing-value': (p) => ({
    nl: `value is null maar de status is "${p.status}"; gebruik "missing", "suppressed" of "not-applicable"`,
    en: `value is null but the status is "${p.status}"; use "missing", "suppressed" or "not-applicable"`,
  }),
  'unexpected-value': (p) => ({ nl: `de status is "${p.status}", maar er staat een waarde (${p.value})`, en: `the status is "${p.status}", but there is a value (${p.value})` }),
  'periods-after': (p) => ({
    nl: `gaat over perioden na ${p.writtenFor}, de nieuwste periode waarvoor de duiding geschreven is`,
    en: `covers periods after ${p.writtenFor}, the newest period the note was written for`,
  }),
  'fetch-network': (p) => ({
    nl: `kan ${p.url} niet ophalen (geen verbinding, of de server staat het niet toe)`,
    en: `cannot fetch ${p.url} (no connection, or the server does not allow it)`,
  }),
  'fetch-http': (p) => ({
    nl: `${p.url} gaf HTTP ${p.status}${p.status === 404 ? ' (niet gevonden)' : ''}`,
    en: `${p.url} answered HTTP ${p.status}${p.status === 404 ? ' (not found)' : ''}`,
  }),
  'fetch-json': (p) => jsonMessage(String(p.error), String(p.text)),
  'no-data': () => ({ nl: 'er is geen bron opgegeven (src of data)', en: 'no source was given (src or data)' }),
};
/* eslint-enable @typescript-eslint/restrict-template-expressions */

/** A problem with its message in Dutch and English. */
export function describeProblem(problem: Problem): ValidationIssue {
  const { key, params, ...rest } = problem;
  return { ...rest, message: MESSAGES[key](params) };
}
