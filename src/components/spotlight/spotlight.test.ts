import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations } from '../../../test/helpers/axe.js';
import { minimalDocument, observation } from '../../../test/helpers/fixtures.js';
import type { MonitorDocument, Spotlight } from '../../format/types.generated.js';
import type { StroomopErrorEvent, StroomopWarningEvent } from '../../base/events.js';
import { combineDocuments } from '../../data/dataset.js';
import { formatDuration, monthOf, parseNow, selectSpotlight } from './select-spotlight.js';
import { figurePhrase, panelPhrase } from './related-figures.js';
import './spotlight.js';
import type { StroomopMonthChangeEvent, StroomopSpotlight } from './spotlight.js';

const NOW = new Date(2026, 10, 15, 12); // 15 November 2026, local time

function spotlight(overrides: Partial<Spotlight> & Pick<Spotlight, 'month'>): Spotlight {
  return {
    id: `thema-${overrides.month}`,
    topic: 'matching',
    title: { nl: `Thema ${overrides.month}`, en: `Theme ${overrides.month}` },
    summary: { nl: ['Samenvatting van het thema.'], en: ['Summary of the theme.'] },
    insights: [{ nl: 'Jongeren willen vaker meebeslissen.', en: 'Youths want more say.' }, 'Ouders missen informatie.'],
    indicators: ['uitval'],
    resources: [
      { kind: 'podcast', title: 'De StroomOP-podcast', url: 'https://example.org/podcast', duration: 'PT25M', publisher: 'StroomOP' },
      { kind: 'publication', title: 'Rapport matching', url: 'https://example.org/rapport.pdf' },
      { kind: 'event', title: 'Meedenksessie', url: 'https://example.org/sessie', date: '2026-11-20' },
      { kind: 'event', title: 'Terugkomdag', url: 'https://example.org/terug', date: '2026-11-02' },
      { kind: 'talk', title: 'Talk over leren', url: 'https://example.org/talk', duration: 'PT1H5M' },
      { kind: 'video', title: 'Video op deze site', url: '/examples/video.html' },
    ],
    ...overrides,
  };
}

function doc(spotlights: Spotlight[] = [spotlight({ month: '2026-09' }), spotlight({ month: '2026-11' })], overrides: Partial<MonitorDocument> = {}): MonitorDocument {
  return minimalDocument({
    observations: [observation({ period: '2023', value: 13.0, n: 200 }), observation({ period: '2024', value: 11.8, n: 200 })],
    spotlights,
    ...overrides,
  });
}

async function render(data: MonitorDocument, options: { month?: string; lang?: string; now?: Date; headingLevel?: number } = {}) {
  const element = await fixture<StroomopSpotlight>(html`<stroomop-spotlight
    month=${options.month ?? ''}
    lang=${options.lang ?? ''}
    heading-level=${options.headingLevel ?? 2}
    .now=${options.now ?? NOW}
    .data=${data}
  ></stroomop-spotlight>`);
  await element.updateComplete;
  return element;
}

const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: HTMLElement, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const text = (element: HTMLElement) => clean(element.shadowRoot!.textContent);

