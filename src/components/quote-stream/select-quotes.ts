/** Pure helpers of <stroomop-quote-stream>: which quotes to show, in which order, and how dates read. No DOM. */
import type { Quote, Role } from '../../format/types.generated.js';
import type { Lang } from '../../format/text.js';

/** The panel roles a `roles` filter may name. */
export const QUOTE_ROLES: readonly Role[] = ['youth', 'parent', 'professional'];

/** Splits a `roles` attribute (`"youth parent"`) into known roles and the tokens that are not roles. */
export function parseRoles(value: string | null | undefined): { roles: Role[]; unknown: string[] } {
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const token of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const role = token.toLowerCase() as Role;
    if (QUOTE_ROLES.includes(role)) {
      if (!roles.includes(role)) roles.push(role);
    } else unknown.push(token);
  }
  return { roles, unknown };
}

export interface QuoteFilter {
  /** Only these roles; empty means every role. */
  roles?: readonly Role[];
  /** Only quotes about this topic id. */
  topic?: string | undefined;
  /** At most this many (the newest); anything not a positive whole number means no limit. */
  limit?: number | undefined;
}

/** The quotes that pass the filter, newest first; quotes of the same date keep their document order. */
export function selectQuotes(quotes: readonly Quote[], filter: QuoteFilter = {}): Quote[] {
  const roles = filter.roles ?? [];
  const selected = quotes
    .filter((quote) => (!roles.length || roles.includes(quote.role)) && (!filter.topic || quote.topic === filter.topic))
    .map((quote, order) => ({ quote, order }))
    .sort((a, b) => (a.quote.date === b.quote.date ? a.order - b.order : a.quote.date < b.quote.date ? 1 : -1))
    .map(({ quote }) => quote);
  const limit = filter.limit;
  return limit !== undefined && Number.isInteger(limit) && limit > 0 ? selected.slice(0, limit) : selected;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as a long date: `3 mei 2025`, `3 May 2025`. Anything else comes back as it was. */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(value.getTime()) ? date : format.format(value);
}
