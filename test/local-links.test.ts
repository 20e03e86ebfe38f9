/**
 * In-page links across shadow roots (src/base/local-links.ts): the chart's
 * "Lees de duiding" link and the note's "Bekijk de cijfers" link reach their
 * target inside a <stroomop-monitor-view>, whose shadow root the browser's own
 * fragment navigation cannot search.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { minimalDocument, observation } from './helpers/fixtures.js';
import type { MonitorDocument } from '../src/format/types.generated.js';
import type { MonitorViewDefinition } from '../src/view/view-model.js';
import type { MonitorElement } from '../src/base/monitor-element.js';
import '../src/components/monitor-view/monitor-view.js';
import '../src/components/indicator-chart/indicator-chart.js';
import '../src/components/interpretation-note/interpretation-note.js';
import '../src/components/spotlight/spotlight.js';
import type { StroomopMonitorView } from '../src/components/monitor-view/monitor-view.component.js';
import { findLocalTarget } from '../src/base/local-links.js';

function documentWithNote(title: string): MonitorDocument {
  return minimalDocument({
    observations: [observation({ period: '2022', value: 14 }), observation({ period: '2023', value: 13 })],
    interpretations: [
      {
        id: 'duiding-uitval',
        indicator: 'uitval',
        title,
        body: ['Eerste alinea over uitval.', 'Tweede alinea.'],
        authors: ['Expertgroep StroomOP'],
        date: '2024-03-12',
      },
    ],
  });
}

const dataUrl = (document: MonitorDocument): string => `data:application/json,${encodeURIComponent(JSON.stringify(document))}`;

const definition: MonitorViewDefinition = {
  viewVersion: '1.0',
  id: 'links',
  title: 'Uitkomsten',
  sections: [{ type: 'indicator', indicator: 'uitval' }],
};

/** Waits until a monitor element has read its documents and rendered. */
async function loaded(element: MonitorElement): Promise<void> {
  await element.updateComplete;
  // loadState is protected; read it as stories.test.ts does.
  if ((element as unknown as { loadState: string }).loadState !== 'ready') await oneEvent(element, 'stroomop-load');
  await element.updateComplete;
}

/** Renders a view and waits until its chart and note are defined, loaded and rendered. */
async function settledView(view: StroomopMonitorView): Promise<{ chart: MonitorElement; note: MonitorElement }> {
  await loaded(view);
  await view.updateComplete;
  const root = view.shadowRoot!;
  const chart = root.querySelector('stroomop-indicator-chart')!;
  const note = root.querySelector('stroomop-interpretation-note')!;
  expect(chart, 'chart in the view').to.exist;
  expect(note, 'note in the view').to.exist;
  await loaded(chart);
  await loaded(note);
  return { chart, note };
}

function link(element: Element, part: string): HTMLAnchorElement {
  const anchor = element.shadowRoot!.querySelector<HTMLAnchorElement>(`a[part~="${part}"]`);
  expect(anchor, `${part} in ${element.localName}`).to.exist;
  return anchor!;
}

