/** UI strings of <stroomop-quote-stream>, Dutch first; the English ones (quote-stream.strings.en.ts) load on demand. */
import { uiStrings } from '../../i18n/strings.js';

const nl = {
  /** The accessible name of the list or carousel when no heading names it. */
  label: 'Reacties uit het panel',
  empty: 'Er zijn (nog) geen reacties om te tonen.',
  carousel: 'carrousel',
  pause: 'Pauzeren',
  play: 'Afspelen',
  previous: 'Vorige',
  next: 'Volgende',
  /** Completes previous and next for screen readers: "Vorige reactie". */
  item: 'reactie',
  position: (index: number, count: number) => `Reactie ${index} van ${count}`,
  showAll: 'Alle reacties',
  newQuotes: (count: number) => (count === 1 ? '1 nieuwe reactie bekijken' : `${count} nieuwe reacties bekijken`),
};

export type QuoteStreamStrings = typeof nl;

export const quoteStreamStrings = uiStrings(nl, () => import('./quote-stream.strings.en.js'));

/** Problems with the element's own attributes: an issue carries its message in both languages. */
export const quoteStreamProblems = {
  roles: (unknown: string) => ({
    nl: `onbekende rol in roles: ${unknown} (bekend: youth, parent, professional)`,
    en: `unknown role in roles: ${unknown} (known: youth, parent, professional)`,
  }),
  topic: (topic: string) => ({ nl: `onbekend thema in topic: "${topic}"`, en: `unknown topic in topic: "${topic}"` }),
};
