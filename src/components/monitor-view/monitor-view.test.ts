import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { minimalDocument, observation } from '../../../test/helpers/fixtures.js';
import type { MonitorDocument } from '../../format/types.generated.js';
import type { MonitorViewDefinition } from '../../view/view-model.js';
import './monitor-view.js';
import type { StroomopMonitorView } from './monitor-view.component.js';

function data(): MonitorDocument {
  return minimalDocument({
    observations: [observation({ period: '2022', value: 14 }), observation({ period: '2023', value: 13 }), observation({ period: '2023', area: 'JR-UTR', value: 12 })],
  });
}

const dataUrl = (document: MonitorDocument): string => `data:application/json,${encodeURIComponent(JSON.stringify(document))}`;

async function render(definition: MonitorViewDefinition, area = ''): Promise<StroomopMonitorView> {
  const view = await fixture<StroomopMonitorView>(html`<stroomop-monitor-view src=${dataUrl(data())} area=${area} .definition=${definition}></stroomop-monitor-view>`);
  // loadState is protected; the tests read it as stories.test.ts does.
  if ((view as unknown as { loadState: string }).loadState !== 'ready') await oneEvent(view, 'stroomop-load');
  await view.updateComplete;
  return view;
}

const view = (sections: MonitorViewDefinition['sections']): MonitorViewDefinition => ({ viewVersion: '1.0', id: 'test', title: 'Test', sections });

// Runs first: the element modules are loaded once per page.
describe('loading the elements a view uses', () => {
  it('a view with only quotes defines the quote stream and never loads the chart', async () => {
    const element = await render(view([{ type: 'quotes' }]));
    expect(customElements.get('stroomop-quote-stream'), 'quote stream defined').to.exist;
    expect(customElements.get('stroomop-indicator-chart'), 'chart not loaded').to.equal(undefined);
    expect(element.shadowRoot!.querySelector('stroomop-quote-stream')?.matches(':defined')).to.be.true;
  });

  it('elements rendered before their module arrives upgrade; updateComplete waits for them', async () => {
    const element = await render(view([{ type: 'indicator', indicator: 'uitval' }]));
    const chart = element.shadowRoot!.querySelector('stroomop-indicator-chart');
    expect(chart?.matches(':defined'), 'chart upgraded').to.be.true;
    expect(element.shadowRoot!.querySelector('stroomop-interpretation-note')?.matches(':defined'), 'note upgraded').to.be.true;
  });
});

describe('sections', () => {
  it('a chart with its note spans the grid; a chart without note takes a column unless it is wide', async () => {
    const element = await render(
      view([
        { type: 'indicator', indicator: 'uitval' },
        { type: 'indicator', indicator: 'uitval', note: false },
        { type: 'indicator', indicator: 'uitval', note: false, wide: true },
        { type: 'indicator', indicator: 'uitval', wide: false },
      ]),
    );
    const sections = [...element.shadowRoot!.querySelectorAll('[part~="section-indicator"]')];
    expect(sections.map((section) => section.classList.contains('wide'))).to.deep.equal([true, false, true, false]);
    expect(sections.map((section) => section.querySelector('stroomop-interpretation-note') !== null)).to.deep.equal([true, false, false, true]);
  });

  it('the spotlight speaks of the view\'s area', async () => {
    const element = await render(view([{ type: 'spotlight' }]), 'JR-UTR');
    expect(element.shadowRoot!.querySelector('stroomop-spotlight')?.getAttribute('area')).to.equal('JR-UTR');
  });
});
