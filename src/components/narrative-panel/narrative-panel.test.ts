import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './narrative-panel.js';
import type { StroomopNarrativePanel } from './narrative-panel.js';
import type { StroomopConsentEvent } from './narrative-panel.component.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import { minimalDocument } from '../../../test/helpers/fixtures.js';
import type { MonitorDocument, Narrative } from '../../format/types.generated.js';
import type { StroomopErrorEvent, StroomopLoadEvent, StroomopWarningEvent } from '../../base/events.js';
import { captionTracks, embedUrl, formatDuration, imageUrl, selectNarratives } from './narrative-view.js';

const HERE = '/src/components/narrative-panel';
const POSTER = `${HERE}/test-poster.svg`;
/** A URL as the gate hands it to the DOM: resolved against the page. */
const resolved = (url: string) => new URL(url, document.baseURI).href;

const FILE: Narrative = {
  id: 'wachten',
  title: { nl: 'Wachten op de juiste plek', en: 'Waiting for the right place' },
  role: 'youth',
  topic: 'matching',
  indicators: ['uitval'],
  video: { kind: 'file', src: `${HERE}/does-not-exist.mp4`, type: 'video/mp4', captions: [{ src: `${HERE}/test-captions.vtt`, lang: 'nl', label: 'Nederlands' }] },
  poster: POSTER,
  posterAlt: 'Een getekend landschap',
  duration: 'PT3M20S',
  transcript: { nl: ['Ik wil vertellen hoe het was om te wachten.', 'Het duurde acht maanden.'], en: ['I want to tell you what waiting was like.', 'It took eight months.'] },
  date: '2025-04-02',
};
const YOUTUBE: Narrative = {
  id: 'ouder',
  title: 'Een ouder over de eerste afspraak',
  role: 'parent',
  video: { kind: 'youtube', id: 'dQw4w9WgXcQ' },
  poster: POSTER,
  posterAlt: 'Een getekend landschap',
  duration: 'PT5M',
  transcript: ['We kregen eindelijk een afspraak.'],
  date: '2025-05-10',
};
const VIMEO: Narrative = {
  id: 'professional',
  title: 'Een jeugdhulpverlener over tijd',
  role: 'professional',
  topic: 'matching',
  video: { kind: 'vimeo', id: '76979871' },
  poster: POSTER,
  transcript: ['Tijd is wat we het meest tekortkomen.'],
};

const documentWith = (narratives: Narrative[] = [FILE, YOUTUBE, VIMEO], overrides: Partial<MonitorDocument> = {}): MonitorDocument => minimalDocument({ narratives, ...overrides });

