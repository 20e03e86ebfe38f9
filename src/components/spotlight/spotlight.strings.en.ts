/** English UI strings of <stroomop-spotlight>, typed against the Dutch; loaded only when an element speaks English. */
import type { SpotlightStrings } from './spotlight.strings.js';

export const en: SpotlightStrings = {
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
};
