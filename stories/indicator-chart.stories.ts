import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/indicator-chart/indicator-chart.js';
import type { MonitorDocument } from '../src/format/types.generated.js';
import {
  bandDocument,
  baseDocument,
  breakDocument,
  breakdownDocument,
  observationOf,
  oneAreaDocument,
  onePeriodDocument,
  provisionalDocument,
  statementDocument,
  suppressedDocument,
  threeAreasDocument,
  withInterpretation,
} from '../src/components/indicator-chart/sample-documents.js';

/**
 * An indicator over time for an area and its parent areas, with its caption,
 * a summary in words, the source, the link to the interpretation, a data
 * table and downloads. Use the arrow keys on the chart to hear each value.
 * Most stories build a small document in code (src/components/indicator-chart/sample-documents.ts),
 * each about one state; the sample-data stories read examples/data/ by URL.
 */
const meta: Meta = {
  title: 'Elementen/Indicator chart',
  component: 'stroomop-indicator-chart',
  argTypes: {
    indicator: { control: 'text', description: 'Id of the indicator' },
    areas: { control: 'text', description: 'Area codes separated by spaces; empty: the document area and its parents' },
    periods: { control: 'text', description: 'A range: 2019..2024, 2020-H1..2024-H2, 2022.., ..2023 or 2024' },
    breakdown: { control: 'text', description: 'dimension:category pairs, or dimension:* for one series per category' },
    type: { control: 'select', options: ['auto', 'line', 'bar', 'distribution'] },
  },
};
export default meta;

type Story = StoryObj;

const NATIONAL = '/examples/data/nationaal.json';
const ORGANISATION = '/examples/data/organisatie-de-kompas.json';

/** One area, six years. */
export const OneArea: Story = {
  name: 'One area',
  render: () => html`<stroomop-indicator-chart .data=${oneAreaDocument()} indicator="uitval" areas="GM0344"></stroomop-indicator-chart>`,
};

/** A municipality next to its youth-care region and the nation: one series per area, each with a label, a dash and a marker shape. */
export const SeveralAreas: Story = {
  name: 'Several areas',
  render: () => html`<stroomop-indicator-chart .data=${withInterpretation(threeAreasDocument())} indicator="uitval"></stroomop-indicator-chart>`,
};

