/** UI strings of <stroomop-narrative-panel>, Dutch first; the English ones (narrative-panel.strings.en.ts) load on demand. */
import { uiStrings } from '../../i18n/strings.js';

const nl = {
  list: 'Verhalen',
  empty: 'Er zijn (nog) geen verhalen om te tonen.',
  duration: 'duur',
  transcript: 'Uitgeschreven tekst',
  indicators: 'Hoort bij de cijfers over',
  consent: (provider: string) => `Deze video staat op ${provider}. Als je hem afspeelt, laadt ${provider} de video en kan ${provider} gegevens over je verzamelen.`,
  load: 'Video laden en afspelen',
  embedTitle: (title: string, provider: string) => `${title} (video op ${provider})`,
  unavailable: 'Deze video kan hier niet worden afgespeeld. De uitgeschreven tekst staat hieronder.',
};

export type NarrativePanelStrings = typeof nl;

export const narrativePanelStrings = uiStrings(nl, () => import('./narrative-panel.strings.en.js'));

/** Problems with the element's own attributes: an issue carries its message in both languages. */
export const narrativePanelProblems = {
  narrative: (id: string) => ({ nl: `onbekend verhaal in narrative: "${id}"`, en: `unknown story in narrative: "${id}"` }),
  topic: (topic: string) => ({ nl: `onbekend thema in topic: "${topic}"`, en: `unknown topic in topic: "${topic}"` }),
  indicator: (indicator: string) => ({ nl: `onbekende indicator in indicator: "${indicator}"`, en: `unknown indicator in indicator: "${indicator}"` }),
};
