// Whether a benchmark target is met, with the run's own uncertainty: this machine's loads vary
// by ±15 %, so one ratio of medians near a limit says little. The contenders of a scenario load
// by turns, so each round gives a pair taken under the same machine state; the ratio of each pair
// and a bootstrap interval of their median tell "met", "not met" and "too close to tell" apart.
import { median, quantileSorted, randomInt, randomLcg } from 'd3';

/** Resamples drawn for the interval: enough that the interval's ends move less than the digits shown. */
const RESAMPLES = 4000;

/**
 * The median of the rounds' ratios `ours[i] / other[i]` and its 95 % bootstrap interval (percentile
 * method, seeded, so the same loads give the same interval).
 */
export function pairedRatio(ours, other, { level = 0.95, seed = 0.5 } = {}) {
  if (ours.length !== other.length) throw new Error(`pairedRatio: ${ours.length} loads against ${other.length}; loads pair by round`);
  if (ours.length === 0) throw new Error('pairedRatio: no loads');
  const ratios = ours.map((value, index) => value / other[index]);
  if (ratios.some((ratio) => !Number.isFinite(ratio))) throw new Error(`pairedRatio: a load took no time or no heap (${ours.join(', ')} against ${other.join(', ')})`);
  const pick = randomInt.source(randomLcg(seed))(ratios.length);
  // Never empty, so no median or quantile is undefined.
  const medians = Float64Array.from({ length: RESAMPLES }, () => median(Array.from(ratios, () => ratios[pick()]))).sort();
  const tail = (1 - level) / 2;
  return { ratio: median(ratios), low: quantileSorted(medians, tail), high: quantileSorted(medians, 1 - tail), rounds: ratios.length };
}

/** "met" when the whole interval is at or under the limit, "not met" when it is all above, else "undecided". */
export function verdict({ low, high }, limit) {
  if (high <= limit) return 'met';
  if (low > limit) return 'not met';
  return 'undecided';
}
