/** The words of <stroomop-spotlight>'s related figures, Dutch first; loaded with the figures' code (related-figures.ts). */
import type { Lang } from '../../format/text.js';
import type { Certainty } from '../../data/summary.js';

type Direction = 'higher' | 'lower';

const nl = {
  noValue: 'Er zijn nog geen cijfers.',
  latest: (area: string, period: string, value: string, provisional: boolean) => `${area}, ${period}: ${value}${provisional ? ' (voorlopig)' : ''}.`,
  same: (period: string) => `Dat is even hoog als in ${period}.`,
  change: (delta: string, direction: Direction, period: string, certainty: Certainty) =>
    `Dat is ${delta} ${direction === 'higher' ? 'hoger' : 'lager'} dan in ${period}${certainty === 'meaningful' ? '; een betekenisvol verschil' : certainty === 'not-meaningful' ? '; dat verschil kan toeval zijn' : ''}.`,
  polarity: { 'higher-is-better': 'Hoger is gunstiger.', 'lower-is-better': 'Lager is gunstiger.', neutral: '' },
  panel: (period: string, statement: string, answer: string, shares: string) =>
    `Panel, ${period}: “${statement}” ${answer}: ${shares || 'te weinig antwoorden om te tonen'}.`,
  or: ' of ',
};

export type FigureStrings = typeof nl;

const en: FigureStrings = {
  noValue: 'There are no figures yet.',
  latest: (area: string, period: string, value: string, provisional: boolean) => `${area}, ${period}: ${value}${provisional ? ' (provisional)' : ''}.`,
  same: (period: string) => `That is the same as in ${period}.`,
  change: (delta: string, direction: Direction, period: string, certainty: Certainty) =>
    `That is ${delta} ${direction} than in ${period}${certainty === 'meaningful' ? '; a meaningful difference' : certainty === 'not-meaningful' ? '; that difference may be chance' : ''}.`,
  polarity: { 'higher-is-better': 'Higher is better.', 'lower-is-better': 'Lower is better.', neutral: '' },
  panel: (period: string, statement: string, answer: string, shares: string) =>
    `Panel, ${period}: “${statement}” ${answer}: ${shares || 'too few answers to show'}.`,
  or: ' or ',
};

export const figureStrings: Record<Lang, FigureStrings> = { nl, en };
