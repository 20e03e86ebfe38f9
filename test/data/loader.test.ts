import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/probe-element.js';
import type { StroomopProbe } from '../helpers/probe-element.js';
import { axeViolations } from '../helpers/axe.js';
import { minimalDocument, observation } from '../helpers/fixtures.js';
import type { StroomopErrorEvent, StroomopLoadEvent } from '../../src/base/events.js';

/** Serves documents from blob: URLs and counts the requests made for them. */
const requests = new Map<string, number>();
const realFetch = window.fetch.bind(window);
const served = new Map<string, { status: number; body: string }>();
let counter = 0;

function serve(body: unknown, status = 200): string {
  counter += 1;
  const url = `${location.origin}/__test__/document-${counter}.json`;
  served.set(url, { status, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return url;
}

before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = served.get(url);
    if (!answer) return realFetch(input, init);
    requests.set(url, (requests.get(url) ?? 0) + 1);
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => {
        resolve(new Response(answer.body, { status: answer.status, headers: { 'Content-Type': 'application/json' } }));
      }, 10);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  };
});
after(() => {
  window.fetch = realFetch;
});

const errorText = (element: StroomopProbe) => element.shadowRoot!.querySelector('[part="error"]')?.textContent.replace(/\s+/g, ' ') ?? '';

describe('loading layer', () => {
  describe('properties and attributes', () => {
    it('reads a document from src and fires stroomop-load', async () => {
      const url = serve(minimalDocument({ observations: [observation({ period: '2024' })] }));
      const element = await fixture<StroomopProbe>(html`<stroomop-probe></stroomop-probe>`);
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      element.src = url;
      const event = await loaded;
      expect(event.detail.dataset.observations).to.have.length(1);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('1 indicators, 1 observations');
    });

    it('reads documents from the data property and combines several', async () => {
      const organisation = minimalDocument({
        meta: { ...minimalDocument().meta, area: 'ORG1' },
        topics: [],
        indicators: [],
        areas: [{ code: 'ORG1', name: 'Organisatie', level: 'organisation', parent: 'JR-UTR' }],
        observations: [observation({ period: '2024', area: 'ORG1' })],
      });
      const element = await fixture<StroomopProbe>(html`<stroomop-probe .data=${[minimalDocument(), organisation]}></stroomop-probe>`);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('1 indicators, 1 observations');
    });

    it('fetches each URL once however many elements read it', async () => {
      const url = serve(minimalDocument());
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const loads: Promise<unknown>[] = [];
      for (let index = 0; index < 30; index += 1) {
        const element = document.createElement('stroomop-probe');
        loads.push(oneEvent<StroomopLoadEvent>(element, 'stroomop-load'));
        element.src = url;
        container.append(element);
      }
      await Promise.all(loads);
      expect(requests.get(url)).to.equal(1);
    });

    it('aborts the request when src changes before the answer', async () => {
      const first = serve(minimalDocument({ observations: [observation({ period: '2023' })] }));
      const second = serve(minimalDocument({ observations: [observation({ period: '2023' }), observation({ period: '2024' })] }));
      const element = await fixture<StroomopProbe>(html`<stroomop-probe src=${first}></stroomop-probe>`);
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      element.src = second;
      const event = await loaded;
      expect(event.detail.dataset.observations).to.have.length(2);
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('2 observations');
    });

    it('follows the nearest ancestor lang, and its own lang first', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><stroomop-probe></stroomop-probe><stroomop-probe lang="nl"></stroomop-probe></div>`);
      const [inherited, own] = [...wrapper.querySelectorAll('stroomop-probe')];
      expect(inherited!.effectiveLang).to.equal('en');
      expect(own!.effectiveLang).to.equal('nl');
    });
  });

  describe('bad input', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a 404', () => serve('not here', 404), /HTTP 404/],
      ['malformed JSON', () => serve('{"formatVersion": "1.0", "meta": {,}'), /geen geldige JSON/],
      ['an unknown major version', () => serve({ ...minimalDocument(), formatVersion: '2.0' }), /formaatversie 2\.0 wordt niet ondersteund/],
      [
        'a wrong type',
        () => {
          const document = minimalDocument({ observations: [observation({ period: '2024' })] });
          (document.observations![0] as unknown as { value: string }).value = '12,5';
          return serve(document);
        },
        /observations\[0\]\.value: verwacht een getal of null, maar kreeg "12,5"/,
      ],
      ['an unknown reference', () => serve(minimalDocument({ observations: [observation({ period: '2024', indicator: 'onbekend' })] })), /observations\[0\]\.indicator: onbekend indicator "onbekend"/],
    ];
    for (const [name, make, expected] of cases) {
      it(`shows ${name} in the element and sends it as stroomop-error`, async () => {
        const element = await fixture<StroomopProbe>(html`<stroomop-probe></stroomop-probe>`);
        const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
        element.src = make();
        const event = await failed;
        expect(event.detail.issues.length).to.be.greaterThan(0);
        expect(event.detail.message).to.be.a('string').and.not.equal('');
        await element.updateComplete;
        const error = element.shadowRoot!.querySelector('[part="error"]');
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(errorText(element)).to.match(expected);
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }

    it('reports errors in English with lang="en"', async () => {
      const element = await fixture<StroomopProbe>(html`<stroomop-probe lang="en"></stroomop-probe>`);
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.data = { ...minimalDocument(), formatVersion: '9.1' };
      await failed;
      await element.updateComplete;
      expect(errorText(element)).to.contain('format version 9.1 is not supported');
    });

    it('recovers when the bad data is replaced by good data', async () => {
      const element = await fixture<StroomopProbe>(html`<stroomop-probe .data=${{ nonsense: true }}></stroomop-probe>`);
      await element.updateComplete;
      expect(errorText(element)).to.contain('formatVersion');
      element.data = minimalDocument();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(element.shadowRoot!.textContent).to.contain('1 indicators');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations while loading and when loaded', async () => {
      const url = serve(minimalDocument());
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement('stroomop-probe');
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      element.src = url;
      container.append(element);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="status"]')?.getAttribute('role')).to.equal('status');
      expect(await axeViolations(element)).to.deep.equal([]);
      await loaded;
      await element.updateComplete;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  });
});
