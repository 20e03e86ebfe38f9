/**
 * From a cell's statistics to an observation: the value, n, numerator and
 * denominator, and the interval (Wilson for proportions, t for means).
 * Suppressed cells leave everything out but the status and its reason.
 */
import type { Observation, Text } from 'stroomop-monitor-elements/format';
import type { Cell } from './cells.js';
import type { IndicatorMapping, Measure } from './mapping.js';
import { roundCount, SUPPRESSED_REASON } from './privacy.js';
import { tInterval, wilsonInterval } from './stats.js';

export interface IndicatorPlan {
  id: string;
  mapping: IndicatorMapping;
  measure: Measure;
  /** proportion: 100 for percent, 1000 for rate-per-1000; rate: the multiplier. */
  per: number;
  /** Record-level sums are of values × scale (whole numbers). */
  scale: number;
  level: number;
}

export function planIndicator(mapping: IndicatorMapping, kind: 'records' | 'aggregated' | 'cbs'): IndicatorPlan {
  let measure: Measure;
  if (kind === 'records' && mapping.measure) measure = mapping.measure;
  else measure = mapping.unit === 'percent' ? 'proportion' : mapping.unit === 'rate-per-1000' ? 'rate' : mapping.unit === 'count' ? 'count' : 'mean';
  const per = measure === 'proportion' ? (mapping.unit === 'rate-per-1000' ? 1000 : 100) : measure === 'rate' ? (mapping.per ?? 1000) : 1;
  const scale = kind === 'records' && (measure === 'mean' || measure === 'rate') ? 10 ** (mapping.precision ?? 2) : 1;
  return { id: mapping.id, mapping, measure, per, scale, level: mapping.ciLevel ?? 0.95 };
}

const NO_DATA: Text = { nl: 'Geen waarnemingen in deze periode.', en: 'No observations in this period.' };
const NO_DENOMINATOR: Text = { nl: 'De noemer is nul: geen cijfer te berekenen.', en: 'The denominator is zero: no figure can be computed.' };

/** The sample variance from exact sums of whole numbers (BigInt, so nothing cancels), else from floats. */
function variance(n: number, sum: number, sumsq: number): number {
  if (n < 2) return NaN;
  if (Number.isSafeInteger(sum) && Number.isSafeInteger(sumsq)) {
    const numerator = BigInt(n) * BigInt(sumsq) - BigInt(sum) * BigInt(sum);
    return Number(numerator) / (n * (n - 1));
  }
  return Math.max(0, (sumsq - (sum * sum) / n) / (n - 1));
}

export interface ObserveOptions {
  threshold: number;
  rounding?: number;
}

/** The observation of a cell (without audience). */
export function observe(cell: Cell, plan: IndicatorPlan, options: ObserveOptions): Observation {
  const base: Observation = {
    indicator: cell.indicator,
    area: cell.area,
    period: cell.period,
    ...(cell.breakdown ? { breakdown: { ...cell.breakdown } } : {}),
    value: null,
    status: 'final',
  };
  if (cell.suppressed || cell.status === 'suppressed') {
    return { ...base, status: 'suppressed', statusReason: cell.suppressed ? SUPPRESSED_REASON : (cell.statusReason ?? SUPPRESSED_REASON) };
  }
  const round = (count: number) => roundCount(count, options.rounding, options.threshold);
  const status = cell.status ?? 'final';
  const withStatus = (observation: Observation): Observation => {
    const result: Observation = { ...observation, status: observation.value === null && status !== 'not-applicable' ? 'missing' : status };
    if (cell.statusReason && result.status === status) result.statusReason = cell.statusReason;
    return result;
  };
  if (cell.status === 'missing' || cell.status === 'not-applicable') return withStatus({ ...base, status });
  if (cell.given) {
    const given = cell.given;
    const observation: Observation = { ...base, value: given.value };
    if (given.n !== undefined) observation.n = plan.measure === 'count' ? round(given.n) : round(given.n);
    if (typeof given.value === 'number') {
      if (given.ci) observation.ci = { ...given.ci, level: plan.level };
      else if (given.sd !== undefined && given.n !== undefined && plan.measure === 'mean') {
        const interval = tInterval(given.value, given.sd, given.n, plan.level);
        if (interval) observation.ci = { ...interval, level: plan.level };
      }
      if (plan.measure === 'count' && given.n !== undefined) observation.value = round(given.value);
    }
    return withStatus(observation);
  }
  const stats = cell.stats!;
  if (stats.n === 0) return { ...base, status: 'missing', statusReason: NO_DATA, n: 0 };
  switch (plan.measure) {
    case 'proportion': {
      const p = stats.sum / stats.n;
      const interval = wilsonInterval(stats.sum, stats.n, plan.level);
      return withStatus({
        ...base,
        value: p * plan.per,
        n: round(stats.n),
        numerator: round(stats.sum),
        denominator: round(stats.n),
        ...(interval ? { ci: { lower: interval.lower * plan.per, upper: interval.upper * plan.per, level: plan.level } } : {}),
      });
    }
    case 'mean': {
      const mean = stats.sum / stats.n / plan.scale;
      const sd = Math.sqrt(variance(stats.n, stats.sum, stats.sumsq)) / plan.scale;
      const interval = Number.isFinite(sd) ? tInterval(mean, sd, stats.n, plan.level) : undefined;
      return withStatus({ ...base, value: mean, n: round(stats.n), ...(interval ? { ci: { ...interval, level: plan.level } } : {}) });
    }
    case 'count':
      return withStatus({ ...base, value: round(stats.n), n: round(stats.n) });
    case 'rate': {
      if (stats.den === 0) return { ...base, status: 'missing', statusReason: NO_DENOMINATOR, n: round(stats.n) };
      return withStatus({
        ...base,
        value: (stats.sum / stats.den) * plan.per,
        n: round(stats.n),
        numerator: round(stats.sum / plan.scale),
        denominator: round(stats.den / plan.scale),
      });
    }
  }
}