const root = (element: StroomopNarrativePanel) => element.shadowRoot!;
const byPart = <T extends HTMLElement = HTMLElement>(element: StroomopNarrativePanel, name: string) => root(element).querySelector<T>(`[part~="${name}"]`);
const allByPart = (element: StroomopNarrativePanel, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

async function panel(template: ReturnType<typeof html>, data: MonitorDocument | null = documentWith()): Promise<StroomopNarrativePanel> {
  const element = await fixture<StroomopNarrativePanel>(template);
  if (data) element.data = data;
  await element.updateComplete;
  return element;
}

/** Every URL the element's shadow DOM points at, in any attribute. */
function urlsIn(element: StroomopNarrativePanel): string[] {
  return [...root(element).querySelectorAll('*')].flatMap((node) =>
    ['src', 'href', 'poster', 'srcset', 'data'].flatMap((name) => {
      const value = node.getAttribute(name);
      return value === null ? [] : [value];
    }),
  );
}

/** Waits until every image in the element has loaded or failed, so its request is in the resource timings. */
async function imagesSettled(element: StroomopNarrativePanel): Promise<void> {
  await Promise.all([...root(element).querySelectorAll('img')].map((image) => (image.complete ? Promise.resolve() : new Promise((resolve) => { image.addEventListener('load', resolve); image.addEventListener('error', resolve); }))));
}

const foreignRequests = (entries: PerformanceEntry[]) => entries.map(({ name }) => new URL(name)).filter((url) => url.host !== location.host).map((url) => url.href);

describe('stroomop-narrative-panel', () => {
  describe('accessibility', () => {
    it('has no axe violations with one self-hosted story', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="wachten"></stroomop-narrative-panel>`);
      expect(byPart(element, 'video')).to.not.equal(null);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations with a list of stories and the transcript open', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      expect(allByPart(element, 'choice')).to.have.length(3);
      byPart<HTMLDetailsElement>(element, 'transcript')!.open = true;
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations when empty', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([]));
      expect(byPart(element, 'empty')?.textContent).to.contain('geen verhalen');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations in the error state', async () => {
      const element = await fixture<StroomopNarrativePanel>(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      const failed = oneEvent(element, 'stroomop-error');
      element.data = { ...documentWith(), formatVersion: '2.0' };
      await failed;
      await element.updateComplete;
      expect(byPart(element, 'error')?.getAttribute('role')).to.equal('alert');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations with long words, wrapped inside 320 px', async () => {
      const long = 'Jeugdbeschermingsketensamenwerkingsovereenkomst'.repeat(5);
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([{ ...FILE, title: long, transcript: [long] }, YOUTUBE]));
      element.style.width = '320px';
      byPart<HTMLDetailsElement>(element, 'transcript')!.open = true;
      await element.updateComplete;
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
      expect(byPart(element, 'player')!.scrollWidth).to.be.at.most(320);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations in English', async () => {
      const element = await panel(html`<stroomop-narrative-panel lang="en"></stroomop-narrative-panel>`);
      expect(byPart(element, 'title')?.textContent.trim()).to.equal('Waiting for the right place');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations before and after consent', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="ouder"></stroomop-narrative-panel>`);
      expect(await axeViolations(element)).to.deep.equal([]);
      byPart(element, 'consent-button')!.click();
      await element.updateComplete;
      expect(byPart(element, 'embed')?.getAttribute('title')).to.equal('Een ouder over de eerste afspraak (video op YouTube)');
      // The player itself is not checked: the network is closed and it is another site.
      expect((await axeViolations(byPart(element, 'player')!)).filter((line) => !line.startsWith('frame-tested'))).to.deep.equal([]);
    });
  });

  describe('click-to-load', () => {
    it('requests nothing from another host and makes no iframe before the click', async () => {
      const seen: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => { seen.push(...list.getEntries()); });
      observer.observe({ type: 'resource', buffered: false });
      performance.clearResourceTimings();
      // A poster URL not in the cache yet, so its request shows in the timings: proof that the timings see this element's requests.
      const poster = `${POSTER}?request=${String(Date.now())}`;
      const element = await panel(html`<stroomop-narrative-panel narrative="ouder"></stroomop-narrative-panel>`, documentWith([{ ...YOUTUBE, poster }]));
      await imagesSettled(element);
      await new Promise((resolve) => { requestAnimationFrame(resolve); });
      const entries = [...performance.getEntriesByType('resource'), ...seen, ...observer.takeRecords()];
      observer.disconnect();
      expect(entries.some(({ name }) => name.endsWith(poster))).to.equal(true);
      expect(foreignRequests(entries)).to.deep.equal([]);
      expect(root(element).querySelector('iframe')).to.equal(null);
      expect(urlsIn(element).filter((url) => new URL(url, location.href).host !== location.host)).to.deep.equal([]);
      expect(byPart(element, 'consent-text')?.textContent).to.equal(
        'Deze video staat op YouTube. Als je hem afspeelt, laadt YouTube de video en kan YouTube gegevens over je verzamelen.',
      );
      expect(byPart(element, 'consent-button')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('Video laden en afspelen: Een ouder over de eerste afspraak');
    });

    it('never shows a poster from the platform itself', async () => {
      performance.clearResourceTimings();
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([{ ...YOUTUBE, poster: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg' }, FILE]));
      await imagesSettled(element);
      expect(urlsIn(element).filter((url) => url.includes('ytimg'))).to.deep.equal([]);
      expect(foreignRequests(performance.getEntriesByType('resource'))).to.deep.equal([]);
    });

    it('loads youtube-nocookie.com after the click, fires stroomop-consent and moves focus to the player', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="ouder"></stroomop-narrative-panel>`);
      const consent = oneEvent<StroomopConsentEvent>(element, 'stroomop-consent');
      byPart(element, 'consent-button')!.click();
      expect((await consent).detail).to.deep.equal({ provider: 'youtube', narrative: 'ouder' });
      await element.updateComplete;
      const frame = root(element).querySelector('iframe')!;
      expect(frame.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
      expect(frame.getAttribute('allow')).to.equal('autoplay; fullscreen; picture-in-picture');
      expect(root(element).activeElement).to.equal(frame);
      expect(byPart(element, 'consent')).to.equal(null);
    });

    it('loads Vimeo with dnt=1 after the click', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="professional"></stroomop-narrative-panel>`);
      expect(root(element).querySelector('iframe')).to.equal(null);
      expect(byPart(element, 'consent-text')?.textContent).to.contain('staat op Vimeo');
      byPart(element, 'consent-button')!.click();
      await element.updateComplete;
      expect(root(element).querySelector('iframe')?.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    });

    it('asks again for another story, and keeps the transcript available before the click', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      allByPart(element, 'choice')[1]!.click();
      await element.updateComplete;
      expect(byPart(element, 'transcript-text')?.textContent).to.contain('We kregen eindelijk een afspraak.');
      byPart(element, 'consent-button')!.click();
      await element.updateComplete;
      allByPart(element, 'choice')[2]!.click();
      await element.updateComplete;
      expect(root(element).querySelector('iframe')).to.equal(null);
      expect(byPart(element, 'consent-button')).to.not.equal(null);
    });
  });

  describe('properties and attributes', () => {
    it('plays a self-hosted video with captions, poster and no preloading', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="wachten"></stroomop-narrative-panel>`);
      const video = root(element).querySelector('video')!;
      expect(video.hasAttribute('controls')).to.equal(true);
      expect(video.getAttribute('preload')).to.equal('none');
      expect(video.getAttribute('poster')).to.equal(resolved(POSTER));
      expect(video.querySelector('source')?.getAttribute('src')).to.equal(resolved(`${HERE}/does-not-exist.mp4`));
      const track = video.querySelector('track')!;
      expect([track.kind, track.srclang, track.label, track.default]).to.deep.equal(['captions', 'nl', 'Nederlands', true]);
      expect(allByPart(element, 'choice')).to.have.length(0);
    });

    it('shows title, role, date and duration, the transcript and links to the figures', async () => {
      const element = await panel(html`<stroomop-narrative-panel narrative="wachten" heading-level="2"></stroomop-narrative-panel>`);
      expect(root(element).querySelector('h2')?.textContent.trim()).to.equal('Wachten op de juiste plek');
      expect(byPart(element, 'meta')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('Jongere · 2 april 2025 · duur 3 min 20 s');
      const transcript = byPart<HTMLDetailsElement>(element, 'transcript')!;
      expect(transcript.tagName).to.equal('DETAILS');
      expect(byPart(element, 'transcript-summary')?.textContent).to.equal('Uitgeschreven tekst');
      expect([...transcript.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Ik wil vertellen hoe het was om te wachten.', 'Het duurde acht maanden.']);
      const link = byPart<HTMLAnchorElement>(element, 'indicator-link')!;
      expect(link.getAttribute('href')).to.equal('#stroomop-indicator-uitval');
      expect(link.textContent).to.equal('Uitval');
    });

    it('offers several stories as a list and shows the one chosen, moving focus to its title', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      const choices = allByPart(element, 'choice');
      expect(choices.map((choice) => choice.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
      expect(choices[1]!.textContent.replace(/\s+/g, ' ')).to.contain('Een ouder over de eerste afspraak').and.contain('Ouder · duur 5 min');
      choices[1]!.click();
      await element.updateComplete;
      expect(choices.map((choice) => choice.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
      expect(byPart(element, 'title')?.textContent.trim()).to.equal('Een ouder over de eerste afspraak');
      expect(root(element).activeElement).to.equal(byPart(element, 'title'));
      expect(root(element).querySelector('video')).to.equal(null);
    });

    it('gives a newly chosen story a player of its own, and keeps the player while the story stays', async () => {
      const second: Narrative = { ...FILE, id: 'tweede', title: 'Nog eens wachten' };
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([FILE, second]));
      const first = root(element).querySelector('video')!;
      element.data = documentWith([FILE, second]);
      await element.updateComplete;
      expect(root(element).querySelector('video'), 'same story, new data').to.equal(first);
      allByPart(element, 'choice')[1]!.click();
      await element.updateComplete;
      const next = root(element).querySelector('video')!;
      expect(next.isConnected && next !== first, 'another story').to.equal(true);
      allByPart(element, 'choice')[0]!.click();
      await element.updateComplete;
      const back = root(element).querySelector('video')!;
      expect([back === first, back === next], 'back to the first story').to.deep.equal([false, false]);
    });

    it('filters by topic and indicator', async () => {
      const element = await panel(html`<stroomop-narrative-panel topic="matching"></stroomop-narrative-panel>`);
      expect(allByPart(element, 'choice-title').map((title) => title.textContent)).to.deep.equal(['Wachten op de juiste plek', 'Een jeugdhulpverlener over tijd']);
      element.topic = '';
      element.indicator = 'uitval';
      await element.updateComplete;
      expect(allByPart(element, 'choice')).to.have.length(0);
      expect(byPart(element, 'title')?.textContent.trim()).to.equal('Wachten op de juiste plek');
    });

    it('speaks English with lang="en" and marks Dutch-only text as Dutch', async () => {
      const element = await panel(html`<stroomop-narrative-panel lang="en" narrative="ouder"></stroomop-narrative-panel>`);
      expect(byPart(element, 'consent-text')?.textContent).to.equal('This video is on YouTube. If you play it, YouTube loads the video and may collect data about you.');
      expect(byPart(element, 'meta')?.textContent.replace(/\s+/g, ' ').trim()).to.equal('Parent · 10 May 2025 · length 5 min');
      expect(byPart(element, 'title')?.querySelector('[lang="nl"]')?.textContent).to.equal('Een ouder over de eerste afspraak');
      expect(byPart(element, 'transcript-text')?.getAttribute('lang')).to.equal('nl');
    });
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      for (const name of ['base', 'player', 'title', 'meta', 'role', 'video', 'transcript', 'transcript-summary', 'transcript-text', 'indicators', 'indicator-link', 'list', 'list-label', 'choice', 'choice-poster', 'choice-title', 'choice-meta'])
        expect(byPart(element, name), name).to.not.equal(null);
      allByPart(element, 'choice')[1]!.click();
      await element.updateComplete;
      for (const name of ['consent', 'poster', 'consent-text', 'consent-button']) expect(byPart(element, name), name).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('fires stroomop-load with the dataset', async () => {
      const element = await fixture<StroomopNarrativePanel>(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      element.data = documentWith();
      expect((await loaded).detail.dataset.narratives).to.have.length(3);
    });

    it('fires stroomop-error for an unknown story and recovers when the attribute is fixed', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.narrative = 'bestaat-niet';
      expect((await failed).detail.issues[0]).to.include({ path: 'narrative', code: 'unknown-narrative' });
      await element.updateComplete;
      expect(byPart(element, 'error')?.textContent).to.contain('onbekend verhaal');
      element.narrative = 'wachten';
      await element.updateComplete;
      expect(byPart(element, 'error')).to.equal(null);
      expect(byPart(element, 'video')).to.not.equal(null);
    });

    it('fires stroomop-error for an unknown topic or indicator', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      let failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.topic = 'nergens';
      expect((await failed).detail.issues[0]?.code).to.equal('unknown-topic');
      failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.topic = '';
      element.indicator = 'nergens';
      expect((await failed).detail.issues[0]?.code).to.equal('unknown-indicator');
    });
  });

  describe('bad input', () => {
    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__hacked = true">';
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([{ ...FILE, title: hostile, transcript: [hostile], posterAlt: hostile }, { ...YOUTUBE, title: hostile }]));
      byPart<HTMLDetailsElement>(element, 'transcript')!.open = true;
      expect(byPart(element, 'title')?.textContent.trim()).to.equal(hostile);
      expect(byPart(element, 'transcript-text')?.textContent).to.contain(hostile);
      expect([...root(element).querySelectorAll('img')].every((image) => image.getAttribute('src') === resolved(POSTER))).to.equal(true);
      expect((window as unknown as { __hacked?: boolean }).__hacked).to.equal(undefined);
    });

    it('never turns a javascript: URL into a src, poster or href', async () => {
      const element = await fixture<StroomopNarrativePanel>(html`<stroomop-narrative-panel></stroomop-narrative-panel>`);
      const warned = oneEvent<StroomopWarningEvent>(element, 'stroomop-warning');
      element.data = documentWith([{ ...FILE, poster: 'javascript:alert(1)', video: { kind: 'file', src: 'javascript:alert(2)', captions: [{ src: 'javascript:alert(3)', lang: 'nl', label: 'NL' }] } }]);
      const { detail } = await warned;
      await element.updateComplete;
      expect(urlsIn(element).filter((url) => /^\s*javascript:/i.test(url))).to.deep.equal([]);
      // The story stays (title, transcript); only the video it cannot play is said to be unavailable.
      expect(root(element).querySelector('video')).to.equal(null);
      expect(byPart(element, 'unavailable')).to.not.equal(null);
      expect(byPart(element, 'transcript')).to.not.equal(null);
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['narratives[0].video.src', 'narratives[0].video.captions[0].src', 'narratives[0].poster']);
    });

    it('drops unsafe URLs in its view helpers, whatever the validator let through', () => {
      expect(imageUrl('javascript:alert(1)')).to.equal(undefined);
      expect(imageUrl('data:image/svg+xml,<svg/>')).to.equal(undefined);
      expect(imageUrl('https://i.ytimg.com/vi/x/0.jpg')).to.equal(undefined);
      expect(imageUrl('https://img.vimeocdn.com/x.jpg')).to.equal(undefined);
      expect(imageUrl('https://i.ytimg.com./vi/x/0.jpg')).to.equal(undefined);
      expect(imageUrl('https://I.YTIMG.COM../vi/x/0.jpg')).to.equal(undefined);
      expect(imageUrl('//i.vimeocdn.com./x.jpg')).to.equal(undefined);
      expect(imageUrl('/posters/a.jpg')).to.equal(resolved('/posters/a.jpg'));
      expect(captionTracks([{ src: 'javascript:x', lang: 'nl', label: 'NL' }, { src: '/en.vtt', lang: 'en', label: 'EN' }], 'nl')).to.deep.equal([{ src: resolved('/en.vtt'), srclang: 'en', label: 'EN', isDefault: true }]);
      expect(embedUrl('youtube', 'x" onload="alert(1)')).to.equal(undefined);
      expect(embedUrl('vimeo', '123')).to.equal('https://player.vimeo.com/video/123?dnt=1&autoplay=1');
    });

    it('lets right-to-left text set its own direction', async () => {
      const element = await panel(html`<stroomop-narrative-panel></stroomop-narrative-panel>`, documentWith([{ ...FILE, transcript: ['كان الانتظار طويلاً جداً'] }]));
      const paragraph = byPart(element, 'transcript-text')!.querySelector('p')!;
      expect(paragraph.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(paragraph).direction).to.equal('rtl');
    });

    it('reads durations and ignores nonsense', () => {
      expect(formatDuration('PT1H5M', 'nl')).to.equal('1 u 5 min');
      expect(formatDuration('PT1H5M', 'en')).to.equal('1 h 5 min');
      expect(formatDuration('PT', 'nl')).to.equal(undefined);
      expect(formatDuration('5 minuten', 'nl')).to.equal(undefined);
      expect(selectNarratives([FILE, YOUTUBE, VIMEO], { indicator: 'uitval' }).map(({ id }) => id)).to.deep.equal(['wachten']);
    });
  });
});
