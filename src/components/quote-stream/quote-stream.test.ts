import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './quote-stream.js';
import type { StroomopQuoteStream } from './quote-stream.js';
import type { StroomopQuoteChangeEvent } from './quote-stream.component.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import { minimalDocument } from '../../../test/helpers/fixtures.js';
import type { MonitorDocument, Quote } from '../../format/types.generated.js';
import type { StroomopErrorEvent, StroomopLoadEvent } from '../../base/events.js';
import { formatDate, parseRoles, selectQuotes } from './select-quotes.js';

function quote(id: string, overrides: Partial<Quote> = {}): Quote {
  return { id, text: `Reactie ${id}`, role: 'youth', date: '2025-05-01', ...overrides };
}

const QUOTES: Quote[] = [
  quote('q1', { text: 'Ik werd eindelijk gehoord.', role: 'youth', date: '2025-03-03', topic: 'matching' }),
  quote('q2', { text: { nl: 'Het wachten duurde te lang.', en: 'The wait was too long.' }, role: 'parent', date: '2025-05-03' }),
  quote('q3', { text: 'We hebben meer tijd nodig voor elk gezin.', role: 'professional', date: '2025-04-10', topic: 'matching' }),
  quote('q4', { text: 'Mijn begeleider bleef hetzelfde, dat hielp.', role: 'youth', date: '2025-01-20' }),
];

const documentWith = (quotes: Quote[] = QUOTES, overrides: Partial<MonitorDocument> = {}): MonitorDocument => minimalDocument({ quotes, ...overrides });

