/**
 * The spotlight's related figures: per indicator its title, latest value and
 * the change since the period before, said in a short phrase. Built on the
 * shared summary (src/data/summary.ts). Pure: no DOM. It also brings the
 * spotlight the code that follows the figures' links (see the end of the imports).
 */
import type { Indicator } from '../../format/types.generated.js';
import { answerCount, enoughAnswers, type MonitorDataset } from '../../data/dataset.js';
import { summarizeIndicator } from '../../data/summary.js';
import { comparePeriods, formatPeriod } from '../../format/period.js';
import { commonStrings } from '../../i18n/common.js';
import { formatChange, formatValue } from '../../format/number.js';
import { localize, type Lang } from '../../format/text.js';
import { figureStrings } from './related-figures.strings.js';

/** The figures' links are the spotlight's only in-page links: the code that follows them comes with the figures. */
export { followLocalLink } from '../../base/local-links.js';

export interface RelatedFigure {
  id: string;
  indicator: Indicator;
  title: string;
  /** "Utrecht, 2024: 12,3%. Dat is 1,2 procentpunt lager dan in 2023; dat verschil kan toeval zijn. Lager is gunstiger." */
  phrase: string;
}

/** The area whose figures to show: the one asked for, else the documents' own area, else the nation, else the first area with data. */
export function figuresArea(dataset: MonitorDataset, asked: string | undefined, indicatorId: string): string | undefined {
  if (asked) return asked;
  if (dataset.homeArea) return dataset.homeArea;
  const national = [...dataset.areas.values()].find(({ level }) => level === 'national')?.code;
  const withData = (code: string | undefined) => code !== undefined && dataset.observations.some((observation) => observation.indicator === indicatorId && observation.area === code);
  if (withData(national)) return national;
  return dataset.observations.find((observation) => observation.indicator === indicatorId)?.area ?? national;
}

/** A short phrase with the latest value and the trend in words, for one indicator in one area. */
export function figurePhrase(dataset: MonitorDataset, indicatorId: string, area: string | undefined, lang: Lang): string {
  const words = figureStrings[lang];
  const summary = area ? summarizeIndicator(dataset, indicatorId, area) : undefined;
  const latest = summary?.latest;
  if (!summary || latest?.value == null) return panelPhrase(dataset, indicatorId, lang) ?? words.noValue;
  const { indicator, previous, change } = summary;
  const areaName = dataset.areas.get(summary.area)?.name ?? summary.area;
  const sentences = [words.latest(areaName, formatPeriod(latest.period, lang), formatValue(latest.value, indicator, lang), latest.status === 'provisional')];
  if (previous && change) {
    const period = formatPeriod(previous.period, lang);
    if (change.difference === 'same') sentences.push(words.same(period));
    else sentences.push(words.change(formatChange(Math.abs(change.delta), indicator, lang).replace(/^\+/, ''), change.difference, period, change.certainty));
  }
  const polarity = words.polarity[indicator.polarity];
  if (polarity) sentences.push(polarity);
  return sentences.join(' ');
}

/**
 * For indicators measured by panel statements (unit `distribution`, no
 * observations): the latest statement and, per role, the share of answers on
 * the positive side (after the neutral category, else the upper half). Roles
 * with fewer answers than the privacy threshold are left out.
 */
export function panelPhrase(dataset: MonitorDataset, indicatorId: string, lang: Lang): string | undefined {
  const latest = dataset.panelStatements.filter(({ indicator }) => indicator === indicatorId).sort((a, b) => comparePeriods(b.period, a.period))[0];
  if (!latest) return undefined;
  const words = figureStrings[lang];
  const neutral = latest.neutral ? latest.categories.findIndex(({ id }) => id === latest.neutral) : -1;
  const positive = latest.categories.slice(neutral >= 0 ? neutral + 1 : Math.ceil(latest.categories.length / 2));
  const labels = positive.map(({ label }, index) => (index ? localize(label, lang).toLowerCase() : localize(label, lang)));
  const shares = latest.responses
    .filter(({ n }) => enoughAnswers(n, dataset.privacyThreshold))
    .map(({ role, n, counts }) => {
      const count = positive.reduce((sum, { id }) => sum + answerCount(counts, id), 0);
      return `${commonStrings[lang].rolesPlural[role].toLowerCase()} ${formatValue((100 * count) / n, { unit: 'percent', decimals: 0 }, lang)}`;
    });
  return words.panel(formatPeriod(latest.period, lang), localize(latest.statement, lang), labels.join(words.or), shares.join(', '));
}

/** The related figures of a spotlight, in its order; indicators the dataset does not have (or may not show) are left out. */
export function relatedFigures(dataset: MonitorDataset, indicatorIds: readonly string[], area: string | undefined, lang: Lang): RelatedFigure[] {
  return indicatorIds.flatMap((id) => {
    const indicator = dataset.indicators.get(id);
    if (!indicator) return [];
    return [{ id, indicator, title: localize(indicator.title, lang), phrase: figurePhrase(dataset, id, figuresArea(dataset, area, id), lang) }];
  });
}
