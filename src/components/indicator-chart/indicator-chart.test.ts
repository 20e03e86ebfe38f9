import { nextFrame, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MonitorDocument } from '../../format/types.generated.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import './indicator-chart.js';
import type { StroomopIndicatorChart } from './indicator-chart.js';
import {
  bandDocument,
  baseDocument,
  breakDocument,
  breakdownDocument,
  longSeriesDocument,
  observationOf,
  oneAreaDocument,
  onePeriodDocument,
  provisionalDocument,
  statementDocument,
  suppressedDocument,
  threeAreasDocument,
  withInterpretation,
} from './sample-documents.js';

interface Mounted {
  element: StroomopIndicatorChart;
  wrapper: HTMLElement;
  events: CustomEvent<{ issues?: { path: string; code: string }[] }>[];
}

interface MountOptions {
  data?: MonitorDocument | MonitorDocument[];
  attributes?: Record<string, string>;
  width?: number;
  /** Wait for this event (for `src`). */
  waitFor?: 'stroomop-load' | 'stroomop-error';
}

/** A chart of `uitval`, not yet connected. */
function newChart(data?: MountOptions['data'], attributes: Record<string, string> = {}): StroomopIndicatorChart {
  const element = document.createElement('stroomop-indicator-chart');
  element.setAttribute('indicator', 'uitval');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data) element.data = data;
  return element;
}

/** Mounts a chart in a wrapper of fixed width, recording every stroomop-* event from the start. */
async function mount({ data, attributes = {}, width = 640, waitFor }: MountOptions = {}): Promise<Mounted> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.style.width = `${width}px`;
  const element = newChart(data, attributes);
  const events: Mounted['events'] = [];
  for (const name of ['stroomop-load', 'stroomop-error', 'stroomop-point-focus']) element.addEventListener(name, (event) => events.push(event as Mounted['events'][number]));
  const waited = waitFor ? oneEvent(element, waitFor) : undefined;
  wrapper.append(element);
  await waited;
  await element.updateComplete;
  // The chart draws right after its update; two frames let its ResizeObserver report too (a no-op at the same width).
  await nextFrame();
  await nextFrame();
  await element.updateComplete;
  return { element, wrapper, events };
}