describe('<stroomop-spotlight>', () => {
  describe('accessibility', () => {
    it('has no axe violations in the normal state', async () => {
      const element = await render(doc());
      expect(part(element, 'spotlight')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations without any theme', async () => {
      const element = await render(doc([]));
      expect(part(element, 'empty')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations in the error state', async () => {
      const element = await render(doc(), { month: 'november' });
      expect(part(element, 'error')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations with long text', async () => {
      const long = 'Jeugdhulpverleningsorganisatieoverstijgendesamenwerkingsafspraken'.repeat(4);
      const element = await render(doc([spotlight({ month: '2026-11', title: long, summary: [long, long], insights: [long] })]));
      expect(text(element)).to.contain(long);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations in English', async () => {
      const element = await render(doc(), { lang: 'en' });
      expect(text(element)).to.contain('Theme of the month: November 2026');
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations for a month without theme', async () => {
      const element = await render(doc(), { month: '2026-10' });
      expect(part(element, 'missing')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('marks external links with a hidden text and a hidden icon, and never opens a new window', async () => {
      const element = await render(doc());
      const podcast = parts(element, 'resource-link').find((link) => link.textContent.includes('podcast'))!;
      expect(podcast.getAttribute('rel')).to.equal('noopener');
      expect(podcast.hasAttribute('target')).to.be.false;
      expect(podcast.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(clean(podcast.querySelector('.visually-hidden')!.textContent)).to.equal('(externe link)');
      const local = parts(element, 'resource-link').find((link) => link.textContent.includes('Video op deze site'))!;
      expect(local.querySelector('svg')).to.be.null;
      expect(local.textContent).not.to.contain('externe link');
    });
  });

  describe('properties and attributes', () => {
    it('shows the current month by default, with the month named', async () => {
      const element = await render(doc());
      expect(element.shownMonth).to.equal('2026-11');
      expect(clean(part(element, 'month')!.textContent)).to.equal('Thema van de maand: november 2026');
      expect(part(element, 'title')!.tagName).to.equal('H2');
      expect(clean(part(element, 'title')!.textContent)).to.contain('Thema 2026-11');
    });
    it('falls back to the latest earlier month when this month has no theme', async () => {
      const element = await render(doc([spotlight({ month: '2026-08' }), spotlight({ month: '2026-09' }), spotlight({ month: '2027-01' })]));
      expect(element.shownMonth).to.equal('2026-09');
      expect(clean(part(element, 'month')!.textContent)).to.equal('Thema van de maand: september 2026');
    });
    it('reads the now attribute', async () => {
      const element = await fixture<StroomopSpotlight>(html`<stroomop-spotlight now="2026-09-03" .data=${doc()}></stroomop-spotlight>`);
      expect(element.shownMonth).to.equal('2026-09');
    });
    it('shows the month asked for', async () => {
      const element = await render(doc(), { month: '2026-09' });
      expect(clean(part(element, 'month')!.textContent)).to.equal('Thema van de maand: september 2026');
    });
    it('says when a month has no theme and offers the nearest earlier one', async () => {
      const element = await render(doc(), { month: '2026-10' });
      expect(clean(part(element, 'missing')!.textContent)).to.equal('Er is geen thema van de maand voor oktober 2026.');
      expect(clean(part(element, 'offer')!.textContent)).to.equal('Bekijk het thema van september 2026');
      part(element, 'offer')!.click();
      await element.updateComplete;
      expect(element.month).to.equal('2026-09');
      expect(element.getAttribute('month')).to.equal('2026-09');
      expect(clean(part(element, 'month')!.textContent)).to.equal('Thema van de maand: september 2026');
    });
    it('follows heading-level: title, sections one below, resource kinds two below', async () => {
      const element = await render(doc(), { headingLevel: 3 });
      expect(part(element, 'title')!.tagName).to.equal('H3');
      expect(parts(element, 'section-heading').map((heading) => heading.tagName)).to.deep.equal(['H4', 'H4', 'H4']);
      expect(parts(element, 'resource-group-heading').map((heading) => heading.tagName)).to.deep.equal(['H5', 'H5', 'H5', 'H5', 'H5']);
    });
    it('shows summary, topic and panel insights', async () => {
      const element = await render(doc());
      expect(clean(part(element, 'topic')!.textContent)).to.equal('Speerpunt: Matching en plaatsing');
      expect(clean(part(element, 'summary')!.textContent)).to.equal('Samenvatting van het thema.');
      expect([...part(element, 'insights')!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
        'Jongeren willen vaker meebeslissen.',
        'Ouders missen informatie.',
      ]);
    });
    it('shows the related figures with latest value and trend in words, linking to the chart', async () => {
      const element = await render(doc());
      const figure = part(element, 'figure')!;
      expect(part(element, 'figure-link')!.getAttribute('href')).to.equal('#stroomop-indicator-uitval');
      expect(clean(part(element, 'figure-link')!.textContent)).to.equal('Uitval');
      expect(clean(figure.querySelector('.figure-phrase')!.textContent)).to.equal(
        'Utrecht, 2024: 11,8%. Dat is 1,2 procentpunt lager dan in 2023; dat verschil kan toeval zijn. Lager is gunstiger.',
      );
      // The phrases' code loads on demand; updateComplete waits for it, and then the list is no longer busy.
      expect(part(element, 'figures')!.getAttribute('aria-busy')).to.equal('false');
      expect(figure.querySelector('.figure-phrase.loading')).to.equal(null);
    });
    it('groups resources by kind in a fixed order, with durations and event dates in words', async () => {
      const element = await render(doc());
      expect(parts(element, 'resource-group-heading').map((heading) => clean(heading.textContent))).to.deep.equal([
        'Podcasts',
        'Lezingen en talks',
        'Publicaties',
        "Video's",
        'Bijeenkomsten',
      ]);
      const resources = parts(element, 'resource').map((resource) => clean(resource.textContent));
      expect(resources[0]).to.contain('Duur: 25 minuten');
      expect(resources[1]).to.contain('Duur: 1 uur en 5 minuten');
      expect(resources.find((resource) => resource.includes('Meedenksessie'))).to.contain('Op 20 november 2026');
      expect(resources.find((resource) => resource.includes('Terugkomdag'))).to.contain('Was op 2 november 2026');
    });
    it('speaks English with lang="en"', async () => {
      const element = await render(doc(), { lang: 'en', month: '2026-09' });
      expect(text(element)).to.contain('Theme 2026-09');
      expect(text(element)).to.contain('Length: 25 minutes');
      expect(text(element)).to.contain('(external link)');
      expect(clean(part(element, 'next')!.textContent)).to.equal('Later theme: November 2026 →');
    });
  });

  describe('parts', () => {
    it('exposes its documented parts', async () => {
      const element = await render(doc());
      for (const name of ['spotlight', 'title', 'month', 'topic', 'summary', 'section-heading', 'insights', 'figures', 'figure', 'figure-link', 'resources', 'resource-group', 'resource', 'resource-link', 'external-icon', 'navigation', 'previous', 'next']) {
        expect(part(element, name), name).to.exist;
      }
    });
    it('shows the empty part, not an error, without any theme', async () => {
      const element = await render(doc([]));
      expect(clean(part(element, 'empty')!.textContent)).to.equal('Er is nog geen thema van de maand.');
      expect(part(element, 'error')).to.be.null;
    });
  });

  describe('events and keyboard', () => {
    it('moves to the earlier month with the keyboard, fires stroomop-month-change and keeps focus', async () => {
      const element = await render(doc([spotlight({ month: '2026-07' }), spotlight({ month: '2026-09' }), spotlight({ month: '2026-11' })]));
      const previous = part(element, 'previous')!;
      expect(clean(previous.textContent)).to.equal('← Eerder thema: september 2026');
      previous.focus();
      const changed = oneEvent<StroomopMonthChangeEvent>(element, 'stroomop-month-change');
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.detail).to.deep.equal({ month: '2026-09', previous: '2026-11' });
      expect(event.bubbles && event.composed).to.be.true;
      await element.updateComplete;
      expect(element.month).to.equal('2026-09');
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'previous'));
      expect(clean(element.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Thema van september 2026 getoond.');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(element.month).to.equal('2026-07');
      expect(part(element, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
      expect(clean(part(element, 'previous')!.textContent)).to.equal('← Geen eerder thema');
      let fired = false;
      element.addEventListener('stroomop-month-change', () => (fired = true));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(fired).to.be.false;
      expect(element.month).to.equal('2026-07');
      part(element, 'next')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.month).to.equal('2026-09');
    });
    it('reaches the navigation with Tab', async () => {
      const element = await render(doc());
      part(element, 'resource-link')!.focus();
      const links = parts(element, 'resource-link').length + parts(element, 'figure-link').length;
      for (let index = 0; index < links; index += 1) {
        if (element.shadowRoot!.activeElement === part(element, 'previous')) break;
        await sendKeys({ press: 'Tab' });
      }
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'previous'));
    });
    it('moves focus to the heading when the offer button is gone', async () => {
      const element = await render(doc(), { month: '2026-10' });
      part(element, 'offer')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.month).to.equal('2026-09');
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'title'));
    });
    it('fires stroomop-error for a month that is not a month, and recovers', async () => {
      const element = document.createElement('stroomop-spotlight');
      element.month = '2026-13';
      element.now = NOW;
      element.data = doc();
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      document.body.append(element);
      const event = await failed;
      expect(event.detail.issues[0]!.path).to.equal('month');
      element.month = '2026-09';
      await element.updateComplete;
      expect(part(element, 'error')).to.be.null;
      expect(element.shownMonth).to.equal('2026-09');
      element.remove();
    });
    it('does not fire stroomop-month-change when the month is set from outside', async () => {
      const element = await render(doc());
      let fired = false;
      element.addEventListener('stroomop-month-change', () => (fired = true));
      element.month = '2026-09';
      await element.updateComplete;
      expect(element.shownMonth).to.equal('2026-09');
      expect(fired).to.be.false;
    });
  });

  describe('bad input', () => {
    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__hacked = 1">';
      const element = await render(
        doc([
          spotlight({
            month: '2026-11',
            title: hostile,
            summary: [hostile],
            insights: [hostile],
            resources: [{ kind: 'podcast', title: hostile, url: 'https://example.org', publisher: hostile, description: hostile }],
          }),
        ]),
      );
      expect(clean(part(element, 'title')!.textContent)).to.contain(hostile);
      expect(element.shadowRoot!.querySelector('img')).to.be.null;
      expect((window as unknown as { __hacked?: number }).__hacked).to.be.undefined;
    });
    for (const url of ['javascript:alert(1)', '  JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      it(`never makes ${JSON.stringify(url.trim().slice(0, 11))} into a link, keeps the title and warns`, async () => {
        const element = await fixture<StroomopSpotlight>(html`<stroomop-spotlight .now=${NOW}></stroomop-spotlight>`);
        const warned = oneEvent<StroomopWarningEvent>(element, 'stroomop-warning');
        element.data = doc([spotlight({ month: '2026-11', resources: [{ kind: 'podcast', title: 'Script', url }] })]);
        const { detail } = await warned;
        await element.updateComplete;
        // One bad link spoils only itself: the theme is shown, the title stays as text, no link carries the URL.
        const hrefs = [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href')!);
        expect(hrefs.filter((href) => !href.startsWith('#stroomop-indicator-'))).to.deep.equal([]);
        expect(part(element, 'error')).to.be.null;
        expect(clean(part(element, 'resource')!.textContent)).to.contain('Script');
        expect(detail.issues.map((issue) => `${issue.path} ${issue.code} ${issue.severity}`)).to.deep.equal(['spotlights[0].resources[0].url url warning']);
        expect(element.warnings.map((issue) => issue.path)).to.deep.equal(['spotlights[0].resources[0].url']);
      });
    }
    it('makes a mailto: address a link', async () => {
      const element = await render(doc([spotlight({ month: '2026-11', resources: [{ kind: 'event', title: 'Aanmelden', url: 'mailto:x@example.org' }] })]));
      expect(part(element, 'resource-link')!.getAttribute('href')).to.equal('mailto:x@example.org');
    });
    it('marks a path that leaves the site as external', async () => {
      const element = await render(doc([spotlight({ month: '2026-11', resources: [{ kind: 'podcast', title: 'Elders', url: '/\\elders.example/podcast' }] })]));
      const link = part(element, 'resource-link')!;
      expect(link.textContent).to.contain('(externe link)');
    });
    it('wraps very long words and lets right-to-left text set its own direction', async () => {
      const long = 'b'.repeat(400);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
        <stroomop-spotlight .now=${NOW} .data=${doc([spotlight({ month: '2026-11', title: long, summary: ['هذا نص عربي'] })])}></stroomop-spotlight>
      </div>`);
      const element = wrapper.querySelector('stroomop-spotlight')!;
      await element.updateComplete;
      const section = part(element, 'spotlight')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
      const arabic = part(element, 'summary')!.querySelector('p')!;
      expect(arabic.getAttribute('dir')).to.equal('auto');
      expect(arabic.matches(':dir(rtl)')).to.be.true;
    });
    it('leaves out related indicators the data does not have and durations it cannot read', async () => {
      const element = await render(doc([spotlight({ month: '2026-11', indicators: ['uitval'], resources: [{ kind: 'podcast', title: 'P', url: 'https://example.org', duration: 'PT' }] })]));
      expect(parts(element, 'figure')).to.have.length(1);
      expect(clean(part(element, 'resource')!.textContent)).not.to.contain('Duur');
    });
  });

  describe('selection (pure)', () => {
    const months = ['2026-07', '2026-09', '2026-11', '2027-02'].map((month) => spotlight({ month }));
    it('takes the current month by the clock', () => {
      expect(monthOf(new Date(2026, 0, 1, 0, 0))).to.equal('2026-01');
      expect(selectSpotlight(months, { now: NOW })).to.deep.include({ kind: 'found', month: '2026-11', fallback: false, previous: '2026-09', next: undefined });
    });
    it('falls back to the latest earlier month, never a later one', () => {
      expect(selectSpotlight(months, { now: new Date(2026, 9, 31) })).to.deep.include({ month: '2026-09', fallback: true, requested: '2026-10', next: undefined });
      expect(selectSpotlight(months, { now: new Date(2026, 5, 1) })).to.deep.equal({ kind: 'none' });
      expect(selectSpotlight([], { now: NOW })).to.deep.equal({ kind: 'none' });
    });
    it('shows an asked month and offers the nearest earlier one when it has none', () => {
      expect(selectSpotlight(months, { month: '2026-09', now: NOW })).to.deep.include({ month: '2026-09', previous: '2026-07', next: '2026-11' });
      expect(selectSpotlight(months, { month: '2026-10', now: NOW })).to.deep.equal({ kind: 'missing', month: '2026-10', offer: '2026-09' });
      expect(selectSpotlight(months, { month: '2026-01', now: NOW })).to.deep.equal({ kind: 'missing', month: '2026-01', offer: '2026-07' });
      // Themes after the current month are not shown yet, not even by name.
      expect(selectSpotlight(months, { month: '2027-02', now: NOW })).to.deep.equal({ kind: 'missing', month: '2027-02', offer: '2026-11' });
      expect(selectSpotlight(months, { month: '2027-02', now: new Date(2027, 1, 1) })).to.deep.include({ kind: 'found', month: '2027-02', previous: '2026-11' });
    });
    it('reads now attributes', () => {
      expect(monthOf(parseNow('2026-11-01')!)).to.equal('2026-11');
      expect(monthOf(parseNow('2026-03')!)).to.equal('2026-03');
      expect(parseNow('gisteren')).to.be.undefined;
      expect(parseNow('')).to.be.undefined;
    });
    it('says durations in words', () => {
      expect(formatDuration('PT25M', 'nl')).to.equal('25 minuten');
      expect(formatDuration('PT1M', 'nl')).to.equal('1 minuut');
      expect(formatDuration('PT2H', 'nl')).to.equal('2 uur');
      expect(formatDuration('PT1H30M', 'en')).to.equal('1 hour and 30 minutes');
      expect(formatDuration('P1D', 'nl')).to.be.undefined;
      expect(formatDuration(undefined, 'nl')).to.be.undefined;
    });
    it('phrases a figure without a value honestly', () => {
      const dataset = combineDocuments([{ document: doc([], { observations: [observation({ period: '2024', value: null, status: 'suppressed' })] }) }]);
      expect(figurePhrase(dataset, 'uitval', 'GM0344', 'nl')).to.equal('Er zijn nog geen cijfers.');
      const one = combineDocuments([{ document: doc([], { observations: [observation({ period: '2024', value: 11.8, status: 'provisional' })] }) }]);
      expect(figurePhrase(one, 'uitval', 'GM0344', 'en')).to.equal('Utrecht, 2024: 11.8% (provisional). Lower is better.');
    });
    it('phrases a panel indicator by its latest statement, leaving out roles below the privacy threshold', () => {
      const categories = ['oneens', 'neutraal', 'eens', 'helemaal-eens'].map((id) => ({ id, label: { nl: id === 'helemaal-eens' ? 'Helemaal eens' : id[0]!.toUpperCase() + id.slice(1), en: id } }));
      const statement = (period: string, text: string) => ({
        id: `s-${period}`,
        statement: text,
        topic: 'matching',
        period,
        indicator: 'uitval',
        categories,
        neutral: 'neutraal',
        responses: [
          { role: 'youth' as const, counts: { oneens: 10, neutraal: 10, eens: 15, 'helemaal-eens': 5 }, n: 40 },
          { role: 'parent' as const, counts: { eens: 5 }, n: 5 },
        ],
      });
      const dataset = combineDocuments([{ document: doc([], { observations: [], panelStatements: [statement('2026-Q2', 'Oud.'), statement('2026-Q3', 'De hulp past.')] }) }]);
      expect(panelPhrase(dataset, 'uitval', 'nl')).to.equal('Panel, 3e kwartaal 2026: “De hulp past.” Eens of helemaal eens: jongeren 50%.');
      expect(figurePhrase(dataset, 'uitval', 'GM0344', 'nl')).to.equal('Panel, 3e kwartaal 2026: “De hulp past.” Eens of helemaal eens: jongeren 50%.');
      expect(panelPhrase(dataset, 'anders', 'nl')).to.be.undefined;
    });
  });
});
