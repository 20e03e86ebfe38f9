/**
 * Every evasion of the corpus in every URL field of the format, through `data` and through `src`
 * (a served JSON file), and in the `interpretation-href` attribute as HTML writes it: no `href`,
 * `src` or `poster` in any shadow root ever has a scheme other than http, https or mailto; the
 * text the link was on stays visible; a refused URL fires a warning naming its path.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { minimalDocument, observation } from '../helpers/fixtures.js';
import type { MonitorDocument } from '../../src/format/types.generated.js';
import type { ValidationIssue } from '../../src/format/problems.js';
import type { MonitorElement } from '../../src/base/monitor-element.js';
import '../../src/components/indicator-chart/indicator-chart.js';
import '../../src/components/spotlight/spotlight.js';
import '../../src/components/narrative-panel/narrative-panel.js';
import { ATTRIBUTE_REFUSED, HARMLESS, REFUSED } from './url-corpus.js';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'srcset', 'action', 'formaction', 'data', 'xlink:href'];
const ALLOWED = /^(https?|mailto):$/;

/** Every URL attribute in the element's shadow root and in every shadow root below it. */
function urlsIn(root: ParentNode): string[] {
  const urls: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) urls.push(value);
    }
    if (element.shadowRoot) urls.push(...urlsIn(element.shadowRoot));
  }
  return urls;
}

const badUrls = (element: HTMLElement) =>
  urlsIn(element.shadowRoot!).filter((url) => {
    try {
      return !ALLOWED.test(new URL(url, document.baseURI).protocol);
    } catch {
      return true;
    }
  });

/** The same URL in every URL field of the format. */
function hostileDocument(url: string): MonitorDocument {
  const document = minimalDocument({
    observations: [observation({ period: '2023' }), observation({ period: '2024' })],
    spotlights: [{ id: 's', month: '2026-11', topic: 'matching', title: 'Thema', summary: ['Samenvatting'], resources: [{ kind: 'podcast', title: 'Podcast Zorg', url }] }],
    narratives: [
      { id: 'n1', title: 'Verhaal Een', role: 'youth', video: { kind: 'file', src: url, captions: [{ src: url, lang: 'nl', label: 'NL' }] }, poster: url, transcript: ['Tekst'] },
      { id: 'n2', title: 'Verhaal Twee', role: 'parent', video: { kind: 'youtube', id: 'abc' }, poster: url, transcript: ['Tekst'] },
    ],
  });
  document.meta.publisher.url = url;
  document.indicators![0]!.sources = [{ producer: 'provider', name: 'Bron Jeugdhulp', url }];
  return document;
}

const URL_PATHS = [
  'meta.publisher.url',
  'indicators[0].sources[0].url',
  'spotlights[0].resources[0].url',
  'narratives[0].video.src',
  'narratives[0].video.captions[0].src',
  'narratives[0].poster',
  'narratives[1].poster',
];

/** Serves documents from same-origin URLs, as a site would. */
const served = new Map<string, string>();
const realFetch = window.fetch.bind(window);
let counter = 0;
function serve(document: unknown): string {
  counter += 1;
  const url = `${location.origin}/__security__/document-${counter}.json`;
  served.set(url, JSON.stringify(document));
  return url;
}
before(() => {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = served.get(url);
    return body === undefined ? realFetch(input, init) : Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
  };
});
after(() => {
  window.fetch = realFetch;
});

const ELEMENTS = [
  { make: () => html`<stroomop-indicator-chart indicator="uitval"></stroomop-indicator-chart>`, part: 'source', text: 'Bron Jeugdhulp' },
  { make: () => html`<stroomop-spotlight .now=${new Date(2026, 10, 15)}></stroomop-spotlight>`, part: 'resource', text: 'Podcast Zorg' },
  { make: () => html`<stroomop-narrative-panel></stroomop-narrative-panel>`, part: 'title', text: 'Verhaal Een' },
];

