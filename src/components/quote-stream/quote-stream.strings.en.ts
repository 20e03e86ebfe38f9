/** English UI strings of <stroomop-quote-stream>, typed against the Dutch; loaded only when an element speaks English. */
import type { QuoteStreamStrings } from './quote-stream.strings.js';

export const en: QuoteStreamStrings = {
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
};
