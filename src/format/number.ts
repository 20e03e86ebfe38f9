/** Numbers the Dutch way by default (`12,3%`, `1.234`), English with lang="en". */
import { formatLocale } from 'd3-format';
import type { Indicator } from './types.generated.js';
import type { Lang } from './text.js';

/**
 * nl-NL and en-GB number formats (d3-format's own locale files, hyphen minus as
 * ICU writes it). Why not Intl.NumberFormat: a page's first Intl number format
 * starts ICU, 40-80 ms in Chromium before the first chart can draw, while d3's
 * formatter is already in the chart's bundle for its scales.
 */
const locales = {
  nl: formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€\u00a0', ''], minus: '-' }),
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '-' }),
};
const formats = new Map<string, (value: number) => string>();

/**
 * Rounds half away from zero on the shortest decimal form of the value, as
 * Intl does: 12.35 shows as 12,4, where toFixed sees 12.3499999… and says 12,3.
 */
function roundHalfExpand(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  if (text.includes('e')) return value;
  const rounded = Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

/** A plain number with `decimals` decimals: 1.234,5 in Dutch. */
export function formatNumber(value: number, lang: Lang = 'nl', decimals = 0): string {
  const key = `${lang}${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = locales[lang].format(`,.${decimals}f`);
    formats.set(key, format);
  }
  return format(roundHalfExpand(value, decimals));
}

type UnitLike = Pick<Indicator, 'unit' | 'decimals'> & Partial<Pick<Indicator, 'scale'>>;

/** The value with its unit, as a reader says it: "12,3%", "1.234", "4,5 per 1.000". */
export function formatValue(value: number, indicator: UnitLike, lang: Lang = 'nl'): string {
  const decimals = indicator.decimals;
  switch (indicator.unit) {
    case 'percent':
      return `${formatNumber(value, lang, decimals)}%`;
    case 'rate-per-1000':
      return `${formatNumber(value, lang, decimals)} ${lang === 'en' ? 'per 1,000' : 'per 1.000'}`;
    default:
      return formatNumber(value, lang, decimals);
  }
}

/** A difference with its sign and unit: "+1,2 procentpunt", "−3". */
export function formatChange(delta: number, indicator: UnitLike, lang: Lang = 'nl'): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const magnitude = Math.abs(delta);
  if (indicator.unit === 'percent') {
    const points = formatNumber(magnitude, lang, indicator.decimals);
    return `${sign}${points} ${lang === 'en' ? (magnitude === 1 ? 'percentage point' : 'percentage points') : 'procentpunt'}`;
  }
  return `${sign}${formatValue(magnitude, indicator, lang)}`;
}

/** The unit in words, for captions and axis labels. */
export function unitLabel(indicator: UnitLike, lang: Lang = 'nl'): string {
  const nl = { percent: 'percentage', count: 'aantal', 'rate-per-1000': 'per 1.000', 'mean-score': 'gemiddelde score', distribution: 'verdeling' } as const;
  const en = { percent: 'percentage', count: 'count', 'rate-per-1000': 'per 1,000', 'mean-score': 'mean score', distribution: 'distribution' } as const;
  const label = (lang === 'en' ? en : nl)[indicator.unit];
  if (indicator.unit === 'mean-score' && indicator.scale) return `${label} (${formatNumber(indicator.scale.min, lang)}–${formatNumber(indicator.scale.max, lang)})`;
  return label;
}
