/**
 * Which interpretation (duiding) an element shows, and whether newer figures
 * exist than the ones it was written for. Pure data code: no DOM.
 */
import type { Interpretation, Observation } from '../../format/types.generated.js';
import { comparePeriods, parsePeriod } from '../../format/period.js';

export interface InterpretationQuery {
  /** An interpretation id; takes precedence over `indicator`. */
  note?: string;
  indicator?: string;
  /** The area asked for: a note for this area is preferred over a general one. */
  area?: string;
  /** A period: a note about this period is preferred over one without periods. */
  period?: string;
}

export type InterpretationSelection =
  | { kind: 'found'; interpretation: Interpretation }
  | { kind: 'none' }
  | { kind: 'unknown-note'; note: string };

/**
 * Selects by `note` id, or by `indicator`: first a note for `area`, else a
 * general note (no area); within those, a note whose periods (or writtenFor)
 * include `period`, else one that names no periods; the newest date wins.
 * Without `area`, only general notes qualify, or, when there are none, the
 * newest note of any area.
 */
export function selectInterpretation(interpretations: readonly Interpretation[], query: InterpretationQuery): InterpretationSelection {
  if (query.note) {
    const interpretation = interpretations.find(({ id }) => id === query.note);
    return interpretation ? { kind: 'found', interpretation } : { kind: 'unknown-note', note: query.note };
  }
  if (!query.indicator) return { kind: 'none' };
  const candidates = interpretations.filter(({ indicator }) => indicator === query.indicator);
  const areaRank = (interpretation: Interpretation): number | undefined => {
    if (query.area) return interpretation.area === query.area ? 0 : interpretation.area === undefined ? 1 : undefined;
    if (interpretation.area === undefined) return 0;
    return candidates.some(({ area }) => area === undefined) ? undefined : 1;
  };
  const periodRank = (interpretation: Interpretation): number | undefined => {
    if (!query.period) return 0;
    const about = [...(interpretation.periods ?? []), ...(interpretation.writtenFor ? [interpretation.writtenFor.latestPeriod] : [])];
    if (about.includes(query.period)) return 0;
    return interpretation.periods?.length ? undefined : 1;
  };
  const ranked = candidates
    .map((interpretation, order) => ({ interpretation, order, area: areaRank(interpretation), period: periodRank(interpretation) }))
    .filter((entry): entry is typeof entry & { area: number; period: number } => entry.area !== undefined && entry.period !== undefined)
    .sort((a, b) => a.area - b.area || a.period - b.period || (a.interpretation.date < b.interpretation.date ? 1 : a.interpretation.date > b.interpretation.date ? -1 : a.order - b.order));
  const best = ranked[0];
  return best ? { kind: 'found', interpretation: best.interpretation } : { kind: 'none' };
}

/**
 * Whether `candidate` lies after `reference`: it starts when the reference has
 * ended (2024 after 2023; 2023-Q4 is not after 2023). Unparseable periods fall
 * back to plain ordering.
 */
export function isLaterPeriod(candidate: string, reference: string): boolean {
  const a = parsePeriod(candidate);
  const b = parsePeriod(reference);
  if (!a || !b) return comparePeriods(candidate, reference) > 0;
  return a.start >= b.end;
}

/**
 * The newest period with a value for the note's indicator (in the note's area
 * when it has one), when that is later than the period the note was written
 * for; undefined when the note is up to date or does not say what it was
 * written for.
 */
export function newerPeriod(interpretation: Interpretation, observations: readonly Observation[]): string | undefined {
  const writtenFor = interpretation.writtenFor?.latestPeriod;
  if (!writtenFor) return undefined;
  let newest: string | undefined;
  for (const observation of observations) {
    if (observation.indicator !== interpretation.indicator || typeof observation.value !== 'number') continue;
    if (interpretation.area !== undefined && observation.area !== interpretation.area) continue;
    if (newest === undefined || comparePeriods(observation.period, newest) > 0) newest = observation.period;
  }
  return newest !== undefined && isLaterPeriod(newest, writtenFor) ? newest : undefined;
}

/** Actions in timeline order: by expected period, those without one last, otherwise in the order given. */
export function timelineOrder<T extends { expected?: string }>(actions: readonly T[]): T[] {
  return actions
    .map((action, order) => ({ action, order }))
    .sort((a, b) => {
      if (a.action.expected && b.action.expected) return comparePeriods(a.action.expected, b.action.expected) || a.order - b.order;
      if (a.action.expected) return -1;
      if (b.action.expected) return 1;
      return a.order - b.order;
    })
    .map(({ action }) => action);
}
