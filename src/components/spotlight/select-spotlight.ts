/**
 * Which theme of the month (spotlight) to show, which months can be reached
 * from it, and small formatting helpers (durations). Pure: no DOM; "today"
 * comes in as an argument.
 */
import type { Spotlight } from '../../format/types.generated.js';
import type { Lang } from '../../format/text.js';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month of a date by the viewer's clock, `YYYY-MM`. */
export function monthOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The day of a date by the viewer's clock, `YYYY-MM-DD`. */
export function dayOf(date: Date): string {
  return `${monthOf(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Reads the `now` attribute: `YYYY-MM-DD` or `YYYY-MM` as noon local time, or any date-time Date understands; undefined when unusable. */
export function parseNow(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const text = /^\d{4}-\d{2}$/.test(trimmed) ? `${trimmed}-01T12:00:00` : /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? `${trimmed}T12:00:00` : trimmed;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export interface SpotlightQuery {
  /** The month asked for (`month` attribute); empty for "this month". */
  month?: string;
  now: Date;
}

export type SpotlightSelection =
  | {
      kind: 'found';
      spotlight: Spotlight;
      /** The month shown. */
      month: string;
      /** True when no month was asked for and this month had no spotlight, so the latest earlier one is shown. */
      fallback: boolean;
      /** The month that was asked for, or the current month. */
      requested: string;
      /** The nearest month with a spotlight before the one shown (for navigation), if any. */
      previous: string | undefined;
      /** The nearest month with a spotlight after the one shown (up to the current month), if any. */
      next: string | undefined;
    }
  | {
      kind: 'missing';
      /** The month asked for, which has no spotlight. */
      month: string;
      /** The month to offer instead: the nearest earlier one with a spotlight, else the nearest later one up to now. */
      offer: string | undefined;
    }
  | { kind: 'none' };

/** The months that have a spotlight, oldest first, without duplicates. */
export function spotlightMonths(spotlights: readonly Spotlight[]): string[] {
  return [...new Set(spotlights.map(({ month }) => month))].sort();
}

/**
 * Selects the spotlight. With a `month`: that month's spotlight, or `missing`
 * with the nearest earlier month to offer. Without: the current month's (by
 * `now`), else the latest earlier one. Themes after the current month are not
 * shown yet (a later month asked for by name is `missing`, offering the
 * latest theme so far). Several spotlights in one month: the first in the data.
 */
export function selectSpotlight(spotlights: readonly Spotlight[], query: SpotlightQuery): SpotlightSelection {
  const current = monthOf(query.now);
  const reachable = spotlightMonths(spotlights).filter((month) => month <= current);
  const requested = query.month ?? '';
  let shown: string | undefined;
  let fallback = false;
  if (requested) {
    if (!reachable.includes(requested)) {
      const offer = reachable.findLast((month) => month < requested) ?? reachable.find((month) => month > requested);
      return { kind: 'missing', month: requested, offer };
    }
    shown = requested;
  } else {
    shown = reachable.at(-1);
    fallback = shown !== undefined && shown !== current;
  }
  if (shown === undefined) return { kind: 'none' };
  const month = shown;
  const spotlight = spotlights.find((candidate) => candidate.month === month)!;
  return {
    kind: 'found',
    spotlight,
    month,
    fallback,
    requested: requested || current,
    previous: reachable.findLast((candidate) => candidate < month),
    next: reachable.find((candidate) => candidate > month),
  };
}

const DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/;
const unitFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();

/** An ISO 8601 duration (`PT25M`, `PT1H5M`) in words: "25 minuten", "1 uur en 5 minuten"; undefined when it cannot be read. */
export function formatDuration(duration: string | undefined, lang: Lang): string | undefined {
  const match = duration ? DURATION.exec(duration) : null;
  if (!match) return undefined;
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const parts: string[] = [];
  (['hour', 'minute', 'second'] as const).forEach((unit, index) => {
    const amount = Number(match[index + 1] ?? 0);
    if (!amount) return;
    const key = `${locale}|${unit}`;
    let format = unitFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
      unitFormats.set(key, format);
    }
    parts.push(format.format(amount));
  });
  if (!parts.length) return undefined;
  let list = listFormats.get(lang);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(lang, list);
  }
  return list.format(parts);
}
