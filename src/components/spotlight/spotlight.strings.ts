/** UI strings of <stroomop-spotlight>, Dutch first; the English ones (spotlight.strings.en.ts) load on demand. */
import { uiStrings } from '../../i18n/strings.js';

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
};

export type SpotlightStrings = typeof nl;

export const spotlightStrings = uiStrings(nl, () => import('./spotlight.strings.en.js'));

/** Problems with the element's own attributes: an issue carries its message in both languages. */
export const spotlightProblems = {
  month: (month: string) => ({
    nl: `"${month}" is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2026-11`,
    en: `"${month}" is not a month; write YYYY-MM, for example 2026-11`,
  }),
};
