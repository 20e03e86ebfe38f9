/** UI strings of <stroomop-spotlight>, Dutch first; English is typed against the Dutch. */
import type { Lang } from '../../format/text.js';

const nl = {
  themeOfMonth: (month: string) => `Thema van de maand: ${month}`,
  topic: 'Speerpunt',
  empty: 'Er is nog geen thema van de maand.',
  missing: (month: string) => `Er is geen thema van de maand voor ${month}.`,
  offer: (month: string) => `Bekijk het thema van ${month}`,
  insights: 'Nieuwe inzichten uit het panel',
  figures: {
    heading: 'De cijfers bij dit thema',
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