/** The element at the end of the chain of shadow roots' active elements. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const spacer = (height: number) => html`<div style=${`block-size: ${height}px`}></div>`;

describe('in-page links across shadow roots', () => {
  const url = location.href;
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });
  after(async () => {
    history.replaceState(null, '', url);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('the chart\'s "Lees de duiding" lands on the note inside the view, and the note\'s link back on the chart', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px">
      ${spacer(1500)}
      <stroomop-monitor-view src=${dataUrl(documentWithNote('Uitval daalt'))} .definition=${definition} area="GM0344"></stroomop-monitor-view>
      ${spacer(4000)}
    </div>`);
    const view = wrapper.querySelector('stroomop-monitor-view')!;
    const { chart, note } = await settledView(view);
    expect(note.id).to.equal('stroomop-duiding-uitval');
    expect(chart.id).to.equal('stroomop-indicator-uitval');

    link(chart, 'interpretation-link').click();
    expect(view.shadowRoot!.activeElement, 'focus in the view').to.equal(note);
    expect(deepActiveElement()?.matches('h1, h2, h3, h4, h5, h6'), 'the note\'s heading has focus').to.be.true;
    expect(deepActiveElement()?.textContent).to.contain('Uitval daalt');
    expect(Math.abs(note.getBoundingClientRect().top), 'the note at the top of the viewport').to.be.below(2);
    expect(location.hash, 'no fragment for a target in a shadow root').to.equal('');

    link(note, 'chart-link').click();
    expect(view.shadowRoot!.activeElement, 'focus back on the chart').to.equal(chart);
    expect(deepActiveElement()?.getAttribute('role')).to.equal('heading');
    expect(Math.abs(chart.getBoundingClientRect().top), 'the chart at the top of the viewport').to.be.below(2);
  });

  it('with two views on one page, each link stays in its own view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px">
      <stroomop-monitor-view class="first" src=${dataUrl(documentWithNote('Eerste duiding'))} .definition=${definition} area="GM0344"></stroomop-monitor-view>
      ${spacer(1500)}
      <stroomop-monitor-view class="second" src=${dataUrl(documentWithNote('Tweede duiding'))} .definition=${definition} area="GM0344"></stroomop-monitor-view>
      ${spacer(4000)}
    </div>`);
    const first = await settledView(wrapper.querySelector('stroomop-monitor-view.first')!);
    const second = await settledView(wrapper.querySelector('stroomop-monitor-view.second')!);
    expect(first.note.id).to.equal(second.note.id);

    link(second.chart, 'interpretation-link').click();
    expect(deepActiveElement()?.textContent).to.contain('Tweede duiding');
    expect(Math.abs(second.note.getBoundingClientRect().top)).to.be.below(2);

    link(first.chart, 'interpretation-link').click();
    expect(deepActiveElement()?.textContent).to.contain('Eerste duiding');
  });

  it('loose elements on the page link to each other, not into a view, and put the fragment in the address bar', async () => {
    const data = documentWithNote('Losse duiding');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px">
      <stroomop-monitor-view src=${dataUrl(documentWithNote('Duiding in de weergave'))} .definition=${definition} area="GM0344"></stroomop-monitor-view>
      <stroomop-indicator-chart .data=${data} indicator="uitval"></stroomop-indicator-chart>
      ${spacer(1500)}
      <stroomop-interpretation-note .data=${data} indicator="uitval"></stroomop-interpretation-note>
      ${spacer(4000)}
    </div>`);
    await settledView(wrapper.querySelector('stroomop-monitor-view')!);
    const chart = wrapper.querySelector<MonitorElement>('stroomop-indicator-chart')!;
    const note = wrapper.querySelector<MonitorElement>('stroomop-interpretation-note')!;
    await loaded(chart);
    await loaded(note);
    expect(note.id, 'the loose note keeps its id beside the view').to.equal('stroomop-duiding-uitval');

    link(chart, 'interpretation-link').click();
    expect(document.activeElement).to.equal(note);
    expect(deepActiveElement()?.textContent).to.contain('Losse duiding');
    expect(Math.abs(note.getBoundingClientRect().top)).to.be.below(2);
    expect(location.hash).to.equal('#stroomop-duiding-uitval');
  });

  it("the spotlight's figure link lands on the chart, also when clicked before the figures' code (which brings the link code) is in", async () => {
    const data = minimalDocument({
      observations: [observation({ period: '2022', value: 14 }), observation({ period: '2023', value: 13 })],
      spotlights: [{ id: 'thema', month: '2026-11', topic: 'matching', title: 'Thema', summary: ['Samenvatting.'], indicators: ['uitval'] }],
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 400px">
      <stroomop-indicator-chart .data=${data} indicator="uitval"></stroomop-indicator-chart>
      ${spacer(4000)}
    </div>`);
    const chart = wrapper.querySelector<MonitorElement>('stroomop-indicator-chart')!;
    await loaded(chart);
    const spotlight = document.createElement('stroomop-spotlight');
    spotlight.now = new Date(2026, 10, 15, 12);
    spotlight.data = data;
    wrapper.append(spotlight);
    // Lit renders in a microtask; the figures' code needs a request, which no microtask can answer (no test before
    // this one in this file shows a spotlight, so that code is not in yet).
    let anchor: HTMLAnchorElement | null = null;
    for (let turn = 0; turn < 100 && !anchor; turn += 1) {
      await Promise.resolve();
      anchor = spotlight.shadowRoot?.querySelector<HTMLAnchorElement>('a[part~="figure-link"]') ?? null;
    }
    expect(anchor, 'the figure link, before the figures are in').to.exist;
    expect(spotlight.shadowRoot!.querySelector('.figure-phrase.loading'), 'the phrase still loading').to.exist;
    // Should the element leave a click to the browser, keep the test page where it is.
    const stay = (event: Event): void => {
      event.preventDefault();
    };
    window.addEventListener('click', stay);
    try {
      anchor!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      await spotlight.updateComplete;
    } finally {
      window.removeEventListener('click', stay);
    }
    expect(document.activeElement === chart, 'focus on the chart').to.equal(true);
    expect(Math.abs(chart.getBoundingClientRect().top)).to.be.below(2);
    expect(location.hash).to.equal('#stroomop-indicator-uitval');
  });

  it('leaves links to ids that are nowhere, and clicks with a modifier key, to the browser', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stroomop-monitor-view src=${dataUrl(documentWithNote('Uitval daalt'))} .definition=${definition} area="GM0344"></stroomop-monitor-view>
    </div>`);
    const view = wrapper.querySelector('stroomop-monitor-view')!;
    const { chart, note } = await settledView(view);
    expect(findLocalTarget('stroomop-duiding-uitval', chart)).to.equal(note);
    expect(findLocalTarget('nergens', chart)).to.equal(null);

    const anchor = link(chart, 'interpretation-link');
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true });
    // Keep the test page where it is: cancel the browser's own navigation after the element's handler ran.
    let preventedByElement: boolean | undefined;
    const watch = (event: Event): void => {
      preventedByElement = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', watch);
    try {
      anchor.dispatchEvent(click);
      expect(preventedByElement, 'a ctrl-click is left alone').to.be.false;
      anchor.setAttribute('href', '#nergens');
      anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(preventedByElement, 'an unknown id is left alone').to.be.false;
    } finally {
      window.removeEventListener('click', watch);
    }
  });
});
