/** Numbers the Dutch way by default (`12,3%`, `1.234`), English with lang="en". */
import type { Indicator } from './types.generated.js';
import type { Lang } from './text.js';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number, extra: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${JSON.stringify(extra)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...extra });
    formats.set(key, format);
  }
  return format;
}

/** A plain number with `decimals` decimals: 1.234,5 in Dutch. */
export function formatNumber(value: number, lang: Lang = 'nl', decimals = 0): string {
  return numberFormat(lang, decimals).format(value);
}

type UnitLike = Pick<Indicator, 'unit' | 'decimals'> & Partial<Pick<Indicator, 'scale'>>;

/** The value with its unit, as a reader says it: "12,3%", "1.234", "4,5 per 1.000". */
export function formatValue(value: number, indicator: UnitLike, lang: Lang = 'nl'): string {
  const decimals = indicator.decimals;
  switch (indicator.unit) {
    case 'percent':
      return numberFormat(lang, decimals, { style: 'unit', unit: 'percent' }).format(value);
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
