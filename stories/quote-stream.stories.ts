import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/quote-stream/quote-stream.js';
import type { MonitorDocument, Quote } from '../src/format/types.generated.js';

/**
 * Reactions of youths, parents and professionals from the panel. By default a
 * still, scrollable list; with `autoplay` one at a time, with a pause button
 * first in the tab order. The normal stories read the national sample
 * document; the others build a small document in code.
 */
const meta: Meta = {
  title: 'Elementen/Quote stream',
  component: 'stroomop-quote-stream',
};
export default meta;

type Story = StoryObj;

const NATIONAL = '/examples/data/nationaal.json';

function storyDocument(quotes: Quote[], overrides: Partial<MonitorDocument> = {}): MonitorDocument {
  return {
    formatVersion: '1.0',
    meta: { title: 'Voorbeeldmonitor', publisher: { name: 'StroomOP' }, published: '2025-06-01', language: 'nl', license: 'CC-BY-4.0', audience: 'public', illustrative: true },
    topics: [{ id: 'matching', name: { nl: 'Matching en plaatsing', en: 'Matching and placement' } }],
    quotes,
    ...overrides,
  };
}

const LONG_WORD = 'Jeugdhulpverleningsorganisatiesamenwerkingsverbandoverleg';
const longDocument = storyDocument([
  {
    id: 'lang',
    text: `Het ${LONG_WORD}${LONG_WORD} duurde zo lang dat ik halverwege de zin vergeten was waar het over ging. Daarna kwam er een brief met nog meer woorden die ik niet kende, en een lijst met afspraken waar niemand van ons bij was geweest.`,
    role: 'parent',
    date: '2025-05-20',
    topic: 'matching',
  },
  { id: 'rtl', text: 'شكراً لأنكم استمعتم إلي. أخيراً شعرت أن أحداً يسمعني.', role: 'youth', date: '2025-05-12' },
  { id: 'kort', text: 'Eindelijk iemand die bleef.', role: 'youth', date: '2025-04-02', topic: 'matching' },
]);

/** The national sample document: every reaction, newest first, in a scrollable region. */
export const Normal: Story = {
  render: () => html`<stroomop-quote-stream src=${NATIONAL} heading="Wat het panel zegt"></stroomop-quote-stream>`,
};

/** Only youths, about matching and placement, at most five. */
export const Filtered: Story = {
  render: () => html`<stroomop-quote-stream src=${NATIONAL} roles="youth" topic="matching-en-plaatsing" limit="5" heading="Jongeren over matching en plaatsing"></stroomop-quote-stream>`,
};

/** No reactions in the document (or none left after the filters). */
export const Empty: Story = {
  render: () => html`<stroomop-quote-stream .data=${storyDocument([])} heading="Wat het panel zegt"></stroomop-quote-stream>`,
};

/** A document the element cannot read: every problem with its path. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<stroomop-quote-stream .data=${{ ...storyDocument([]), formatVersion: '2.0' }}></stroomop-quote-stream>`,
};

/** A very long word wraps; right-to-left text runs right to left. */
export const LongText: Story = {
  name: 'Long text',
  render: () => html`<stroomop-quote-stream .data=${longDocument} heading="Lange en rechts-naar-links tekst"></stroomop-quote-stream>`,
};

/** In English: the interface and every reaction that has a translation. */
export const English: Story = {
  globals: { lang: 'en' },
  render: () => html`<stroomop-quote-stream src=${NATIONAL} heading="What the panel says"></stroomop-quote-stream>`,
};

/** The dark theme: the --stroomop-* tokens of themes/dark.css on a wrapper. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<stroomop-quote-stream src=${NATIONAL} heading="Wat het panel zegt"></stroomop-quote-stream>`,
};

/** In a 320 px wide column. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 320px">
    <stroomop-quote-stream src=${NATIONAL} heading="Wat het panel zegt" autoplay></stroomop-quote-stream>
  </div>`,
};

/**
 * One reaction at a time, every eight seconds. The pause button comes first in the
 * tab order; hovering or focusing pauses; under reduced motion nothing rotates.
 * "Alle reacties" opens the full list.
 */
export const Autoplay: Story = {
  render: () => html`<stroomop-quote-stream src=${NATIONAL} heading="Wat het panel zegt" autoplay interval="8"></stroomop-quote-stream>`,
};

/** Reads the document again every 60 seconds and offers new reactions without moving the list. */
export const Refresh: Story = {
  render: () => html`<stroomop-quote-stream src=${NATIONAL} heading="Wat het panel zegt" refresh="60"></stroomop-quote-stream>`,
};
