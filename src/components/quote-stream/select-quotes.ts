/** Pure helpers of <stroomop-quote-stream>: which quotes to show, in which order, and how dates read. No DOM. */
import type { Quote, Role } from '../../format/types.generated.js';

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

export { formatDate } from '../../format/period.js';
