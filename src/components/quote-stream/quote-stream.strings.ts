/** UI strings of <stroomop-quote-stream>, Dutch first; English is typed against the Dutch. */
import type { Lang } from '../../format/text.js';

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
  problemRoles: (unknown: string) => `onbekende rol in roles: ${unknown} (bekend: youth, parent, professional)`,
  problemTopic: (topic: string) => `onbekend thema in topic: "${topic}"`,
};

export type QuoteStreamStrings = typeof nl;

const en: QuoteStreamStrings = {
  label: 'Reactions from the panel',
  empty: 'There are no reactions to show (yet).',
  carousel: 'carousel',
  pause: 'Pause',
  play: 'Play',
  previous: 'Previous',
  next: 'Next',
  item: 'reaction',
  position: (index: number, count: number) => `Reaction ${index} of ${count}`,
  showAll: 'All reactions',
  newQuotes: (count: number) => (count === 1 ? 'Show 1 new reaction' : `Show ${count} new reactions`),
  problemRoles: (unknown: string) => `unknown role in roles: ${unknown} (known: youth, parent, professional)`,
  problemTopic: (topic: string) => `unknown topic in topic: "${topic}"`,
};

export const quoteStreamStrings: Record<Lang, QuoteStreamStrings> = { nl, en };
