/**
 * `diff`: what changed between two releases of a document. New periods and
 * new observations, observations that disappeared, values that changed
 * (revised), and status changes (provisional to final, a value now
 * suppressed). The new release can be written back with every changed value
 * marked `revised` and a reason that says what it was.
 */
import type { Indicator, MonitorDocument, Observation, Text } from 'stroomop-monitor-elements/format';
import { comparePeriods } from 'stroomop-monitor-elements/format';
import { formatValue } from 'stroomop-monitor-elements/format';
import { observationKey } from './merge.js';

export interface ObservationChange {
  key: string;
  indicator: string;
  area: string;
  period: string;
  breakdown?: Observation['breakdown'];
  kind: 'new' | 'removed' | 'revised' | 'status';
  before?: { value: number | null; status: Observation['status'] };
  after?: { value: number | null; status: Observation['status'] };
}

export interface DiffResult {
  /** Per indicator, the periods the new release has and the old one had not. */
  newPeriods: Record<string, string[]>;
  changes: ObservationChange[];
  counts: { new: number; removed: number; revised: number; status: number; unchanged: number };
  /** The new release with revised values marked. */
  marked: MonitorDocument;
}

export interface DiffOptions {
  /** Values closer than this (relative to the larger) count as equal; default 1e-9. */
  tolerance?: number;
}

const differs = (a: number, b: number, tolerance: number) => Math.abs(a - b) > tolerance * Math.max(1, Math.abs(a), Math.abs(b));

/** A value in words for the reason text, with its unit, as the indicator displays it. */
function shown(value: number, indicator: Indicator | undefined, lang: 'nl' | 'en'): string {
  return indicator ? formatValue(value, indicator, lang) : String(value);
}

export function diffDocuments(before: MonitorDocument, after: MonitorDocument, options: DiffOptions = {}): DiffResult {
  const tolerance = options.tolerance ?? 1e-9;
  const old = new Map((before.observations ?? []).map((observation) => [observationKey(observation), observation]));
  const indicators = new Map((after.indicators ?? before.indicators ?? []).map((indicator) => [indicator.id, indicator]));
  const oldPeriods = new Map<string, Set<string>>();
  for (const observation of before.observations ?? []) {
    const set = oldPeriods.get(observation.indicator) ?? new Set<string>();
    set.add(observation.period);
    oldPeriods.set(observation.indicator, set);
  }
  const release = before.meta.release ?? before.meta.published;
  const changes: ObservationChange[] = [];
  const counts = { new: 0, removed: 0, revised: 0, status: 0, unchanged: 0 };
  const newPeriods: Record<string, Set<string>> = {};
  const seen = new Set<string>();
  const describe = (observation: Observation) => ({ value: observation.value, status: observation.status });
  const where = (observation: Observation) => ({
    indicator: observation.indicator,
    area: observation.area,
    period: observation.period,
    ...(observation.breakdown ? { breakdown: observation.breakdown } : {}),
  });
  const observations = (after.observations ?? []).map((observation): Observation => {
    const key = observationKey(observation);
    seen.add(key);
    const earlier = old.get(key);
    if (!earlier) {
      counts.new += 1;
      changes.push({ key, ...where(observation), kind: 'new', after: describe(observation) });
      if (!oldPeriods.get(observation.indicator)?.has(observation.period)) (newPeriods[observation.indicator] ??= new Set()).add(observation.period);
      return observation;
    }
    const a = earlier.value;
    const b = observation.value;
    if (typeof a === 'number' && typeof b === 'number' && differs(a, b, tolerance)) {
      counts.revised += 1;
      changes.push({ key, ...where(observation), kind: 'revised', before: describe(earlier), after: describe(observation) });
      const indicator = indicators.get(observation.indicator);
      const reason: Text = {
        nl: `Herzien: in ${release ? `release ${release}` : 'de vorige release'} was dit ${shown(a, indicator, 'nl')}.`,
        en: `Revised: in ${release ? `release ${release}` : 'the previous release'} this was ${shown(a, indicator, 'en')}.`,
      };
      // Like CBS's "nader voorlopig": a provisional figure that moved is revised too.
      return { ...observation, status: 'revised', statusReason: reason };
    }
    if (earlier.status !== observation.status || (a === null) !== (b === null)) {
      counts.status += 1;
      changes.push({ key, ...where(observation), kind: 'status', before: describe(earlier), after: describe(observation) });
      return observation;
    }
    counts.unchanged += 1;
    return observation;
  });
  for (const [key, observation] of old) {
    if (seen.has(key)) continue;
    counts.removed += 1;
    changes.push({ key, ...where(observation), kind: 'removed', before: describe(observation) });
  }
  const sortedPeriods: Record<string, string[]> = {};
  for (const [indicator, periods] of Object.entries(newPeriods)) sortedPeriods[indicator] = [...periods].sort(comparePeriods);
  return { newPeriods: sortedPeriods, changes, counts, marked: { ...after, observations } };
}
