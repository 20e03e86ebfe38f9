/** UI strings of <stroomop-narrative-panel>, Dutch first; English is typed against the Dutch. */
import type { Lang } from '../../format/text.js';

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
  problemNarrative: (id: string) => `onbekend verhaal in narrative: "${id}"`,
  problemTopic: (topic: string) => `onbekend thema in topic: "${topic}"`,
  problemIndicator: (indicator: string) => `onbekende indicator in indicator: "${indicator}"`,
};

export type NarrativePanelStrings = typeof nl;

const en: NarrativePanelStrings = {
  list: 'Stories',
  empty: 'There are no stories to show (yet).',
  duration: 'length',
  transcript: 'Transcript',
  indicators: 'Related figures',
  consent: (provider: string) => `This video is on ${provider}. If you play it, ${provider} loads the video and may collect data about you.`,
  load: 'Load and play video',
  embedTitle: (title: string, provider: string) => `${title} (video on ${provider})`,
  unavailable: 'This video cannot be played here. The transcript is below.',
  problemNarrative: (id: string) => `unknown story in narrative: "${id}"`,
  problemTopic: (topic: string) => `unknown topic in topic: "${topic}"`,
  problemIndicator: (indicator: string) => `unknown indicator in indicator: "${indicator}"`,
};

export const narrativePanelStrings: Record<Lang, NarrativePanelStrings> = { nl, en };
