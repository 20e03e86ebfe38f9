/** English UI strings of <stroomop-narrative-panel>, typed against the Dutch; loaded only when an element speaks English. */
import type { NarrativePanelStrings } from './narrative-panel.strings.js';

export const en: NarrativePanelStrings = {
  list: 'Stories',
  empty: 'There are no stories to show (yet).',
  duration: 'length',
  transcript: 'Transcript',
  indicators: 'Related figures',
  consent: (provider: string) => `This video is on ${provider}. If you play it, ${provider} loads the video and may collect data about you.`,
  load: 'Load and play video',
  embedTitle: (title: string, provider: string) => `${title} (video on ${provider})`,
  unavailable: 'This video cannot be played here. The transcript is below.',
};