const shadow = (element: StroomopIndicatorChart) => element.shadowRoot!;
const part = (element: StroomopIndicatorChart, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: StroomopIndicatorChart, name: string) => part(element, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const svgOf = (element: StroomopIndicatorChart) => shadow(element).querySelector<SVGSVGElement>('[part="plot"] svg');
const dataUrl = (document: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(document))}`;

/** Captures downloads: the blobs handed to object URLs and the names of the clicked links (which download nothing). */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return create(object);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    blobs,
    names,
    restore() {
      URL.createObjectURL = create;
      // Back to the click HTMLElement gives every element.
      Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    },
  };
}

describe('<stroomop-indicator-chart>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<Mounted>][] = [
      ['one area', () => mount({ data: oneAreaDocument() })],
      ['several areas, with an interpretation', () => mount({ data: withInterpretation(threeAreasDocument()) })],
      ['interval band', () => mount({ data: bandDocument() })],
      ['provisional', () => mount({ data: provisionalDocument() })],
      ['suppressed and missing', () => mount({ data: suppressedDocument() })],
      ['series break', () => mount({ data: breakDocument() })],
      ['one period (bars)', () => mount({ data: onePeriodDocument() })],
      ['panel statement', () => mount({ data: statementDocument(), attributes: { indicator: 'tevredenheid' } })],
      ['breakdown split', () => mount({ data: breakdownDocument(), attributes: { areas: 'GM0344', breakdown: 'age:*' } })],
      ['empty selection', () => mount({ data: threeAreasDocument(), attributes: { periods: '2030..' } })],
      ['error (unknown indicator)', () => mount({ data: threeAreasDocument(), attributes: { indicator: 'onbekend' } })],
      ['English', () => mount({ data: bandDocument(), attributes: { lang: 'en' } })],
      ['320 px wide', () => mount({ data: threeAreasDocument(), width: 320 })],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const { element } = await make();
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }

    it('has no axe violations with the table open and a value focused', async () => {
      const { element } = await mount({ data: suppressedDocument() });
      part(element, 'toggle')!.click();
      await waitUntil(() => shadow(element).querySelector('table'), 'the table opens');
      part(element, 'plot')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('hides the drawing from assistive technology and names the plot area', async () => {
      const { element } = await mount({ data: threeAreasDocument() });
      const plot = part(element, 'plot')!;
      expect(plot.getAttribute('role')).to.equal('group');
      expect(plot.getAttribute('aria-roledescription')).to.equal('grafiek');
      expect(plot.getAttribute('aria-label')).to.equal('Uitval uit jeugdhulp: grafiek met 3 reeksen');
      expect(svgOf(element)!.getAttribute('aria-hidden')).to.equal('true');
      expect(shadow(element).querySelectorAll('style')).to.have.length(0);
      expect(shadow(element).querySelectorAll('[style]')).to.have.length(0);
    });

    it('keeps a legend that does not rely on colour: a dash and a marker shape per series', async () => {
      const { element } = await mount({ data: provisionalDocument() });
      const items = [...part(element, 'legend')!.querySelectorAll('li')];
      expect(items.map((item) => item.textContent.trim())).to.deep.equal(['Utrecht', 'Nederland', 'voorlopig (stippellijn naar een open marker)']);
      const shapes = items.slice(0, 2).map((item) => item.querySelector('path')!.getAttribute('d'));
      expect(shapes[0]).not.to.equal(shapes[1]);
    });
  });

  describe('properties and attributes', () => {
    it('draws one series per area with end labels, the caption and the summary', async () => {
      const { element } = await mount({ data: threeAreasDocument() });
      expect(text(element, 'heading')).to.equal('Uitval uit jeugdhulp');
      expect(part(element, 'heading')!.getAttribute('aria-level')).to.equal('3');
      expect(text(element, 'caption')).to.contain('Percentage · Utrecht, Jeugdregio Utrecht Stad en Nederland · 2019 tot en met 2024');
      expect(text(element, 'summary')).to.equal(
        'Uitval uit jeugdhulp in Utrecht was 11,5% in 2024. Dat is 0,5 procentpunt lager dan in 2023. Dat verschil kan toeval zijn. In Jeugdregio Utrecht Stad was het 11,5%: ongeveer even hoog. In Nederland was het 11,5%: ongeveer even hoog. Lager is gunstiger.',
      );
      expect([...svgOf(element)!.querySelectorAll('text.label')].map((label) => label.textContent)).to.deep.equal(['Utrecht', 'Jeugdregio Utrecht Stad', 'Nederland']);
    });

    it('uses the summary of the document when it has one', async () => {
      const document = threeAreasDocument();
      document.indicators![0]!.summary = { nl: 'Eigen samenvatting.', en: 'Own summary.' };
      const { element } = await mount({ data: document, attributes: { lang: 'en' } });
      expect(text(element, 'summary')).to.equal('Own summary.');
    });

    it('draws again when the indicator changes', async () => {
      const document = threeAreasDocument();
      const second = { ...document.indicators![0]!, id: 'doelrealisatie', title: 'Doelrealisatie', polarity: 'higher-is-better' as const };
      delete second.outcomeKey;
      document.indicators!.push(second);
      document.observations!.push(observationOf({ indicator: 'doelrealisatie', period: '2023', value: 70 }), observationOf({ indicator: 'doelrealisatie', period: '2024', value: 72 }));
      const { element } = await mount({ data: document });
      const before = svgOf(element)!.querySelector('path.line')!.getAttribute('d');
      element.indicator = 'doelrealisatie';
      await element.updateComplete;
      expect(text(element, 'heading')).to.equal('Doelrealisatie');
      expect(svgOf(element)!.querySelector('path.line')!.getAttribute('d')).not.to.equal(before);
      expect(svgOf(element)!.querySelectorAll('path.line')).to.have.length(1);
    });

    it('draws again when data changes', async () => {
      const { element } = await mount({ data: oneAreaDocument() });
      element.data = onePeriodDocument();
      await element.updateComplete;
      expect(svgOf(element)!.querySelectorAll('rect.bar')).to.have.length(3);
      expect(text(element, 'summary')).to.contain('12,3% in 1e halfjaar 2024 (voorlopig)');
    });

    it('loads again when src changes', async () => {
      const { element } = await mount({ attributes: { src: dataUrl(oneAreaDocument()) }, waitFor: 'stroomop-load' });
      expect(svgOf(element)!.querySelectorAll('path.line')).to.have.length(1);
      const loaded = oneEvent(element, 'stroomop-load');
      element.src = dataUrl(threeAreasDocument());
      await loaded;
      await element.updateComplete;
      expect(svgOf(element)!.querySelectorAll('path.line')).to.have.length(3);
    });

    it('follows areas, periods and breakdown', async () => {
      const { element } = await mount({ data: breakdownDocument(), attributes: { areas: 'NL01 GM0344', periods: '2021..2023', breakdown: 'age:12-17' } });
      expect(text(element, 'caption')).to.contain('Nederland en Utrecht · 2021 tot en met 2023 · Leeftijd: 12 tot 18 jaar');
      expect([...svgOf(element)!.querySelectorAll('text.label')].map((label) => label.textContent)).to.deep.equal(['Nederland', 'Utrecht']);
    });

    it('speaks English with lang="en", including numbers', async () => {
      const { element } = await mount({ data: provisionalDocument(), attributes: { lang: 'en' } });
      expect(text(element, 'summary')).to.contain('11.5% in 2024 (provisional)');
      expect(text(element, 'toggle')).to.equal('Show table');
      expect(text(element, 'interpretation-link')).to.equal('No interpretation available yet');
    });

    it('follows heading-level', async () => {
      const { element } = await mount({ data: oneAreaDocument(), attributes: { 'heading-level': '2' } });
      expect(part(element, 'heading')!.getAttribute('aria-level')).to.equal('2');
    });

    it('links to the interpretation, or says there is none yet', async () => {
      const linked = await mount({ data: withInterpretation(threeAreasDocument()) });
      const link = part(linked.element, 'interpretation-link') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal('#stroomop-duiding-uitval');
      expect(link.textContent.trim()).to.equal('Lees de duiding');
      const none = await mount({ data: threeAreasDocument() });
      expect(part(none.element, 'interpretation-link')!.tagName).to.equal('P');
      expect(text(none.element, 'interpretation-link')).to.equal('Nog geen duiding beschikbaar');
      const own = await mount({ data: withInterpretation(threeAreasDocument()), attributes: { 'interpretation-href': '/duiding/uitval.html' } });
      const ownHref = part(own.element, 'interpretation-link')!.getAttribute('href')!;
      expect(new URL(ownHref, document.baseURI).href).to.equal(new URL('/duiding/uitval.html', document.baseURI).href);
      const absolute = await mount({ data: threeAreasDocument(), attributes: { 'interpretation-href': 'https://example.org/duiding#uitval' } });
      expect(part(absolute.element, 'interpretation-link')!.getAttribute('href')).to.equal('https://example.org/duiding#uitval');
      const unsafe = await mount({ data: withInterpretation(threeAreasDocument()), attributes: { 'interpretation-href': 'javascript:alert(1)' } });
      expect(part(unsafe.element, 'interpretation-link')!.getAttribute('href')).to.equal('#stroomop-duiding-uitval');
    });

    it('ignores an interpretation of another area', async () => {
      const document = withInterpretation(threeAreasDocument());
      document.interpretations![0]!.area = 'JR-UTR';
      const { element } = await mount({ data: document, attributes: { areas: 'GM0344' } });
      expect(text(element, 'interpretation-link')).to.equal('Nog geen duiding beschikbaar');
    });

    it('gives itself the id stroomop-indicator-<indicator>, unless it has one or the page uses it', async () => {
      const first = await mount({ data: oneAreaDocument() });
      expect(first.element.id).to.equal('stroomop-indicator-uitval');
      const second = await mount({ data: oneAreaDocument() });
      expect(second.element.id).to.equal('');
      const own = await mount({ data: oneAreaDocument(), attributes: { id: 'mijn-grafiek' } });
      expect(own.element.id).to.equal('mijn-grafiek');
      first.element.indicator = 'ander';
      await first.element.updateComplete;
      expect(first.element.id).to.equal('stroomop-indicator-ander');
    });

    it('shows the source with its link and date, and says when data are illustrative', async () => {
      const { element } = await mount({ data: oneAreaDocument() });
      expect(text(element, 'source')).to.contain('Bron: Jeugdhulpaanbieders (gepubliceerd 1 mei 2025).').and.contain('Voorbeeldgegevens');
      expect(part(element, 'source')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/bron');
    });

    it('redraws at the new width when its container resizes', async () => {
      const { element, wrapper } = await mount({ data: threeAreasDocument(), width: 640 });
      expect(svgOf(element)!.getAttribute('width')).to.equal('640');
      wrapper.style.width = '320px';
      await waitUntil(() => svgOf(element)?.getAttribute('width') === '320', 'redrawn at 320 px');
      expect(svgOf(element)!.querySelectorAll('path.line')).to.have.length(3);
    });

    it('draws a page of charts in the task their figures render in, without waiting for a frame', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 500px"></div>`);
      const charts = [0, 1, 2].map(() => newChart(threeAreasDocument()));
      wrapper.append(...charts);
      let framePassed = false;
      requestAnimationFrame(() => (framePassed = true));
      await Promise.all(charts.map((chart) => chart.updateComplete));
      expect(framePassed).to.equal(false);
      for (const chart of charts) {
        expect(svgOf(chart)!.getAttribute('width')).to.equal('500');
        expect(svgOf(chart)!.querySelectorAll('path.line')).to.have.length(3);
      }
    });

    it('draws at the width of its plot, which a padded figure narrows', async () => {
      const style = document.createElement('style');
      style.textContent = 'stroomop-indicator-chart.padded-figure::part(figure) { padding-inline: 20px; }';
      document.head.append(style);
      try {
        const { element, wrapper } = await mount({ data: threeAreasDocument(), width: 640, attributes: { class: 'padded-figure' } });
        expect(svgOf(element)!.getAttribute('width')).to.equal('600');
        wrapper.style.width = '440px';
        await waitUntil(() => svgOf(element)?.getAttribute('width') === '400', 'redrawn at 400 px');
      } finally {
        style.remove();
      }
    });

    it('draws inside a scaled container at its own width', async () => {
      const style = document.createElement('style');
      style.textContent = '.scaled { transform: scale(0.5); }';
      document.head.append(style);
      try {
        const scaled = await mount({ data: threeAreasDocument(), width: 640 });
        scaled.wrapper.classList.add('scaled');
        scaled.wrapper.style.width = '600px';
        await waitUntil(() => svgOf(scaled.element)?.getAttribute('width') === '600', 'redrawn at 600 px, not at its scaled 300');
      } finally {
        style.remove();
      }
    });

    it('draws a chart that was hidden once it is shown', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px" hidden></div>`);
      const element = newChart(threeAreasDocument());
      wrapper.append(element);
      await element.updateComplete;
      await nextFrame();
      expect(svgOf(element)).to.equal(null);
      wrapper.hidden = false;
      await waitUntil(() => svgOf(element)?.getAttribute('width') === '400', 'drawn at 400 px once shown');
    });

    it('reserves the chart height while loading', async () => {
      const originalFetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const { element, wrapper } = await mount({ attributes: { src: '/never-answers.json' } });
        const status = part(element, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.getBoundingClientRect().height).to.be.at.least(300);
        wrapper.remove();
      } finally {
        Object.defineProperty(window, 'fetch', originalFetch);
      }
    });
  });

  describe('parts', () => {
    it('exposes every documented part', async () => {
      const { element } = await mount({ data: withInterpretation(suppressedDocument()) });
      part(element, 'toggle')!.click();
      await waitUntil(() => shadow(element).querySelector('table'), 'the table opens');
      for (const name of ['figure', 'caption', 'heading', 'summary', 'legend', 'plot', 'readout', 'notes', 'toggle', 'downloads', 'table', 'source', 'interpretation-link']) {
        expect(part(element, name), name).to.not.equal(null);
      }
      expect(part(element, 'figure')!.tagName).to.equal('FIGURE');
      expect(part(element, 'caption')!.tagName).to.equal('FIGCAPTION');
    });
  });

  describe('events', () => {
    it('fires stroomop-load once with data', async () => {
      const { events } = await mount({ data: oneAreaDocument() });
      expect(events.map((event) => event.type)).to.deep.equal(['stroomop-load']);
    });

    it('fires stroomop-point-focus with the value the keyboard is on', async () => {
      const { element, events } = await mount({ data: onePeriodDocument() });
      part(element, 'plot')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const focus = events.filter((event) => event.type === 'stroomop-point-focus');
      expect(focus).to.have.length(1);
      expect(focus[0]!.detail).to.deep.equal({
        indicator: 'uitval',
        area: 'GM0344',
        period: '2024-H1',
        value: 12.3,
        status: 'provisional',
        series: 'Utrecht',
        text: 'Utrecht, 1e halfjaar 2024: 12,3% (voorlopig), 95%-interval 10,1% tot 14,6%, n = 240',
      });
      expect(focus[0]!.bubbles && focus[0]!.composed).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('shows a 404 and fires stroomop-error', async () => {
      const { element, events } = await mount({ attributes: { src: '/does-not-exist.json' }, waitFor: 'stroomop-error' });
      expect(text(element, 'error')).to.contain('404');
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      expect(events.map((event) => event.type)).to.deep.equal(['stroomop-error']);
    });

    it('shows malformed JSON with its place', async () => {
      const url = URL.createObjectURL(new Blob(['{"formatVersion": "1.0",, }'], { type: 'application/json' }));
      const { element } = await mount({ attributes: { src: url }, waitFor: 'stroomop-error' });
      expect(text(element, 'error')).to.contain('geen geldige JSON').and.contain('regel 1');
      URL.revokeObjectURL(url);
    });

    it('refuses an unknown major version', async () => {
      const { element } = await mount({ attributes: { src: dataUrl({ ...oneAreaDocument(), formatVersion: '2.0' }) }, waitFor: 'stroomop-error' });
      expect(text(element, 'error')).to.contain('2.0');
    });

    it('names an unknown indicator, visibly and in the event, and recovers when it is fixed', async () => {
      const { element, events } = await mount({ data: threeAreasDocument(), attributes: { indicator: 'uitvall' } });
      expect(text(element, 'error')).to.contain('onbekende indicator "uitvall"; bekend zijn: uitval');
      const errors = events.filter((event) => event.type === 'stroomop-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.issues![0]).to.include({ path: 'indicator', code: 'unknown-indicator' });
      element.indicator = 'nogeen';
      await element.updateComplete;
      expect(text(element, 'error')).to.contain('"nogeen"');
      element.indicator = 'uitval';
      await element.updateComplete;
      expect(part(element, 'error')).to.equal(null);
      expect(svgOf(element)).to.not.equal(null);
    });

    it('names an unknown area and a bad period range', async () => {
      const area = await mount({ data: threeAreasDocument(), attributes: { areas: 'GM0344 GM9999' } });
      expect(text(area.element, 'error')).to.contain('onbekend gebied: GM9999');
      const periods = await mount({ data: threeAreasDocument(), attributes: { periods: '2019-2024' } });
      expect(text(periods.element, 'error')).to.contain('"2019-2024" is geen periodebereik');
    });

    it('says so visibly when the selection has no figures, and fires stroomop-error', async () => {
      const { element, events } = await mount({ data: threeAreasDocument(), attributes: { periods: '2030..' } });
      expect(text(element, 'heading')).to.equal('Uitval uit jeugdhulp');
      expect(text(element, 'status')).to.equal('Er zijn (nog) geen cijfers van Uitval uit jeugdhulp voor deze selectie.');
      const errors = events.filter((event) => event.type === 'stroomop-error');
      expect(errors.map((event) => event.detail.issues![0]!.code)).to.deep.equal(['no-observations']);
    });

    it('shows the empty state when no source is given', async () => {
      const { element } = await mount();
      expect(text(element, 'status')).to.equal('Er zijn (nog) geen gegevens om te tonen.');
    });
  });

  describe('keyboard', () => {
    it('is one tab stop', async () => {
      const { element } = await mount({ data: threeAreasDocument() });
      const plot = part(element, 'plot')!;
      expect(plot.tabIndex).to.equal(0);
      expect(plot.querySelectorAll('[tabindex], a, button')).to.have.length(0);
      expect(svgOf(element)!.getAttribute('focusable')).to.equal('false');
    });

    it('reads the values with the arrow keys, Home and End, and shows a focus marker', async () => {
      const { element } = await mount({ data: threeAreasDocument() });
      const plot = part(element, 'plot')!;
      plot.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Utrecht, 2024: 11,5%, n = 400');
      expect(part(element, 'readout')!.getAttribute('aria-live')).to.equal('polite');
      const marker = () => svgOf(element)!.querySelector('g.focus-marker circle');
      const firstX = Number(marker()!.getAttribute('cx'));
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Utrecht, 2023: 12,0%, n = 400');
      expect(Number(marker()!.getAttribute('cx'))).to.be.below(firstX);
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Jeugdregio Utrecht Stad, 2023: 11,7%, n = 1.500');
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Jeugdregio Utrecht Stad, 2019: 12,5%, n = 1.500');
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Jeugdregio Utrecht Stad, 2024: 11,5%, n = 1.500');
      plot.blur();
      expect(marker()).to.equal(null);
    });

    it('reads the value nearest to a click', async () => {
      const { element } = await mount({ data: threeAreasDocument() });
      const svg = svgOf(element)!;
      // Series s1's markers are squares in one path: each subpath starts at a square's top left corner.
      const corners = [...svg.querySelector('path.dot.s1')!.getAttribute('d')!.matchAll(/M([\d.]+),([\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
      const half = Math.sqrt(16 * Math.PI) / 2;
      const box = svg.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + corners[2]![0]! + half), Math.round(box.y + corners[2]![1]! + half)] });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Jeugdregio Utrecht Stad, 2021: 12,1%, n = 1.500');
      expect(svgOf(element)!.querySelector('g.focus-marker')).to.not.equal(null);
      await resetMouse();
    });

    it('reads a gap with its reason', async () => {
      const { element } = await mount({ data: suppressedDocument() });
      part(element, 'plot')!.focus();
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) await sendKeys({ press: key });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Utrecht, 2021: geen waarde (onderdrukt: minder dan 10 jongeren)');
      expect(svgOf(element)!.querySelector('g.focus-marker line.focus-ring')).to.not.equal(null);
    });

    it('reads panel answers per group', async () => {
      const { element } = await mount({ data: statementDocument(), attributes: { indicator: 'tevredenheid' } });
      part(element, 'plot')!.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.equal('Ouders (n = 90, respons 31%), "Ik voel me gehoord door mijn hulpverlener": 6% helemaal oneens (5 van 90)');
      expect(svgOf(element)!.querySelector('g.focus-marker rect.focus-ring')).to.not.equal(null);
    });
  });

  describe('table and downloads', () => {
    it('opens and closes the table with every value and its status', async () => {
      const { element } = await mount({ data: suppressedDocument() });
      const toggle = part(element, 'toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('table');
      expect(part(element, 'table')!.hidden).to.equal(true);
      toggle.click();
      await waitUntil(() => shadow(element).querySelector('table'), 'the table opens');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent.trim()).to.equal('Verberg tabel');
      const rows = [...shadow(element).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim()));
      expect(rows).to.have.length(6);
      expect(rows[2]).to.deep.equal(['Utrecht', '2021', '—', '', '', 'onderdrukt', 'minder dan 10 jongeren']);
      expect(shadow(element).querySelector('thead')!.textContent).to.contain('Status');
      toggle.click();
      await element.updateComplete;
      expect(part(element, 'table')!.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows long tables in pages, every row reachable', async () => {
      const document = baseDocument({
        observations: Array.from({ length: 1200 }, (_, index) => observationOf({ period: new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10), value: index % 50 })),
      });
      const { element } = await mount({ data: document });
      part(element, 'toggle')!.click();
      await waitUntil(() => shadow(element).querySelector('table'), 'the table opens');
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(500);
      shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
      await element.updateComplete;
      shadow(element).querySelector<HTMLButtonElement>('.more')!.click();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(1200);
      expect(shadow(element).querySelector('.more')).to.equal(null);
    });

    it('downloads the shown data as Dutch CSV from the button', async () => {
      const capture = captureDownloads();
      try {
        const { element } = await mount({ data: onePeriodDocument() });
        shadow(element).querySelector<HTMLButtonElement>('[part="downloads"] button')!.click();
        await waitUntil(() => capture.names.length > 0, 'the CSV is offered');
        expect(capture.names).to.deep.equal(['uitval-GM0344-JR-UTR-NL01.csv']);
        const csv = await capture.blobs[0]!.text();
        const bytes = new Uint8Array(await capture.blobs[0]!.arrayBuffer());
        expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        expect(capture.blobs[0]!.type).to.equal('text/csv;charset=utf-8');
        const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).to.contain('periode;waarde;').and.contain(';status;');
        expect(lines[1]).to.equal('uitval;GM0344;Utrecht;;2024-H1;12,3;10,1;14,6;0,95;240;provisional;voorlopig;');
      } finally {
        capture.restore();
      }
    });

    it('downloads English CSV with commas and decimal points', async () => {
      const capture = captureDownloads();
      try {
        const { element } = await mount({ data: onePeriodDocument(), attributes: { lang: 'en' } });
        await element.download('csv');
        const lines = (await capture.blobs[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[1]).to.equal('uitval,GM0344,Utrecht,,2024-H1,12.3,10.1,14.6,0.95,240,provisional,provisional,');
      } finally {
        capture.restore();
      }
    });

    it('downloads a self-contained SVG with resolved colours, and a PNG', async () => {
      const capture = captureDownloads();
      try {
        const { element } = await mount({ data: threeAreasDocument() });
        await element.download('svg');
        const svgText = await capture.blobs[0]!.text();
        expect(capture.names[0]).to.equal('uitval-GM0344-JR-UTR-NL01.svg');
        expect(svgText).to.contain('<title>Uitval uit jeugdhulp').and.contain('<desc>Uitval uit jeugdhulp in Utrecht was 11,5%');
        expect(svgText).to.contain('rgb(0, 86, 125)').and.not.contain('class=').and.not.contain('aria-hidden').and.not.contain('currentColor');
        const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        expect(parsed.querySelector('parsererror')).to.equal(null);
        await element.download('png');
        const png = capture.blobs.find((blob) => blob.type === 'image/png');
        expect(png).to.not.equal(undefined);
        expect(png!.size).to.be.greaterThan(1000);
        expect(capture.names.at(-1)).to.equal('uitval-GM0344-JR-UTR-NL01.png');
      } finally {
        capture.restore();
      }
    });
  });

  describe('many points', () => {
    it('draws 3 × 10,000 values simplified, keeping the extremes, and says so', async () => {
      const { element } = await mount({ data: longSeriesDocument(10_000), width: 800 });
      const svg = svgOf(element)!;
      const vertices = [...svg.querySelectorAll('path.line')].reduce((sum, path) => sum + (path.getAttribute('d')!.match(/[ML]/g) ?? []).length, 0);
      expect(vertices).to.be.greaterThan(300).and.below(3 * 2 * 800);
      expect(text(element, 'notes')).to.contain('De lijn is vereenvoudigd getekend').and.contain('van 30.000 punten');
      // The value axis maps values to pixels: read it off its first and last tick.
      const ticks = [...svg.querySelectorAll('g[text-anchor="end"] > text.tick')].map((tick) => ({ value: Number(tick.textContent.replace(/[^\d,-]/g, '').replace(',', '.')), pixel: Number(tick.getAttribute('y')) }));
      const [low, high] = [ticks[0]!, ticks[ticks.length - 1]!];
      const y = { apply: (value: number) => low.pixel + ((value - low.value) / (high.value - low.value)) * (high.pixel - low.pixel) };
      const ys = [...svg.querySelectorAll('path.line')].flatMap((path) => [...path.getAttribute('d')!.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((match) => Number(match[1])));
      expect(Math.min(...ys)).to.be.closeTo(y.apply(60), 1);
      expect(Math.max(...ys)).to.be.closeTo(y.apply(2), 1);
      part(element, 'plot')!.focus();
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text(element, 'readout')).to.match(/^Utrecht, 18 mei 2027: /);
    });
  });

  describe('suppressed values', () => {
    it('are never drawn: no marker and no line through them, and they are listed under the chart', async () => {
      const { element } = await mount({ data: suppressedDocument() });
      const svg = svgOf(element)!;
      // 2019, 2020, 2023, 2024 have values; 2021 is suppressed, 2022 missing.
      const markers = [...svg.querySelectorAll('path.dot')].reduce((sum, path) => sum + (path.getAttribute('d')!.match(/M/g) ?? []).length, 0);
      expect(markers).to.equal(4);
      expect(svg.querySelectorAll('path.line')).to.have.length(2);
      expect(text(element, 'notes')).to.contain('Utrecht, 2021: onderdrukt (minder dan 10 jongeren)').and.contain('Utrecht, 2022: ontbreekt (niet aangeleverd)');
    });
  });
});