/** Mounts the element, hands it the document by `data` or `src`, and gathers what it warned. */
async function mount(template: ReturnType<typeof html>, document: MonitorDocument, via: 'data' | 'src') {
  const element = await fixture<MonitorElement>(template);
  const warnings: ValidationIssue[] = [];
  let errors = 0;
  element.addEventListener('stroomop-warning', (event) => warnings.push(...event.detail.issues));
  element.addEventListener('stroomop-error', () => {
    errors += 1;
  });
  const loaded = oneEvent(element, 'stroomop-load');
  if (via === 'data') element.data = document;
  else element.src = serve(document);
  await loaded;
  await element.updateComplete;
  return { element, warnings, errors };
}

const shown = (element: HTMLElement, part: string) => [...element.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => node.textContent.replace(/\s+/g, ' ')).join(' ');

describe('URL evasion corpus', () => {
  for (const via of ['data', 'src'] as const) {
    describe(`refused, through ${via}`, () => {
      for (const { url, why } of REFUSED) {
        it(`${why}: ${JSON.stringify(url)}`, async () => {
          for (const { make, part, text } of ELEMENTS) {
            const { element, warnings, errors } = await mount(make(), hostileDocument(url), via);
            expect(badUrls(element), element.localName).to.deep.equal([]);
            expect(errors, `${element.localName}: the document must still be shown`).to.equal(0);
            expect(shown(element, part), element.localName).to.contain(text);
            expect(warnings.filter((issue) => issue.code === 'url').map((issue) => issue.path), element.localName).to.have.members(URL_PATHS);
            expect(element.warnings.length, element.localName).to.be.at.least(URL_PATHS.length);
          }
        });
      }
    });
    describe(`let through as what they are, through ${via}`, () => {
      for (const { url, why } of HARMLESS) {
        it(`${why}: ${JSON.stringify(url)}`, async () => {
          for (const { make, part, text } of ELEMENTS) {
            const { element, errors } = await mount(make(), hostileDocument(url), via);
            expect(badUrls(element), element.localName).to.deep.equal([]);
            expect(errors, element.localName).to.equal(0);
            expect(shown(element, part), element.localName).to.contain(text);
            // A poster on a video platform's host is never asked for before consent, trailing dot or not.
            const fetched = [...element.shadowRoot!.querySelectorAll('img, video')].map((node) => node.getAttribute('src') ?? node.getAttribute('poster') ?? '');
            expect(fetched.filter((found) => found.includes('ytimg')), element.localName).to.deep.equal([]);
          }
        });
      }
    });
  }

  describe('interpretation-href, as HTML writes it', () => {
    for (const written of ATTRIBUTE_REFUSED) {
      it(written, async () => {
        // The HTML parser decodes the entities (java&#9;script: arrives with a tab), as on a real page.
        const parsed = new DOMParser().parseFromString(`<stroomop-indicator-chart indicator="uitval" interpretation-href="${written}"></stroomop-indicator-chart>`, 'text/html');
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.append(document.adoptNode(parsed.body.firstElementChild!));
        const element = container.querySelector('stroomop-indicator-chart')!;
        const warnings: ValidationIssue[] = [];
        element.addEventListener('stroomop-warning', (event) => warnings.push(...event.detail.issues));
        element.data = hostileDocument('https://example.org/bron');
        await element.updateComplete;
        expect(badUrls(element)).to.deep.equal([]);
        const link = element.shadowRoot!.querySelector('[part~="interpretation-link"]')!;
        expect(link.getAttribute('href')).to.equal('#stroomop-duiding-uitval');
        expect(link.textContent).to.contain('Lees de duiding');
        expect(warnings.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['interpretation-href url']);
        expect(element.warnings.map((issue) => issue.path)).to.deep.equal(['interpretation-href']);
      });
    }
    it('keeps an allowed link as written, resolved against the page', async () => {
      const element = await fixture<MonitorElement>(html`<stroomop-indicator-chart indicator="uitval" interpretation-href="/duiding/uitval.html"></stroomop-indicator-chart>`);
      element.data = hostileDocument('https://example.org/bron');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="interpretation-link"]')!.getAttribute('href')).to.equal(new URL('/duiding/uitval.html', document.baseURI).href);
      expect(element.warnings).to.deep.equal([]);
    });
  });
});
