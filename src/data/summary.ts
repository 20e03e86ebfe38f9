/**
 * Facts about an indicator in one area: the latest value, the change since
 * the period before, and how it compares with the parent areas, meaningful or
 * not given the intervals or n. Pure data code, shared by the chart's summary
 * and the spotlight's related figures. The sentence that says them lives in
 * summary-sentence.ts (re-exported here), so the spotlight, which words its
 * figures itself, does not carry it.
 */
import type { Indicator, Observation } from '../format/types.generated.js';
import { comparePeriods, parsePeriod, type PeriodKind } from '../format/period.js';
import { breakdownKey } from '../format/identity.js';
import { areaLineage, type MonitorDataset } from './dataset.js';

export type Difference = 'higher' | 'lower' | 'same';
/** How sure a difference is: `meaningful` (intervals apart, or a significant test), `not-meaningful`, or `unknown` (nothing to judge by). */
export type Certainty = 'meaningful' | 'not-meaningful' | 'unknown';

export interface Comparison {
  difference: Difference;
  certainty: Certainty;
  delta: number;
}

export interface AreaComparison extends Comparison {
  area: string;
  observation: Observation;
}

export interface IndicatorSummary {
  indicator: Indicator;
  area: string;
  latest: Observation | undefined;
  previous: Observation | undefined;
  change: Comparison | undefined;
  parents: AreaComparison[];
}

/** Statuses whose value is never shown, even if a document carried one by mistake. */
const HIDDEN_STATUSES: ReadonlySet<Observation['status']> = new Set(['suppressed', 'missing', 'not-applicable']);

const hasValue = (observation: Observation): observation is Observation & { value: number } =>
  typeof observation.value === 'number' && Number.isFinite(observation.value) && !HIDDEN_STATUSES.has(observation.status);


/** The observations of one indicator in one area (and breakdown), in period order. */
export function seriesFor(dataset: Pick<MonitorDataset, 'observations'>, indicator: string, area: string, breakdown?: Observation['breakdown']): Observation[] {
  const key = breakdownKey(breakdown);
  // Most observations have no breakdown: those need no key made to be compared.
  const matches = dataset.observations.filter(
    (observation) => observation.indicator === indicator && observation.area === area && (observation.breakdown === undefined ? key === '' : breakdownKey(observation.breakdown) === key),
  );
  // parsePeriod remembers each period, so the comparisons parse nothing twice.
  return matches.sort((a, b) => comparePeriods(a.period, b.period));
}

export interface SummaryOptions {
  /** Only periods that end by the end of this period count: the summary of a chart that shows up to 2023 speaks of 2023. */
  upTo?: string;
  /** Only periods of this kind count (a chart of years next to half years in the data speaks of years). */
  kind?: PeriodKind;
  /**
   * The area's observations as `seriesFor` and the options above would give them, when the caller
   * has them at hand (the chart's model does): a daily series is then not looked up and sorted again.
   */
  series?: Observation[];
  /**
   * A parent area's observations of the indicator with the same breakdown, when the caller has them
   * at hand (the chart's model does for the areas it shows): the parent's value is then found among
   * these, from the end, not by a search of every observation of the dataset. Undefined: search.
   */
  parentSeries?: (area: string) => Observation[] | undefined;
}

/** 95% z for a two-sided test and for reading a 95% interval. */
const Z95 = 1.959964;

/**
 * Compares two observations. With intervals on both: apart means meaningful,
 * overlapping means not. With percentages and n on both: a two-proportion
 * z-test. Otherwise the difference is there but its certainty is unknown.
 */
export function compareObservations(a: Observation, b: Observation, indicator: Pick<Indicator, 'unit' | 'decimals'>): Comparison | undefined {
  if (!hasValue(a) || !hasValue(b)) return undefined;
  const delta = a.value - b.value;
  // Differences below the displayed precision read as equal.
  const resolution = 0.5 * 10 ** -indicator.decimals;
  const difference: Difference = Math.abs(delta) < resolution ? 'same' : delta > 0 ? 'higher' : 'lower';
  let certainty: Certainty = 'unknown';
  if (a.ci && b.ci) {
    certainty = a.ci.lower > b.ci.upper || b.ci.lower > a.ci.upper ? 'meaningful' : 'not-meaningful';
  } else if (indicator.unit === 'percent' && a.n && b.n) {
    const p1 = a.value / 100;
    const p2 = b.value / 100;
    const pooled = (p1 * a.n + p2 * b.n) / (a.n + b.n);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
    certainty = se > 0 && Math.abs(p1 - p2) / se > Z95 ? 'meaningful' : 'not-meaningful';
  }
  if (difference === 'same' && certainty === 'meaningful') certainty = 'not-meaningful';
  return { difference, certainty, delta };
}

export function summarizeIndicator(
  dataset: MonitorDataset,
  indicatorId: string,
  area: string,
  breakdown?: Observation['breakdown'],
  options: SummaryOptions = {},
): IndicatorSummary | undefined {
  const indicator = dataset.indicators.get(indicatorId);
  if (!indicator) return undefined;
  const { upTo, kind } = options;
  let series = options.series;
  if (!series) {
    series = seriesFor(dataset, indicatorId, area, breakdown);
    const limit = upTo === undefined ? undefined : parsePeriod(upTo)?.end;
    if (upTo !== undefined || kind !== undefined)
      series = series.filter((observation) => {
        const parsed = parsePeriod(observation.period);
        if (kind !== undefined && parsed?.kind !== kind) return false;
        if (upTo === undefined) return true;
        // A period counts when it ends no later than `upTo` ends (2024-H1 is within 2024).
        if (parsed === undefined || limit === undefined) return comparePeriods(observation.period, upTo) <= 0;
        return parsed.end <= limit;
      });
  }
  const latestIndex = series.findLastIndex(hasValue);
  const previousIndex = latestIndex > 0 ? series.findLastIndex((observation, index) => index < latestIndex && hasValue(observation)) : -1;
  const latest = series[latestIndex];
  const previous = series[previousIndex];
  // Across a series break (a method change) the values are not comparable: no change is given.
  const broken = latest && previous ? series.slice(previousIndex + 1, latestIndex + 1).some((observation) => !!observation.seriesBreak) : false;
  const change = latest && previous && !broken ? compareObservations(latest, previous, indicator) : undefined;
  const parents: AreaComparison[] = [];
  if (latest) {
    const key = breakdownKey(breakdown);
    const fits = (observation: Observation) => observation.period === latest.period && hasValue(observation);
    for (const parent of areaLineage(dataset, area).slice(1)) {
      const known = options.parentSeries?.(parent);
      const match = known
        ? known.findLast(fits)
        : dataset.observations.find((observation) => observation.indicator === indicatorId && observation.area === parent && fits(observation) && breakdownKey(observation.breakdown) === key);
      const comparison = match ? compareObservations(latest, match, indicator) : undefined;
      if (match && comparison) parents.push({ area: parent, observation: match, ...comparison });
    }
  }
  return { indicator, area, latest, previous, change, parents };
}

export { summarySentence } from './summary-sentence.js';
