import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/spotlight/spotlight.js';
import type { MonitorDocument, Spotlight } from '../src/format/types.generated.js';

/**
 * The theme of the month: a focus area with new insights from the panel, the
 * figures that go with it, and podcasts, talks, publications, videos and
 * events to learn from together. "Today" is fixed with the `now` attribute,
 * so the stories look the same whenever they are opened. The normal stories
 * read the national sample document (themes August to November 2026); the
 * others build a small document in code.
 */
const meta: Meta = {
  title: 'Elementen/Spotlight',
  component: 'stroomop-spotlight',
};
export default meta;

type Story = StoryObj;

const NATIONAL = '/examples/data/nationaal.json';
const NOW = '2026-11-20';

function theme(month: string, overrides: Partial<Spotlight> = {}): Spotlight {
  return {
    id: `thema-${month}`,
    month,
    topic: 'matching',
    title: { nl: 'De juiste plek, de eerste keer', en: 'The right place, the first time' },
    summary: {
      nl: ['Deze maand staat matching centraal: hoe vaak moesten jongeren verhuizen voordat ze op een plek kwamen die paste?'],
      en: ['This month is about matching: how often did young people have to move before they came to a place that fitted?'],
    },
    insights: [
      { nl: 'Jongeren noemen een vaste begeleider belangrijker dan de plek zelf.', en: 'Young people rate a steady support worker above the place itself.' },
      { nl: 'Ouders willen vooraf betrokken worden bij een overplaatsing.', en: 'Parents want to be involved before a transfer.' },
    ],
    indicators: ['uitval'],
    resources: [
      { kind: 'podcast', title: { nl: 'Podcast: Alweer verhuizen', en: 'Podcast: Moving again' }, url: 'https://www.stroomop.nl/podcast/alweer-verhuizen', duration: 'PT32M', publisher: 'StroomOP Monitor' },
      { kind: 'talk', title: 'Lezing: Matchen op relatie', url: 'https://www.nji.nl/lezing', duration: 'PT18M', publisher: 'Nederlands Jeugdinstituut' },
      { kind: 'publication', title: 'Factsheet overplaatsingen', url: 'https://www.nji.nl/factsheet', date: '2026-05-12' },
      { kind: 'video', title: 'Video: drie jongeren over hun eerste plek', url: 'https://www.stroomop.nl/video', duration: 'PT6M40S' },
      { kind: 'event', title: 'Meeluistersessie: duiding van de cijfers', url: 'https://www.stroomop.nl/sessie', date: '2026-11-27', duration: 'PT30M', description: 'Luister 30 minuten mee terwijl de expertraad de cijfers duidt.' },
    ],
    ...overrides,
  };
}

function storyDocument(spotlights: Spotlight[]): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: { title: 'Voorbeeldmonitor', publisher: { name: 'StroomOP' }, published: '2026-06-01', language: 'nl', license: 'CC-BY-4.0', audience: 'public', area: 'NL01', illustrative: true },
    topics: [{ id: 'matching', name: { nl: 'Matching en plaatsing', en: 'Matching and placement' } }],
    areas: [{ code: 'NL01', name: 'Nederland', level: 'national' }],
    indicators: [
      { id: 'uitval', title: { nl: 'Uitval', en: 'Dropout' }, unit: 'percent', decimals: 1, polarity: 'lower-is-better', topics: ['matching'], sources: [{ producer: 'provider', name: 'Jeugdhulpaanbieders' }] },
    ],
    observations: [
      { indicator: 'uitval', area: 'NL01', period: '2023', value: 15.7, n: 4200, status: 'final' },
      { indicator: 'uitval', area: 'NL01', period: '2024', value: 14.7, n: 4400, status: 'provisional' },
    ],
    spotlights,
  };
}

const LONG_WORD = 'Jeugdhulpverleningsorganisatiesamenwerkingsverbandoverleg';

/** The national sample document in November 2026: this month's theme, with the month named. */
export const Normal: Story = {
  render: () => html`<stroomop-spotlight src=${NATIONAL} now=${NOW}></stroomop-spotlight>`,
};

/** No theme at all in the document: a plain sentence, not an error. */
export const Empty: Story = {
  render: () => html`<stroomop-spotlight .data=${storyDocument([])} now=${NOW}></stroomop-spotlight>`,
};

/** A `month` that is not a month: the error with its path. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<stroomop-spotlight .data=${storyDocument([theme('2026-11')])} month="2026-13" now=${NOW}></stroomop-spotlight>`,
};

/** A very long word wraps; right-to-left text runs right to left. */
export const LongText: Story = {
  name: 'Long text',
  render: () => html`<stroomop-spotlight
    .data=${storyDocument([
      theme('2026-11', {
        title: `Het ${LONG_WORD}${LONG_WORD}`,
        summary: [`${LONG_WORD} `.repeat(10), 'هذه الفقرة مكتوبة باللغة العربية وتُعرض من اليمين إلى اليسار.'],
        insights: [`${LONG_WORD}${LONG_WORD}${LONG_WORD}`],
      }),
    ])}
    now=${NOW}
  ></stroomop-spotlight>`,
};

/** In English: the interface and every text that has a translation. */
export const English: Story = {
  globals: { lang: 'en' },
  render: () => html`<stroomop-spotlight src=${NATIONAL} now=${NOW}></stroomop-spotlight>`,
};

/** The dark theme: the --stroomop-* tokens of themes/dark.css on the container. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<stroomop-spotlight .data=${storyDocument([theme('2026-10'), theme('2026-11')])} now=${NOW}></stroomop-spotlight>`,
};

/** In a 320 px wide column. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 320px">
    <stroomop-spotlight .data=${storyDocument([theme('2026-10'), theme('2026-11')])} now=${NOW}></stroomop-spotlight>
  </div>`,
};

/** December 2026 has no theme: the element says so and offers the nearest earlier month. */
export const MonthWithoutSpotlight: Story = {
  name: 'Month without spotlight',
  render: () => html`<stroomop-spotlight src=${NATIONAL} month="2026-12" now="2027-01-10"></stroomop-spotlight>`,
};

/** An earlier month chosen with `month`; the buttons lead to the months before and after. */
export const EarlierMonth: Story = {
  name: 'Earlier month',
  render: () => html`<stroomop-spotlight src=${NATIONAL} month="2026-09" now=${NOW}></stroomop-spotlight>`,
};

/** Today is in December, which has no theme yet: November's is shown, with its month named. */
export const LatestEarlier: Story = {
  name: 'Falls back to the latest earlier month',
  render: () => html`<stroomop-spotlight .data=${storyDocument([theme('2026-10'), theme('2026-11')])} now="2026-12-05"></stroomop-spotlight>`,
};
