/**
 * Facts about an indicator in one area, and the sentence that says them:
 * the latest value, the change since the period before, and how it compares
 * with the parent areas, meaningful or not given the intervals or n.
 * Pure data code, shared by the chart's summary and the spotlight's
 * related figures.
 */
import type { Indicator, Observation } from '../format/types.generated.js';
import { comparePeriods, formatPeriod, parsePeriod, type PeriodKind } from '../format/period.js';
import { formatChange, formatValue } from '../format/number.js';
import { localize, type Lang } from '../format/text.js';
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
  const matches = dataset.observations.filter((observation) => observation.indicator === indicator && observation.area === area && breakdownKey(observation.breakdown) === key);
  // Each period is parsed once (long daily series would otherwise parse it at every comparison).
  const order = periodOrder(matches.map((observation) => observation.period));
  return matches.sort((a, b) => order(a.period, b.period));
}

/** A comparator equal to comparePeriods over the given periods, parsing each once. */
function periodOrder(periods: string[]): (a: string, b: string) => number {
  const keyed = [...new Set(periods)].map((period) => ({ period, parsed: parsePeriod(period) }));
  const sorted = keyed
    .sort((a, b) =>
      a.parsed && b.parsed ? a.parsed.start.getTime() - b.parsed.start.getTime() || b.parsed.end.getTime() - a.parsed.end.getTime() : comparePeriods(a.period, b.period),
    )
    .map(({ period }) => period);
  const rank = new Map(sorted.map((period, index) => [period, index]));
  return (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
}

export interface SummaryOptions {
  /** Only periods that end by the end of this period count: the summary of a chart that shows up to 2023 speaks of 2023. */
  upTo?: string;
  /** Only periods of this kind count (a chart of years next to half years in the data speaks of years). */
  kind?: PeriodKind;
}

export function latestWithValue(series: Observation[]): Observation | undefined {
  return series.findLast(hasValue);
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
  const all = seriesFor(dataset, indicatorId, area, breakdown);
  const limit = upTo === undefined ? undefined : parsePeriod(upTo)?.end.getTime();
  const series =
    upTo === undefined && kind === undefined
      ? all
      : all.filter((observation) => {
          const parsed = parsePeriod(observation.period);
          if (kind !== undefined && parsed?.kind !== kind) return false;
          if (upTo === undefined) return true;
          // A period counts when it ends no later than `upTo` ends (2024-H1 is within 2024).
          if (parsed === undefined || limit === undefined) return comparePeriods(observation.period, upTo) <= 0;
          return parsed.end.getTime() <= limit;
        });
  const latest = latestWithValue(series);
  const previous = latest ? latestWithValue(series.slice(0, series.indexOf(latest))) : undefined;
  // Across a series break (a method change) the values are not comparable: no change is given.
  const broken = latest && previous ? series.slice(series.indexOf(previous) + 1, series.indexOf(latest) + 1).some((observation) => !!observation.seriesBreak) : false;
  const change = latest && previous && !broken ? compareObservations(latest, previous, indicator) : undefined;
  const parents: AreaComparison[] = [];
  if (latest) {
    for (const parent of areaLineage(dataset, area).slice(1)) {
      const key = breakdownKey(breakdown);
      const match = dataset.observations.find(
        (observation) => observation.indicator === indicatorId && observation.area === parent && observation.period === latest.period && hasValue(observation) && breakdownKey(observation.breakdown) === key,
      );
      const comparison = match ? compareObservations(latest, match, indicator) : undefined;
      if (match && comparison) parents.push({ area: parent, observation: match, ...comparison });
    }
  }
  return { indicator, area, latest, previous, change, parents };
}

const WORDS = {
  nl: {
    noValue: (title: string, area: string) => `Er is nog geen waarde van ${title} in ${area}.`,
    latest: (title: string, area: string, period: string, value: string) => `${title} in ${area} was ${value} ${period}.`,
    /** "in 2024", "op 3 november 2024". */
    at: (period: string, day: boolean) => `${day ? 'op' : 'in'} ${period}`,
    provisional: ' (voorlopig)',
    estimated: ' (geschat)',
    change: { higher: 'hoger', lower: 'lager', same: 'gelijk' },
    sinceSame: (period: string) => `Dat is even hoog als ${period}.`,
    since: (delta: string, word: string, period: string) => `Dat is ${delta} ${word} dan ${period}.`,
    meaningful: ' Dat verschil is betekenisvol.',
    notMeaningful: ' Dat verschil kan toeval zijn.',
    parentSame: (area: string, value: string) => `In ${area} was het ${value}: ongeveer even hoog.`,
    parent: (area: string, value: string, word: string) => `In ${area} was het ${value}; ${word}.`,
    parentWord: {
      higher: { meaningful: 'hier is het duidelijk hoger', 'not-meaningful': 'het verschil kan toeval zijn', unknown: 'hier is het hoger, maar of dat verschil betekenis heeft is niet te zeggen' },
      lower: { meaningful: 'hier is het duidelijk lager', 'not-meaningful': 'het verschil kan toeval zijn', unknown: 'hier is het lager, maar of dat verschil betekenis heeft is niet te zeggen' },
    },
    polarity: { 'higher-is-better': 'Hoger is gunstiger.', 'lower-is-better': 'Lager is gunstiger.', neutral: '' },
  },
  en: {
    noValue: (title: string, area: string) => `There is no value of ${title} in ${area} yet.`,
    latest: (title: string, area: string, period: string, value: string) => `${title} in ${area} was ${value} ${period}.`,
    /** "in 2024", "on 3 November 2024". */
    at: (period: string, day: boolean) => `${day ? 'on' : 'in'} ${period}`,
    provisional: ' (provisional)',
    estimated: ' (estimated)',
    change: { higher: 'higher', lower: 'lower', same: 'the same' },
    sinceSame: (period: string) => `That is the same as ${period}.`,
    since: (delta: string, word: string, period: string) => `That is ${delta} ${word} than ${period}.`,
    meaningful: ' That difference is meaningful.',
    notMeaningful: ' That difference may be chance.',
    parentSame: (area: string, value: string) => `In ${area} it was ${value}: about the same.`,
    parent: (area: string, value: string, word: string) => `In ${area} it was ${value}; ${word}.`,
    parentWord: {
      higher: { meaningful: 'here it is clearly higher', 'not-meaningful': 'the difference may be chance', unknown: 'here it is higher, but whether that means anything cannot be told' },
      lower: { meaningful: 'here it is clearly lower', 'not-meaningful': 'the difference may be chance', unknown: 'here it is lower, but whether that means anything cannot be told' },
    },
    polarity: { 'higher-is-better': 'Higher is better.', 'lower-is-better': 'Lower is better.', neutral: '' },
  },
};

/** The summary as sentences, e.g. "Uitval in Utrecht was 12,3% in 2024 (voorlopig). Dat is 1,2 procentpunt lager dan in 2023. …" */
export function summarySentence(dataset: MonitorDataset, summary: IndicatorSummary, lang: Lang): string {
  const words = WORDS[lang];
  const { indicator, latest, previous, change } = summary;
  const areaName = (code: string) => dataset.areas.get(code)?.name ?? code;
  const title = localize(indicator.title, lang);
  if (latest?.value == null) return words.noValue(title, areaName(summary.area));
  const parts: string[] = [];
  const provisional = latest.status === 'provisional' ? words.provisional : latest.status === 'estimated' ? words.estimated : '';
  const at = (period: string) => words.at(formatPeriod(period, lang), parsePeriod(period)?.kind === 'day');
  parts.push(words.latest(title, areaName(summary.area), at(latest.period), formatValue(latest.value, indicator, lang)).replace(/\.$/, `${provisional}.`));
  if (previous && change) {
    const period = at(previous.period);
    if (change.difference === 'same') parts.push(words.sinceSame(period));
    else
      parts.push(
        words.since(formatChange(Math.abs(change.delta), indicator, lang).replace(/^\+/, ''), words.change[change.difference], period) +
          (change.certainty === 'meaningful' ? words.meaningful : change.certainty === 'not-meaningful' ? words.notMeaningful : ''),
      );
  }
  for (const parent of summary.parents) {
    const value = formatValue(parent.observation.value!, indicator, lang);
    if (parent.difference === 'same') parts.push(words.parentSame(areaName(parent.area), value));
    else parts.push(words.parent(areaName(parent.area), value, words.parentWord[parent.difference][parent.certainty]));
  }
  const polarity = words.polarity[indicator.polarity];
  if (polarity) parts.push(polarity);
  return parts.join(' ');
}