const root = (element: StroomopQuoteStream) => element.shadowRoot!;
const byPart = (element: StroomopQuoteStream, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const allByPart = (element: StroomopQuoteStream, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const shownIds = (element: StroomopQuoteStream) => allByPart(element, 'item').map((item) => item.dataset.id);
const slideText = (element: StroomopQuoteStream) => byPart(element, 'slide')?.querySelector('blockquote')?.textContent.trim();

async function stream(template: ReturnType<typeof html>, data: MonitorDocument | null = documentWith()): Promise<StroomopQuoteStream> {
  const element = await fixture<StroomopQuoteStream>(template);
  if (data) element.data = data;
  await element.updateComplete;
  return element;
}

/** Serves documents from same-origin URLs that the tests can change, so `refresh` reads something new. */
const served = new Map<string, string>();
const realFetch = window.fetch.bind(window);
let counter = 0;
function serve(document: unknown): string {
  counter += 1;
  const url = `${location.origin}/__quote-stream__/document-${counter}.json`;
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

/** Media query changes are reported in the next rendering step. */
const mediaChange = () => new Promise<void>((resolve) => { requestAnimationFrame(() => { requestAnimationFrame(() => { resolve(); }); }); });

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('stroomop-quote-stream', () => {
  describe('accessibility', () => {
    it('has no axe violations as a list', async () => {
      const element = await stream(html`<stroomop-quote-stream heading="Wat het panel zegt"></stroomop-quote-stream>`);
      expect(shownIds(element)).to.have.length(4);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations when empty', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`, documentWith([]));
      expect(byPart(element, 'empty')?.textContent).to.contain('geen reacties');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations in the error state', async () => {
      const element = await fixture<StroomopQuoteStream>(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      const failed = oneEvent(element, 'stroomop-error');
      element.data = { ...documentWith(), formatVersion: '2.0' };
      await failed;
      await element.updateComplete;
      expect(byPart(element, 'error')?.getAttribute('role')).to.equal('alert');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations with long words and wraps them inside 320 px', async () => {
      const long = 'Jeugdhulpverleningsorganisatiesamenwerkingsverbanden'.repeat(6);
      const element = await stream(html`<stroomop-quote-stream class="narrow"></stroomop-quote-stream>`, documentWith([quote('long', { text: `${long} ${long}` }), ...QUOTES]));
      element.style.width = '320px';
      await element.updateComplete;
      const region = byPart(element, 'region')!;
      expect(region.scrollWidth).to.be.at.most(region.clientWidth + 1);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations in English', async () => {
      const element = await stream(html`<stroomop-quote-stream lang="en"></stroomop-quote-stream>`);
      expect(byPart(element, 'region')?.getAttribute('aria-label')).to.equal('Reactions from the panel');
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('has no axe violations in autoplay mode, playing, paused and with the full list open', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay heading="Reacties"></stroomop-quote-stream>`);
      expect(element.playing).to.equal(true);
      expect(await axeViolations(element)).to.deep.equal([]);
      byPart(element, 'toggle')!.click();
      await element.updateComplete;
      expect(await axeViolations(element)).to.deep.equal([]);
      byPart(element, 'show-all')!.click();
      await element.updateComplete;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('makes the scroll region focusable with a role and a name', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      const region = byPart(element, 'region')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-label')).to.equal('Reacties uit het panel');
      region.focus();
      expect(root(element).activeElement).to.equal(region);
    });

    it('puts the pause button first in the tab order', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>voor</button><stroomop-quote-stream autoplay heading="Reacties"></stroomop-quote-stream></div>`);
      const element = wrapper.querySelector('stroomop-quote-stream')!;
      element.data = documentWith();
      await element.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement?.getAttribute('part')).to.equal('toggle');
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement?.getAttribute('part')).to.equal('previous');
    });

    it('reaches every quote with the next button, newest first', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      const seen = [slideText(element)];
      byPart(element, 'next')!.focus();
      for (let step = 1; step < QUOTES.length; step += 1) {
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        seen.push(slideText(element));
      }
      expect(seen).to.deep.equal(['Het wachten duurde te lang.', 'We hebben meer tijd nodig voor elk gezin.', 'Ik werd eindelijk gehoord.', 'Mijn begeleider bleef hetzelfde, dat hielp.']);
      expect(byPart(element, 'position')?.textContent).to.equal('Reactie 4 van 4');
    });

    it('opens every quote as a list with the show-all button', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      const toggle = byPart(element, 'show-all')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shownIds(element)).to.deep.equal(['q2', 'q3', 'q1', 'q4']);
      expect(element.playing).to.equal(false);
    });
  });

  describe('autoplay', () => {
    it('rotates, silently: aria-live is off while playing', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay interval="0.05"></stroomop-quote-stream>`);
      expect(byPart(element, 'slide')?.getAttribute('aria-live')).to.equal('off');
      const event = await oneEvent<StroomopQuoteChangeEvent>(element, 'stroomop-quote-change');
      expect(event.detail).to.deep.equal({ id: 'q3', index: 1, reason: 'rotation' });
      await element.updateComplete;
      expect(slideText(element)).to.equal('We hebben meer tijd nodig voor elk gezin.');
      expect(byPart(element, 'slide')?.getAttribute('aria-live')).to.equal('off');
    });

    it('pauses while the pointer is over it', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      expect(element.playing).to.equal(true);
      const box = element.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      await element.updateComplete;
      expect(element.playing).to.equal(false);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom + 200)] });
      await element.updateComplete;
      expect(element.playing).to.equal(true);
    });

    it('pauses while focus is inside, and resumes when it leaves', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><stroomop-quote-stream autoplay></stroomop-quote-stream><button>na</button></div>`);
      const element = wrapper.querySelector('stroomop-quote-stream')!;
      element.data = documentWith();
      await element.updateComplete;
      byPart(element, 'next')!.focus();
      await element.updateComplete;
      expect(element.playing).to.equal(false);
      wrapper.querySelector('button')!.focus();
      await element.updateComplete;
      expect(element.playing).to.equal(true);
    });

    it('the pause button stops and restarts rotation, with a changing label', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      const toggle = byPart(element, 'toggle')!;
      expect(toggle.textContent).to.contain('Pauzeren');
      toggle.click();
      await element.updateComplete;
      expect(element.playing).to.equal(false);
      expect(toggle.textContent).to.contain('Afspelen');
      // Pressing play is explicit: rotation runs although focus is on the button.
      toggle.focus();
      toggle.click();
      await element.updateComplete;
      expect(toggle.textContent).to.contain('Pauzeren');
      expect(element.playing).to.equal(true);
    });

    it('stops when the viewer moves by hand and only then announces politely', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      setTimeout(() => { byPart(element, 'previous')!.click(); });
      const event = await oneEvent<StroomopQuoteChangeEvent>(element, 'stroomop-quote-change');
      expect(event.detail).to.deep.equal({ id: 'q4', index: 3, reason: 'user' });
      await element.updateComplete;
      expect(element.playing).to.equal(false);
      expect(byPart(element, 'slide')?.getAttribute('aria-live')).to.equal('polite');
    });

    it('never rotates when the viewer prefers reduced motion, and has no pause button then', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      expect(element.playing).to.equal(false);
      expect(byPart(element, 'toggle')).to.equal(null);
      expect(byPart(element, 'next')).to.not.equal(null);
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it('stops when reduced motion is switched on while it plays, and may play when it is off again', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      expect(element.playing).to.equal(true);
      await emulateMedia({ reducedMotion: 'reduce' });
      await mediaChange();
      await element.updateComplete;
      expect(element.playing).to.equal(false);
      await emulateMedia({ reducedMotion: 'no-preference' });
      await mediaChange();
      await element.updateComplete;
      expect(element.playing).to.equal(true);
    });

    it('shows a single quote as a still list', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`, documentWith([quote('only')]));
      expect(element.playing).to.equal(false);
      expect(byPart(element, 'toggle')).to.equal(null);
      expect(shownIds(element)).to.deep.equal(['only']);
    });
  });

  describe('refresh', () => {
    const many = Array.from({ length: 12 }, (_, index) => quote(`m${index}`, { text: `Reactie nummer ${index}, met wat meer woorden zodat het blok een paar regels hoog wordt.`, date: `2025-04-${String(12 - index).padStart(2, '0')}` }));

    async function refreshed(template: ReturnType<typeof html>) {
      const url = serve(documentWith(many));
      const element = await fixture<StroomopQuoteStream>(template);
      const loaded = oneEvent(element, 'stroomop-load');
      element.src = url;
      await loaded;
      await element.updateComplete;
      const update = (quotes: Quote[]) => served.set(url, JSON.stringify(documentWith(quotes)));
      return { element, update };
    }

    it('adds new quotes without moving the reader or their focus', async () => {
      const { element, update } = await refreshed(html`<stroomop-quote-stream style="--stroomop-quote-stream-max-height: 300px"></stroomop-quote-stream>`);
      const region = byPart(element, 'region')!;
      // Halfway down, whatever the fonts make the list's height.
      region.scrollTop = Math.round((region.scrollHeight - region.clientHeight) / 2);
      const scrolledTo = region.scrollTop;
      expect(scrolledTo).to.be.above(50);
      const anchor = allByPart(element, 'item').find((item) => item.offsetTop + item.offsetHeight > region.scrollTop)!;
      anchor.focus({ preventScroll: true });
      const anchorTop = anchor.getBoundingClientRect().top;
      update([quote('new1', { text: 'Nieuw: de wachttijd is korter.', date: '2025-06-01' }), quote('new2', { date: '2025-06-02' }), ...many]);
      const reloaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      await element.refreshNow();
      await reloaded;
      expect(shownIds(element).slice(0, 3)).to.deep.equal(['new2', 'new1', 'm0']);
      expect(root(element).activeElement).to.equal(anchor);
      expect(Math.abs(anchor.getBoundingClientRect().top - anchorTop)).to.be.below(1);
      expect(region.scrollTop).to.be.above(scrolledTo);
      const offer = byPart(element, 'new-button')!;
      expect(offer.textContent).to.contain('2 nieuwe reacties bekijken');
      offer.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(region.scrollTop).to.equal(0);
      expect((root(element).activeElement as HTMLElement | null)?.dataset.id).to.equal('new2');
      expect(byPart(element, 'new-button')).to.equal(null);
    });

    it('keeps the reaction shown and the focused button in autoplay mode', async () => {
      const { element, update } = await refreshed(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      const next = byPart(element, 'next')!;
      next.click();
      next.focus();
      await element.updateComplete;
      const before = slideText(element);
      update([quote('new1', { date: '2025-06-01' }), ...many]);
      await element.refreshNow();
      expect(slideText(element)).to.equal(before);
      expect(root(element).activeElement).to.equal(next);
      expect(byPart(element, 'position')?.textContent).to.equal('Reactie 3 van 13');
    });

    it('reads its sources again every `refresh` seconds', async () => {
      const { element, update } = await refreshed(html`<stroomop-quote-stream refresh="1"></stroomop-quote-stream>`);
      update([quote('later', { date: '2025-07-01' }), ...many]);
      await oneEvent(element, 'stroomop-load');
      await element.updateComplete;
      expect(shownIds(element)[0]).to.equal('later');
    });
  });

  describe('properties and attributes', () => {
    it('lists newest first with role and a long Dutch date', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      expect(shownIds(element)).to.deep.equal(['q2', 'q3', 'q1', 'q4']);
      const first = allByPart(element, 'item')[0]!;
      expect(first.querySelector('blockquote p')?.textContent).to.equal('Het wachten duurde te lang.');
      expect(first.querySelector('[part="role"]')?.textContent).to.equal('Ouder');
      expect(first.querySelector('time')?.textContent).to.equal('3 mei 2025');
      expect(first.querySelector('time')?.getAttribute('datetime')).to.equal('2025-05-03');
    });

    it('filters by roles and topic and limits', async () => {
      const element = await stream(html`<stroomop-quote-stream roles="youth professional"></stroomop-quote-stream>`);
      expect(shownIds(element)).to.deep.equal(['q3', 'q1', 'q4']);
      element.topic = 'matching';
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['q3', 'q1']);
      element.limit = 1;
      await element.updateComplete;
      expect(shownIds(element)).to.deep.equal(['q3']);
    });

    it('shows the topic only when it does not filter by one', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      expect(root(element).querySelector('[data-id="q3"] [part="topic"]')?.textContent).to.equal('Matching en plaatsing');
      element.topic = 'matching';
      await element.updateComplete;
      expect(byPart(element, 'topic')).to.equal(null);
    });

    it('renders the heading at heading-level and names the region by it', async () => {
      const element = await stream(html`<stroomop-quote-stream heading="Stemmen" heading-level="3"></stroomop-quote-stream>`);
      const heading = root(element).querySelector('h3');
      expect(heading?.textContent).to.equal('Stemmen');
      expect(byPart(element, 'region')?.getAttribute('aria-labelledby')).to.equal(heading?.id);
    });

    it('takes a slotted heading instead', async () => {
      const element = await stream(html`<stroomop-quote-stream heading="Stemmen"><h4 slot="heading">Eigen kop</h4></stroomop-quote-stream>`);
      const slot = root(element).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements()[0]?.textContent).to.equal('Eigen kop');
    });

    it('speaks English with lang="en", marking Dutch-only text as Dutch', async () => {
      const element = await stream(html`<stroomop-quote-stream lang="en"></stroomop-quote-stream>`);
      const [first, , third] = allByPart(element, 'item');
      expect(first!.querySelector('blockquote p')?.textContent).to.equal('The wait was too long.');
      expect(first!.querySelector('blockquote p')?.hasAttribute('lang')).to.equal(false);
      expect(first!.querySelector('[part="role"]')?.textContent).to.equal('Parent');
      expect(first!.querySelector('time')?.textContent).to.equal('3 May 2025');
      expect(third!.querySelector('blockquote p')?.getAttribute('lang')).to.equal('nl');
    });

    it('follows the language of an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><stroomop-quote-stream></stroomop-quote-stream></div>`);
      const element = wrapper.querySelector('stroomop-quote-stream')!;
      element.data = documentWith();
      await element.updateComplete;
      expect(byPart(element, 'role')?.textContent).to.equal('Parent');
    });
  });

  describe('parts', () => {
    it('exposes the documented parts of the list', async () => {
      const element = await stream(html`<stroomop-quote-stream heading="Reacties"></stroomop-quote-stream>`);
      for (const name of ['base', 'heading', 'new', 'region', 'list', 'item', 'quote', 'text', 'caption', 'role', 'date', 'topic']) expect(byPart(element, name), name).to.not.equal(null);
    });

    it('exposes the documented parts of autoplay mode', async () => {
      const element = await stream(html`<stroomop-quote-stream autoplay></stroomop-quote-stream>`);
      for (const name of ['carousel', 'controls', 'toggle', 'previous', 'next', 'slide', 'position', 'show-all', 'quote']) expect(byPart(element, name), name).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('fires stroomop-load with the dataset', async () => {
      const element = await fixture<StroomopQuoteStream>(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      element.data = documentWith();
      expect((await loaded).detail.dataset.quotes).to.have.length(4);
    });

    it('fires stroomop-error for an unknown role and recovers when the attribute is fixed', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.roles = 'youth kid';
      const event = await failed;
      expect(event.detail.issues[0]?.path).to.equal('roles');
      expect(event.detail.message).to.contain('kid');
      await element.updateComplete;
      expect(byPart(element, 'error')?.textContent).to.contain('onbekende rol');
      element.roles = 'youth';
      await element.updateComplete;
      expect(byPart(element, 'error')).to.equal(null);
      expect(shownIds(element)).to.deep.equal(['q1', 'q4']);
    });

    it('fires stroomop-error for an unknown topic', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`);
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      element.topic = 'bestaat-niet';
      expect((await failed).detail.issues[0]?.code).to.equal('unknown-topic');
    });
  });

  describe('bad input', () => {
    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__hacked = true">';
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`, documentWith([quote('evil', { text: hostile })]));
      expect(root(element).querySelector('img')).to.equal(null);
      expect(byPart(element, 'text')?.textContent).to.contain(hostile);
      expect((window as unknown as { __hacked?: boolean }).__hacked).to.equal(undefined);
    });

    it('lets right-to-left text set its own direction', async () => {
      const element = await stream(html`<stroomop-quote-stream></stroomop-quote-stream>`, documentWith([quote('rtl', { text: 'شكراً لأنكم استمعتم إلي' })]));
      const paragraph = root(element).querySelector('blockquote p')!;
      expect(paragraph.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(paragraph).direction).to.equal('rtl');
    });

    it('ignores a limit or interval that is not a positive number, and clamps heading-level', async () => {
      const element = await stream(html`<stroomop-quote-stream limit="-2" interval="nonsense" heading="Kop" heading-level="9" autoplay></stroomop-quote-stream>`);
      expect(byPart(element, 'position')?.textContent).to.equal('Reactie 1 van 4');
      expect(element.playing).to.equal(true);
      expect(root(element).querySelector('h6')).to.not.equal(null);
    });
  });

  describe('helpers', () => {
    it('parses roles and keeps the unknown ones apart', () => {
      expect(parseRoles(' Youth parent, kid ')).to.deep.equal({ roles: ['youth', 'parent'], unknown: ['kid'] });
    });

    it('sorts newest first and keeps document order on the same day', () => {
      const quotes = [quote('a', { date: '2025-01-01' }), quote('b', { date: '2025-02-01' }), quote('c', { date: '2025-01-01' })];
      expect(selectQuotes(quotes).map(({ id }) => id)).to.deep.equal(['b', 'a', 'c']);
      expect(selectQuotes(quotes, { limit: 0 })).to.have.length(3);
    });

    it('formats dates in Dutch and English and leaves nonsense alone', () => {
      expect(formatDate('2025-12-31', 'nl')).to.equal('31 december 2025');
      expect(formatDate('2025-12-31', 'en')).to.equal('31 December 2025');
      expect(formatDate('gisteren', 'nl')).to.equal('gisteren');
    });
  });
});
