import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/interpretation-note/interpretation-note.js';
import type { Interpretation, MonitorDocument, Observation } from '../src/format/types.generated.js';

/**
 * The expert council's interpretation (duiding) of an indicator: what the
 * figures mean, the perspectives of youths, parents, professionals,
 * researchers and policy, questions to discuss together, and the improvement
 * actions with their honest status. The normal stories read the national
 * sample document; the others build a small document in code.
 */
const meta: Meta = {
  title: 'Elementen/Interpretation note',
  component: 'stroomop-interpretation-note',
};
export default meta;

type Story = StoryObj;

const NATIONAL = '/examples/data/nationaal.json';

const observation = (period: string, value: number): Observation => ({ indicator: 'uitval', area: 'NL01', period, value, n: 4000, status: 'final' });

function storyDocument(interpretations: Interpretation[], observations: Observation[] = [observation('2022', 15.1), observation('2023', 14.8)]): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: { title: 'Voorbeeldmonitor', publisher: { name: 'StroomOP' }, published: '2025-06-01', language: 'nl', license: 'CC-BY-4.0', audience: 'public', area: 'NL01', illustrative: true },
    topics: [{ id: 'matching', name: { nl: 'Matching en plaatsing', en: 'Matching and placement' } }],
    areas: [{ code: 'NL01', name: 'Nederland', level: 'national' }],
    indicators: [
      {
        id: 'uitval',
        title: { nl: 'Uitval', en: 'Dropout' },
        unit: 'percent',
        decimals: 1,
        polarity: 'lower-is-better',
        topics: ['matching'],
        sources: [{ producer: 'provider', name: 'Jeugdhulpaanbieders' }],
      },
    ],
    observations,
    interpretations,
  };
}

const baseNote: Interpretation = {
  id: 'duiding-uitval-2023',
  indicator: 'uitval',
  title: { nl: 'Uitval daalt langzaam', en: 'Dropout is falling slowly' },
  body: {
    nl: ['In 2023 stopte 14,8% van de trajecten voordat de doelen bereikt waren. Dat is iets minder dan in 2022.', 'De expertraad ziet de daling vooral bij aanbieders die werken met een vaste contactpersoon.'],
    en: ['In 2023, 14.8% of trajectories stopped before the goals were reached. That is slightly less than in 2022.', 'The expert council sees the fall mainly at providers who work with a steady contact person.'],
  },
  authors: ['Expertraad StroomOP'],
  date: '2024-03-12',
  writtenFor: { release: '2024-03', latestPeriod: '2023' },
  perspectives: [
    { role: 'youth', text: { nl: 'Als je steeds iemand anders krijgt, haak je af.', en: 'If you keep getting someone new, you drop out.' } },
    { role: 'parent', text: 'Wij wisten niet bij wie we terecht konden.' },
    { role: 'professional', text: 'Met een kleinere caseload kan ik jongeren vasthouden.' },
  ],
  questions: [
    { nl: 'Herken je dit?', en: 'Do you recognise this?' },
    { nl: 'Wanneer ben je tevreden?', en: 'When are you satisfied?' },
    { nl: 'Wat wil je veranderen?', en: 'What do you want to change?' },
  ],
  actions: [
    { text: { nl: 'Een vaste contactpersoon voor elke jongere', en: 'A steady contact person for every young person' }, status: 'done', expected: '2023-Q4', owner: 'Aanbieders' },
    { text: { nl: 'Wachttijd eerlijk verdelen', en: 'Sharing waiting time fairly' }, status: 'stalled', expected: '2024-Q2', note: { nl: 'Te weinig plekken; in het najaar opnieuw bekeken.', en: 'Too few places; to be reviewed in the autumn.' } },
    { text: { nl: 'Nieuwe matchingsmethode', en: 'New matching method' }, status: 'in-progress', expected: '2024-Q4', owner: 'Regio' },
    { text: { nl: 'Extra groep voor 18-plussers', en: 'Extra group for over-18s' }, status: 'stopped', expected: '2024-Q1', note: { nl: 'Geen personeel gevonden. We zeggen dat liever eerlijk.', en: 'No staff found. We would rather say so honestly.' } },
    { text: { nl: 'Evaluatie samen met jongeren', en: 'Evaluation together with young people' }, status: 'planned', expected: '2025-H1' },
  ],
};

const LONG_WORD = 'Jeugdhulpverleningsorganisatiesamenwerkingsverbandoverleg';

/** The national sample document: the interpretation of dropout. */
export const Normal: Story = {
  render: () => html`<stroomop-interpretation-note src=${NATIONAL} indicator="uitval"></stroomop-interpretation-note>`,
};

/** An indicator without interpretation: a plain sentence, not an error. */
export const Empty: Story = {
  render: () => html`<stroomop-interpretation-note .data=${storyDocument([])} indicator="uitval"></stroomop-interpretation-note>`,
};

/** A `note` id that is not in the data: the error with its path. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<stroomop-interpretation-note .data=${storyDocument([baseNote])} note="bestaat-niet"></stroomop-interpretation-note>`,
};

/** A very long word wraps; right-to-left text runs right to left. */
export const LongText: Story = {
  name: 'Long text',
  render: () => html`<stroomop-interpretation-note
    .data=${storyDocument([
      {
        ...baseNote,
        title: `Het ${LONG_WORD}${LONG_WORD} en de uitval`,
        body: [`${LONG_WORD} `.repeat(12), 'هذه الفقرة مكتوبة باللغة العربية وتُعرض من اليمين إلى اليسار.'],
        authors: [`${LONG_WORD}${LONG_WORD}`],
      },
    ])}
    indicator="uitval"
  ></stroomop-interpretation-note>`,
};

/** In English: the interface and every text that has a translation. */
export const English: Story = {
  globals: { lang: 'en' },
  render: () => html`<stroomop-interpretation-note src=${NATIONAL} indicator="uitval"></stroomop-interpretation-note>`,
};

/** The dark theme: the --stroomop-* tokens of themes/dark.css on the container. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<stroomop-interpretation-note .data=${storyDocument([baseNote])} indicator="uitval"></stroomop-interpretation-note>`,
};

/** In a 320 px wide column. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 320px">
    <stroomop-interpretation-note .data=${storyDocument([baseNote])} indicator="uitval"></stroomop-interpretation-note>
  </div>`,
};

/** Written for the figures of 2023, while the data now has 2024: the note says so. */
export const StaleNote: Story = {
  name: 'Stale note',
  render: () => html`<stroomop-interpretation-note
    .data=${storyDocument([baseNote], [observation('2022', 15.1), observation('2023', 14.8), observation('2024', 14.1)])}
    indicator="uitval"
  ></stroomop-interpretation-note>`,
};

/** Improvement actions in every status: planned, in progress, done, stalled and stopped, each with a shape and its status in words. */
export const ActionsInEveryStatus: Story = {
  name: 'Actions in every status',
  render: () => html`<stroomop-interpretation-note .data=${storyDocument([baseNote])} indicator="uitval" heading-level="2"></stroomop-interpretation-note>`,
};
