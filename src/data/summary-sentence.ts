/** The sentence that says an indicator's summary (summary.ts), in Dutch or English; the chart's text alternative. */
import { formatPeriod, parsePeriod } from '../format/period.js';
import { formatChange, formatValue } from '../format/number.js';
import { localize, type Lang } from '../format/text.js';
import type { MonitorDataset } from './dataset.js';
import type { IndicatorSummary } from './summary.js';

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
