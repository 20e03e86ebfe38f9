/**
 * Periods as the format writes them (`2024`, `2024-H1`, `2024-Q2`, `2024-11`,
 * `2024-W05`, `2024-11-03`): parsing, ordering and Dutch/English labels.
 */
import type { Lang } from './text.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

export interface ParsedPeriod {
  /** The period as the format writes it: `2024-H1`. */
  text: string;
  kind: PeriodKind;
  year: number;
  /** Half (1-2), quarter (1-4), month (1-12), week (1-53) or day of month; 0 for a year. */
  index: number;
  month: number;
  day: number;
  /** First day of the period: milliseconds since 1970, UTC (a number, not a Date: a daily series has thousands). */
  start: number;
  /** First day after the period, in the same milliseconds. */
  end: number;
}

// Every kind but a day, which parseNewPeriod reads on its own.
const PERIOD = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])|W(0[1-9]|[1-4]\d|5[0-3])))?$/;

/** Shaped like a day; the calendar decides whether it is one. */
export const DAY_TEXT = /^\d{4}-\d\d-\d\d$/;

const DAY = 86_400_000;
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);

function isoWeekStart(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  // 1 January 1970 was a Thursday; Monday is weekday 0.
  const weekday = (((Math.floor(jan4 / DAY) + 3) % 7) + 7) % 7;
  return jan4 + ((week - 1) * 7 - weekday) * DAY;
}

/**
 * Parsed periods by their text. A document repeats a few periods over thousands
 * of observations, and sorting compares each many times: parse each once.
 * Bounded, so a long-running page with ever new periods cannot grow it forever.
 */
const parsed = new Map<string, ParsedPeriod | null>();
const PARSED_LIMIT = 50_000;

/** Parses a period; returns undefined when the text is not a valid period (including 2023-02-30). The result is shared: do not change it. */
export function parsePeriod(text: string): ParsedPeriod | undefined {
  // One lookup per call (null remembers a text that is no period): a chart of 30,000 points asks often.
  const known = parsed.get(text);
  if (known !== undefined) return known ?? undefined;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const result = parseNewPeriod(text);
  parsed.set(text, result ?? null);
  return result;
}

function parseNewPeriod(text: string): ParsedPeriod | undefined {
  // A day, the text of every point of a long series, is read without the full pattern and its match array.
  if (DAY_TEXT.test(text)) {
    const year = +text.slice(0, 4);
    const month = +text.slice(5, 7);
    const day = +text.slice(8);
    const start = utc(year, month, day);
    // 2023-02-30 is no day: Date.UTC moves it into March.
    if (!(month >= 1 && month <= 12 && day >= 1 && start < utc(year, month + 1))) return undefined;
    return { text, kind: 'day', year, index: day, month, day, start, end: start + DAY };
  }
  const match = PERIOD.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [, , half, quarter, month, week] = match;
  if (half) {
    const index = Number(half);
    return { text, kind: 'half', year, index, month: index * 6 - 5, day: 1, start: utc(year, index * 6 - 5), end: utc(year, index * 6 + 1) };
  }
  if (quarter) {
    const index = Number(quarter);
    return { text, kind: 'quarter', year, index, month: index * 3 - 2, day: 1, start: utc(year, index * 3 - 2), end: utc(year, index * 3 + 1) };
  }
  if (month) {
    const index = Number(month);
    return { text, kind: 'month', year, index, month: index, day: 1, start: utc(year, index), end: utc(year, index + 1) };
  }
  if (week) {
    const index = Number(week);
    const start = isoWeekStart(year, index);
    // Week 53 exists only in long ISO years.
    if (index === 53 && isoWeekStart(year + 1, 1) <= start) return undefined;
    const first = new Date(start);
    return { text, kind: 'week', year, index, month: first.getUTCMonth() + 1, day: first.getUTCDate(), start, end: start + 7 * DAY };
  }
  return { text, kind: 'year', year, index: 0, month: 1, day: 1, start: utc(year, 1), end: utc(year + 1, 1) };
}

/** Orders parsed periods by start, then by length (a year before its first half). */
export const compareParsedPeriods = (a: ParsedPeriod, b: ParsedPeriod): number => a.start - b.start || b.end - a.end;

/** Orders periods as compareParsedPeriods does; texts that are no period by their text. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return compareParsedPeriods(pa, pb);
}

/** The middle of a period, where a chart puts its point, in milliseconds since 1970 (UTC). */
export function periodMidpoint(period: ParsedPeriod): number {
  return (period.start + period.end) / 2;
}

const ORDINAL_NL = ['', '1e', '2e', '3e', '4e'];
const ORDINAL_EN = ['', 'first', 'second', 'third', 'fourth'];

/**
 * Month names as ICU writes them for nl-NL and en-GB (test/node/formats.test.ts
 * holds them to Intl). Why not Intl.DateTimeFormat: a page's first Intl format
 * starts ICU, which costs 10-30 ms in Chromium before the first chart can draw.
 */
const MONTHS = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};
const SHORT_MONTHS = {
  nl: 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(' '),
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
};
const monthName = (lang: Lang, month: number, short: boolean): string => (short ? SHORT_MONTHS : MONTHS)[lang][month - 1]!;

/** "1e halfjaar 2024", "2e kwartaal 2024", "november 2024"; in English "first half of 2024", "Q2 2024", "November 2024". */
export function formatPeriod(text: string, lang: Lang = 'nl', style: 'long' | 'short' = 'long'): string {
  const period = parsePeriod(text);
  if (!period) return text;
  const { kind, year, index } = period;
  const short = style === 'short';
  switch (kind) {
    case 'year':
      return String(year);
    case 'half':
      if (short) return lang === 'en' ? `H${index} ${year}` : `${ORDINAL_NL[index]} hj ${year}`;
      return lang === 'en' ? `${ORDINAL_EN[index]} half of ${year}` : `${ORDINAL_NL[index]} halfjaar ${year}`;
    case 'quarter':
      if (short || lang === 'en') return `Q${index} ${year}`;
      return `${ORDINAL_NL[index]} kwartaal ${year}`;
    case 'month':
      return `${monthName(lang, index, short)} ${year}`;
    case 'week':
      return lang === 'en' ? `week ${index} of ${year}` : `week ${index} ${year}`;
    case 'day':
      return `${period.day} ${monthName(lang, period.month, short)} ${year}`;
  }
}

/** The name of a month (`2025-03`) alone, as in "maart 2025". */
export function formatMonth(month: string, lang: Lang = 'nl'): string {
  return formatPeriod(month, lang);
}

/** A calendar date (YYYY-MM-DD) as a long date: `3 mei 2025`, `3 May 2025`. Anything else comes back as it was. */
export function formatDate(date: string, lang: Lang = 'nl'): string {
  return parsePeriod(date)?.kind === 'day' ? formatPeriod(date, lang) : date;
}
