import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/narrative-panel/narrative-panel.js';
import type { StroomopNarrativePanel } from '../src/components/narrative-panel/narrative-panel.js';
import type { MonitorDocument, Narrative } from '../src/format/types.generated.js';

/**
 * Video stories of youths, parents and professionals, with captions, the
 * transcript and links to the figures. YouTube and Vimeo load only after a
 * click: before it, nothing is requested from them. The normal stories read
 * the national sample document; the others build a small document in code.
 */
const meta: Meta = {
  title: 'Elementen/Narrative panel',
  component: 'stroomop-narrative-panel',
};
export default meta;

type Story = StoryObj;

const NATIONAL = '/examples/data/nationaal.json';
const SELF_HOSTED = 'verhaal-jongere-eindelijk-iemand-die-bleef';
const YOUTUBE = 'verhaal-ouder-niemand-bereikbaar';
const POSTER = '/examples/data/media/poster-jongere.svg';

function storyDocument(narratives: Narrative[]): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: { title: 'Voorbeeldmonitor', publisher: { name: 'StroomOP' }, published: '2025-06-01', language: 'nl', license: 'CC-BY-4.0', audience: 'public', illustrative: true },
    topics: [{ id: 'matching', name: { nl: 'Matching en plaatsing', en: 'Matching and placement' } }],
    indicators: [
      {
        id: 'uitval',
        title: { nl: 'Uitval uit de hulp', en: 'Dropout from care' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        sources: [{ producer: 'provider', name: 'Jeugdhulpaanbieders', published: '2025-05-01' }],
      },
    ],
    narratives,
  };
}

const LONG_WORD = 'Jeugdbeschermingsketensamenwerkingsovereenkomst';
const longDocument = storyDocument([
  {
    id: 'lang',
    title: `Over de ${LONG_WORD}${LONG_WORD} en wat die voor ons betekende`,
    role: 'parent',
    topic: 'matching',
    indicators: ['uitval'],
    video: { kind: 'youtube', id: 'Xq3vN7kLp2A' },
    poster: POSTER,
    posterAlt: 'Stilstaand beeld met een blauwgroene achtergrond.',
    duration: 'PT1H2M5S',
    transcript: [`Het ${LONG_WORD}${LONG_WORD} kwam drie keer ter sprake.`, 'كان الانتظار طويلاً جداً، لكننا وجدنا أخيراً من يسمعنا.'],
    date: '2025-04-02',
  },
]);

/** Clicks "Video laden en afspelen" once the element has loaded, to show the state after consent. */
const agreeOnLoad = (event: Event) => {
  const element = event.currentTarget as StroomopNarrativePanel;
  void element.updateComplete.then(() => {
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="consent-button"]')?.click();
  });
};

/** A self-hosted video with captions in Dutch and English, its transcript and the figures it belongs to. */
export const Normal: Story = {
  render: () => html`<stroomop-narrative-panel src=${NATIONAL} narrative=${SELF_HOSTED}></stroomop-narrative-panel>`,
};

/** Several stories: a list to choose from beside (or, in a narrow column, below) the one shown. */
export const ListOfNarratives: Story = {
  name: 'List of narratives',
  render: () => html`<stroomop-narrative-panel src=${NATIONAL}></stroomop-narrative-panel>`,
};

/** A YouTube video before the click: the poster from the document, one sentence on what loading means, and a button. No request goes to YouTube. */
export const ConsentBefore: Story = {
  name: 'Consent: before',
  render: () => html`<stroomop-narrative-panel src=${NATIONAL} narrative=${YOUTUBE}></stroomop-narrative-panel>`,
};

/** After the click: the player from youtube-nocookie.com (Vimeo: with dnt=1), with focus on it. The sample video id is made up, so the player says it cannot find it. */
export const ConsentAfter: Story = {
  name: 'Consent: after',
  render: () => html`<stroomop-narrative-panel src=${NATIONAL} narrative=${YOUTUBE} @stroomop-load=${agreeOnLoad}></stroomop-narrative-panel>`,
};

/** No stories in the document (or none left after the filters). */
export const Empty: Story = {
  render: () => html`<stroomop-narrative-panel .data=${storyDocument([])}></stroomop-narrative-panel>`,
};

/** A document the element cannot read: every problem with its path. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<stroomop-narrative-panel .data=${{ ...storyDocument([]), formatVersion: '2.0' }}></stroomop-narrative-panel>`,
};

/** A very long title wraps; a right-to-left paragraph in the transcript (open it) runs right to left. */
export const LongText: Story = {
  name: 'Long text',
  render: () => html`<stroomop-narrative-panel .data=${longDocument}></stroomop-narrative-panel>`,
};

/** In English: the interface, the titles and the transcripts that have a translation, and the English captions by default. */
export const English: Story = {
  globals: { lang: 'en' },
  render: () => html`<stroomop-narrative-panel src=${NATIONAL}></stroomop-narrative-panel>`,
};

/** The dark theme: the --stroomop-* tokens of themes/dark.css on a wrapper. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<stroomop-narrative-panel src=${NATIONAL}></stroomop-narrative-panel>`,
};

/** In a 320 px wide column: the list goes below the story, the consent sentence below the poster. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 320px"><stroomop-narrative-panel src=${NATIONAL}></stroomop-narrative-panel></div>`,
};

/** Only the stories about one indicator, linked from its chart. */
export const ByIndicator: Story = {
  name: 'By indicator',
  render: () => html`<stroomop-narrative-panel src=${NATIONAL} indicator="uitval"></stroomop-narrative-panel>`,
};