/** A 95% interval around every value: a light band; the line carries the value. */
export const IntervalBand: Story = {
  name: 'Interval band',
  render: () => html`<stroomop-indicator-chart .data=${bandDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** The latest values are provisional: a dotted segment into a hollow marker, and "voorlopig" in the legend. */
export const Provisional: Story = {
  render: () => html`<stroomop-indicator-chart .data=${provisionalDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** A suppressed (fewer than 10) and a missing value: gaps, never interpolated across, listed with their reason under the chart. */
export const Suppressed: Story = {
  render: () => html`<stroomop-indicator-chart .data=${suppressedDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** A new definition from 2022: the line breaks at a vertical rule, and the note explains why. */
export const SeriesBreak: Story = {
  name: 'Series break',
  render: () => html`<stroomop-indicator-chart .data=${breakDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** One period: bars, the provisional one hollow, with intervals. */
export const OnePeriod: Story = {
  name: 'One period',
  render: () => html`<stroomop-indicator-chart .data=${onePeriodDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** A panel statement: diverging bars per group, centred on the neutral answer, with n and response rate. */
export const PanelStatement: Story = {
  name: 'Panel statement',
  render: () => html`<stroomop-indicator-chart .data=${statementDocument()} indicator="tevredenheid"></stroomop-indicator-chart>`,
};

/** One series per age group (`breakdown="age:*"`). */
export const Breakdown: Story = {
  render: () => html`<stroomop-indicator-chart .data=${breakdownDocument()} indicator="uitval" areas="GM0344" breakdown="age:*"></stroomop-indicator-chart>`,
};

/** One age group in the municipality and the nation (`breakdown="age:12-17"`). */
export const BreakdownCategory: Story = {
  name: 'Breakdown, one category',
  render: () => html`<stroomop-indicator-chart .data=${breakdownDocument()} indicator="uitval" breakdown="age:12-17"></stroomop-indicator-chart>`,
};

/** No figures in the selected periods: the caption stays, with a plain message. */
export const Empty: Story = {
  render: () => html`<stroomop-indicator-chart .data=${threeAreasDocument()} indicator="uitval" periods="2030.."></stroomop-indicator-chart>`,
};

const LOADING_URL = '/examples/data/__indicator-chart-slow__.json';
const LOADING_MS = 4000;
let slowFetchInstalled = false;
let slowLoads = 0;
/** For this story only: a fetch of LOADING_URL answers after LOADING_MS with a document built in code. */
function installSlowFetch(): void {
  if (slowFetchInstalled) return;
  slowFetchInstalled = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(LOADING_URL)) return original(input, init);
    return new Promise<Response>((resolve) => {
      setTimeout(() => {
        resolve(new Response(JSON.stringify(threeAreasDocument()), { headers: { 'Content-Type': 'application/json' } }));
      }, LOADING_MS);
    });
  };
}

/**
 * While loading: a status message in about the space the chart will take
 * (more when narrow, as text wraps). The data arrives after four seconds.
 * The --stroomop-loading-min-height property sets the space exactly.
 */
export const Loading: Story = {
  render: () => {
    installSlowFetch();
    slowLoads += 1;
    return html`<stroomop-indicator-chart src="${LOADING_URL}?${slowLoads}" indicator="uitval"></stroomop-indicator-chart>
      <p>Tekst onder de grafiek: deze regel verschuift nauwelijks als de gegevens binnenkomen.</p>`;
  },
};

/** A source that is not there: the HTTP status, as an alert. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  render: () => html`<stroomop-indicator-chart src="/examples/data/bestaat-niet.json" indicator="uitval"></stroomop-indicator-chart>`,
};

/** A file that is not valid JSON: where the parser stopped. */
export const ErrorMalformedJson: Story = {
  name: 'Error: malformed JSON',
  render: () => html`<stroomop-indicator-chart src="/examples/data/invalid/malformed-json.json" indicator="uitval"></stroomop-indicator-chart>`,
};

/** An indicator id the data does not have: the id and the ones it has. */
export const ErrorUnknownIndicator: Story = {
  name: 'Error: unknown indicator',
  render: () => html`<stroomop-indicator-chart .data=${threeAreasDocument()} indicator="uitvall"></stroomop-indicator-chart>`,
};

/** A document of format version 2: refused with one clear message. */
export const ErrorUnknownMajorVersion: Story = {
  name: 'Error: unknown major version',
  render: () => html`<stroomop-indicator-chart src="/examples/data/invalid/unknown-major-version.json" indicator="uitval"></stroomop-indicator-chart>`,
};

function longTitleDocument(): MonitorDocument {
  const document = threeAreasDocument();
  document.indicators![0] = {
    ...document.indicators![0]!,
    title: 'Percentage jeugdhulptrajecten dat binnen zes maanden na de start eenzijdig werd beëindigd, zonder dat de jongere, de ouders en de jeugdhulpverlener dat samen zo hadden afgesproken (jeugdhulpverleningsorganisatiesamenwerkingsverband)',
  };
  document.areas = document.areas!.map((area) => (area.code === 'JR-UTR' ? { ...area, name: 'Jeugdzorgregio Utrecht Stad en omliggende gemeenten' } : area));
  return document;
}

/** A very long Dutch title and a long area name: everything wraps, nothing is cut. */
export const LongDutchTitle: Story = {
  name: 'Long Dutch title',
  render: () => html`<stroomop-indicator-chart .data=${longTitleDocument()} indicator="uitval"></stroomop-indicator-chart>`,
};

/** In English: the interface, the numbers (12.3%) and every text with a translation. */
export const English: Story = {
  globals: { lang: 'en' },
  render: () => html`<stroomop-indicator-chart .data=${withInterpretation(provisionalDocument())} indicator="uitval"></stroomop-indicator-chart>`,
};

/** The dark theme: the --stroomop-* tokens of themes/dark.css on the container. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => html`<stroomop-indicator-chart .data=${bandDocument()} indicator="uitval" areas="GM0344 NL01"></stroomop-indicator-chart>`,
};

/** Panel statement in the dark theme. */
export const DarkPanelStatement: Story = {
  name: 'Dark, panel statement',
  globals: { theme: 'dark' },
  render: () => html`<stroomop-indicator-chart .data=${statementDocument()} indicator="tevredenheid"></stroomop-indicator-chart>`,
};

/** In a 320 px wide column: fewer period ticks, wrapped labels. */
export const Narrow: Story = {
  name: '320 px',
  render: () => html`<div style="max-inline-size: 320px">
    <stroomop-indicator-chart .data=${withInterpretation(provisionalDocument())} indicator="uitval"></stroomop-indicator-chart>
  </div>`,
};

/** Bars in a 320 px wide column. */
export const NarrowBars: Story = {
  name: '320 px, one period',
  render: () => html`<div style="max-inline-size: 320px">
    <stroomop-indicator-chart .data=${onePeriodDocument()} indicator="uitval"></stroomop-indicator-chart>
  </div>`,
};

/** 3 × 2,000 daily values: drawn simplified (keeping the extremes), every value in the table and CSV. */
export const ManyPoints: Story = {
  name: 'Many points',
  render: () => {
    const start = Date.UTC(2019, 0, 1);
    const observations = ['GM0344', 'JR-UTR', 'NL01'].flatMap((area, areaIndex) =>
      Array.from({ length: 2000 }, (_, index) =>
        observationOf({ area, period: new Date(start + index * 86_400_000).toISOString().slice(0, 10), value: Math.round((12 + areaIndex * 2 + 3 * Math.sin(index / 60) + ((index * 37) % 11) / 10) * 10) / 10, n: 300 }),
      ),
    );
    return html`<stroomop-indicator-chart .data=${baseDocument({ observations })} indicator="uitval"></stroomop-indicator-chart>`;
  },
};

/** Sample data: dropout in the national document (years; the half years are left out and mentioned). */
export const SampleNational: Story = {
  name: 'Sample data: national',
  render: () => html`<stroomop-indicator-chart src=${NATIONAL} indicator="uitval"></stroomop-indicator-chart>`,
};

/** Sample data: the organisation's document read together with the national one; its region and the nation by default. */
export const SampleOrganisation: Story = {
  name: 'Sample data: organisation',
  render: () => html`<stroomop-indicator-chart src="${NATIONAL} ${ORGANISATION}" indicator="uitval"></stroomop-indicator-chart>`,
};

/** Sample data: the panel statements of an indicator of unit distribution. */
export const SamplePanel: Story = {
  name: 'Sample data: panel',
  render: () => html`<stroomop-indicator-chart src=${NATIONAL} indicator="ervaren-maatwerk"></stroomop-indicator-chart>`,
};
