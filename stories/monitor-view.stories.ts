import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/monitor-view/monitor-view.js';
import type { MonitorViewDefinition } from '../src/view/view-model.js';

/**
 * One monitor view, composed from a view definition (docs/views.md). The same
 * definition serves the nation, a youth-care region, a municipality or an
 * organisation: only `area` changes, and every chart compares that area with
 * its parent areas. Each interpretation note sits beside its chart.
 */
const meta: Meta = {
  title: 'Elementen/Monitor view',
  component: 'stroomop-monitor-view',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<{ area: string; view: string; audience: string }>;

const OUTCOMES = '/examples/views/uitkomsten.json';

const render: Story['render'] = ({ area, view, audience }) =>
  html`<stroomop-monitor-view view=${view} area=${area} audience=${audience} heading-level="2"></stroomop-monitor-view>`;

/** The national monitor: the Netherlands (NL01). */
export const Nation: Story = { args: { view: OUTCOMES, area: 'NL01', audience: 'public' }, render };

/** A youth-care region, compared with the nation. */
export const Region: Story = { args: { view: OUTCOMES, area: 'JZ19', audience: 'public' }, render };

/** A municipality, compared with its region and the nation. */
export const Municipality: Story = { args: { view: OUTCOMES, area: 'GM0344', audience: 'public' }, render };

/** A care provider's internal view: its own figures beside the region and the nation. */
export const Organisation: Story = { args: { view: '/examples/views/aanbieder.json', area: 'dekompas', audience: 'internal' }, render };

/** The same view in English. */
export const English: Story = { args: { view: OUTCOMES, area: 'GM0344', audience: 'public' }, globals: { lang: 'en' }, render };

const inline: MonitorViewDefinition = {
  viewVersion: '1.0',
  id: 'inline',
  title: { nl: 'Stemmen uit het panel', en: 'Voices from the panel' },
  sources: ['/examples/data/nationaal.json'],
  sections: [
    { type: 'quotes', title: 'Reacties', limit: 4 },
    { type: 'spotlight', title: 'Thema van de maand' },
  ],
};

/** A definition given as a property instead of a URL. */
export const DefinitionProperty: Story = {
  render: () => html`<stroomop-monitor-view .definition=${inline}></stroomop-monitor-view>`,
};

/** An area that is in none of the documents: a clear error, not a blank page. */
export const UnknownArea: Story = { args: { view: OUTCOMES, area: 'GM9999', audience: 'public' }, render };

/** A view definition that cannot be found. */
export const MissingView: Story = { args: { view: '/examples/views/bestaat-niet.json', area: 'NL01', audience: 'public' }, render };

/** A view definition with a mistake in it. */
export const InvalidView: Story = {
  render: () => html`<stroomop-monitor-view .definition=${{ viewVersion: '1.0', id: 'kapot', title: 'Kapot', sections: [{ type: 'grafiek' }] }}></stroomop-monitor-view>`,
};

/** At 320 px wide. */
export const Narrow: Story = {
  args: { view: OUTCOMES, area: 'GM0344', audience: 'public' },
  render: (args, context) => html`<div style="max-inline-size: 320px">${render(args, context)}</div>`,
};
