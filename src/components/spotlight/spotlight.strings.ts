/** UI strings of <stroomop-spotlight>, Dutch first; English is typed against the Dutch. */
import type { Lang } from '../../format/text.js';
import type { Certainty } from '../../data/summary.js';

type Direction = 'higher' | 'lower';

const nl = {
  themeOfMonth: (month: string) => `Thema van de maand: ${month}`,
  topic: 'Speerpunt',
  empty: 'Er is nog geen thema van de maand.',
  missing: (month: string) => `Er is geen thema van de maand voor ${month}.`,
  offer: (month: string) => `Bekijk het thema van ${month}`,
  insights: 'Nieuwe inzichten uit het panel',
  figures: {
    heading: 'De cijfers bij dit thema',
    noValue: 'Er zijn nog geen cijfers.',
    latest: (area: string, period: string, value: string, provisional: boolean) => `${area}, ${period}: ${value}${provisional ? ' (voorlopig)' : ''}.`,
    same: (period: string) => `Dat is even hoog als in ${period}.`,
    change: (delta: string, direction: Direction, period: string, certainty: Certainty) =>
      `Dat is ${delta} ${direction === 'higher' ? 'hoger' : 'lager'} dan in ${period}${certainty === 'meaningful' ? '; een betekenisvol verschil' : certainty === 'not-meaningful' ? '; dat verschil kan toeval zijn' : ''}.`,
    polarity: { 'higher-is-better': 'Hoger is gunstiger.', 'lower-is-better': 'Lager is gunstiger.', neutral: '' },
    panel: (period: string, statement: string, answer: string, shares: string) =>
      `Panel, ${period}: “${statement}” ${answer}: ${shares || 'te weinig antwoorden om te tonen'}.`,
    or: ' of ',
  },
  resources: 'Luisteren, kijken, lezen en meedoen',
  kinds: { podcast: 'Podcasts', talk: 'Lezingen en talks', publication: 'Publicaties', video: "Video's", event: 'Bijeenkomsten' },
  duration: 'Duur',
  eventOn: 'Op',
  eventWas: 'Was op',
  published: 'Verschenen op',
  navigation: 'Thema’s van andere maanden',
  earlier: 'Eerder thema',
  later: 'Later thema',
  noEarlier: 'Geen eerder thema',
  noLater: 'Geen later thema',
  shown: (month: string) => `Thema van ${month} getoond.`,
  badMonth: (month: string) => `"${month}" is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2026-11`,
};

export type SpotlightStrings = typeof nl;

const en: SpotlightStrings = {
  themeOfMonth: (month: string) => `Theme of the month: ${month}`,
  topic: 'Focus area',
  empty: 'There is no theme of the month yet.',
  missing: (month: string) => `There is no theme of the month for ${month}.`,
  offer: (month: string) => `See the theme of ${month}`,
  insights: 'New insights from the panel',
  figures: {
    heading: 'The figures behind this theme',
    noValue: 'There are no figures yet.',
    latest: (area: string, period: string, value: string, provisional: boolean) => `${area}, ${period}: ${value}${provisional ? ' (provisional)' : ''}.`,
    same: (period: string) => `That is the same as in ${period}.`,
    change: (delta: string, direction: Direction, period: string, certainty: Certainty) =>
      `That is ${delta} ${direction} than in ${period}${certainty === 'meaningful' ? '; a meaningful difference' : certainty === 'not-meaningful' ? '; that difference may be chance' : ''}.`,
    polarity: { 'higher-is-better': 'Higher is better.', 'lower-is-better': 'Lower is better.', neutral: '' },
    panel: (period: string, statement: string, answer: string, shares: string) =>
      `Panel, ${period}: “${statement}” ${answer}: ${shares || 'too few answers to show'}.`,
    or: ' or ',
  },
  resources: 'Listen, watch, read and take part',
  kinds: { podcast: 'Podcasts', talk: 'Talks', publication: 'Publications', video: 'Videos', event: 'Events' },
  duration: 'Length',
  eventOn: 'On',
  eventWas: 'Was on',
  published: 'Published on',
  navigation: 'Themes of other months',
  earlier: 'Earlier theme',
  later: 'Later theme',
  noEarlier: 'No earlier theme',
  noLater: 'No later theme',
  shown: (month: string) => `Showing the theme of ${month}.`,
  badMonth: (month: string) => `"${month}" is not a month; write YYYY-MM, for example 2026-11`,
};

export const spotlightStrings: Record<Lang, SpotlightStrings> = { nl, en };
