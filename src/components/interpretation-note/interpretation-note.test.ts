import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { axeViolations } from '../../../test/helpers/axe.js';
import { minimalDocument, observation } from '../../../test/helpers/fixtures.js';
import type { Action, Interpretation, MonitorDocument } from '../../format/types.generated.js';
import type { StroomopErrorEvent, StroomopLoadEvent } from '../../base/events.js';
import { isLaterPeriod, newerPeriod, selectInterpretation, timelineOrder } from './select-interpretation.js';
import './interpretation-note.js';
import type { StroomopInterpretationNote } from './interpretation-note.component.js';

const STATUSES: Action['status'][] = ['planned', 'in-progress', 'done', 'stalled', 'stopped'];

function note(overrides: Partial<Interpretation> = {}): Interpretation {
  return {
    id: 'duiding-uitval-2023',
    indicator: 'uitval',
    title: { nl: 'Uitval daalt, maar niet overal', en: 'Dropout falls, but not everywhere' },
    body: { nl: ['Eerste alinea over uitval.', 'Tweede alinea.'], en: ['First paragraph on dropout.', 'Second paragraph.'] },
    authors: ['Expertgroep StroomOP', 'A. de Vries'],
    date: '2024-03-12',
    writtenFor: { release: '2024-03', latestPeriod: '2023' },
    perspectives: [
      { role: 'youth', text: { nl: 'Ik merkte dat ik vaker werd gehoord.', en: 'I noticed I was heard more often.' } },
      { role: 'parent', text: 'Als ouder zie ik weinig verschil.' },
      { role: 'professional', text: 'Het team heeft meer tijd voor matching.' },
      { role: 'researcher', text: 'De daling valt binnen de marge.' },
      { role: 'policy', text: 'De regio investeert in matching.' },
    ],
    questions: [
      { nl: 'Herken je dit?', en: 'Do you recognise this?' },
      { nl: 'Wanneer ben je tevreden?', en: 'When are you satisfied?' },
      { nl: 'Wat wil je veranderen?', en: 'What do you want to change?' },
    ],
    actions: [
      { text: 'Vaste contactpersoon voor elke jongere', status: 'done', expected: '2023-Q4', owner: 'Regio Utrecht' },
      { text: 'Wachtlijst eerlijk verdelen', status: 'stalled', expected: '2024-Q2', note: 'Te weinig plekken; opnieuw bekeken in het najaar.' },
      { text: 'Nieuwe matchingsmethode', status: 'in-progress', expected: '2024-Q4' },
      { text: 'Extra groep in Zeist', status: 'stopped', expected: '2024-Q1', note: 'Geen personeel gevonden.' },
      { text: 'Evaluatie met jongeren', status: 'planned', expected: '2025-H1' },
    ],
    ...overrides,
  };
}

function doc(interpretations: Interpretation[] = [note()], overrides: Partial<MonitorDocument> = {}): MonitorDocument {
  return minimalDocument({
    observations: [observation({ period: '2022', value: 14 }), observation({ period: '2023', value: 13 })],
    interpretations,
    ...overrides,
  });
}

async function render(data: MonitorDocument, attributes: Partial<Pick<StroomopInterpretationNote, 'indicator' | 'note' | 'area' | 'period' | 'lang' | 'headingLevel'>> = { indicator: 'uitval' }) {
  const element = await fixture<StroomopInterpretationNote>(html`<stroomop-interpretation-note
    indicator=${attributes.indicator ?? ''}
    note=${attributes.note ?? ''}
    area=${attributes.area ?? ''}
    period=${attributes.period ?? ''}
    lang=${attributes.lang ?? ''}
    heading-level=${attributes.headingLevel ?? 3}
    .data=${data}
  ></stroomop-interpretation-note>`);
  await element.updateComplete;
  return element;
}

const part = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: HTMLElement, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (element: HTMLElement) => element.shadowRoot!.textContent.replace(/\s+/g, ' ');

describe('<stroomop-interpretation-note>', () => {
  describe('accessibility', () => {
    it('has no axe violations in the normal state', async () => {
      const element = await render(doc());
      expect(part(element, 'note')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations when there is no interpretation', async () => {
      const element = await render(doc([]));
      expect(part(element, 'empty')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations in the error state', async () => {
      const element = await render(doc(), { note: 'bestaat-niet' });
      expect(part(element, 'error')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations with long text', async () => {
      const long = 'Jeugdhulpverleningsorganisatieoverstijgendesamenwerkingsafspraken'.repeat(4);
      const element = await render(doc([note({ title: long, body: [long, `${long} ${long}`], authors: [long] })]));
      expect(text(element)).to.contain(long);
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations in English', async () => {
      const element = await render(doc(), { indicator: 'uitval', lang: 'en' });
      expect(text(element)).to.contain('Dropout falls');
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('has no axe violations with a stale note', async () => {
      const element = await render(doc([note()], { observations: [observation({ period: '2023' }), observation({ period: '2024' })] }));
      expect(part(element, 'stale')).to.exist;
      expect(await axeViolations(element)).to.deep.equal([]);
    });
    it('names every action status in words and with a shape, not by colour alone', async () => {
      const element = await render(doc());
      for (const status of STATUSES) {
        const item = part(element, `action-${status}`)!;
        expect(item, status).to.exist;
        expect(item.querySelector('[part="action-status"] svg[aria-hidden="true"]'), status).to.exist;
      }
      const words = parts(element, 'action-status').map((status) => status.textContent.replace(/[\s:]+/g, ' ').trim());
      expect(words).to.have.members(['Gelukt', 'Vastgelopen', 'Bezig', 'Gestopt', 'Gepland']);
    });
    it('gives every status shape a different drawing', async () => {
      const element = await render(doc());
      const drawings = parts(element, 'action-status').map((status) => status.querySelector('svg')!.innerHTML.replace(/<!--[^>]*-->/g, ''));
      expect(new Set(drawings).size).to.equal(STATUSES.length);
    });
  });

  describe('properties and attributes', () => {
    it('shows title, body paragraphs, authors and date', async () => {
      const element = await render(doc());
      expect(part(element, 'title')!.tagName).to.equal('H3');
      expect(part(element, 'title')!.textContent.trim()).to.equal('Uitval daalt, maar niet overal');
      const paragraphs = [...part(element, 'body')!.querySelectorAll('p')];
      expect(paragraphs.map((paragraph) => paragraph.textContent)).to.deep.equal(['Eerste alinea over uitval.', 'Tweede alinea.']);
      expect(paragraphs.every((paragraph) => paragraph.getAttribute('dir') === 'auto')).to.be.true;
      const meta = part(element, 'meta')!.textContent.replace(/\s+/g, ' ');
      expect(meta).to.contain('Expertgroep StroomOP en A. de Vries');
      expect(meta).to.contain('12 maart 2024');
      expect(part(element, 'meta')!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-12');
    });
    it('follows heading-level for the title and puts section headings one level below', async () => {
      const element = await render(doc(), { indicator: 'uitval', headingLevel: 2 });
      expect(part(element, 'title')!.tagName).to.equal('H2');
      expect(parts(element, 'section-heading').map((heading) => heading.tagName)).to.deep.equal(['H3', 'H3', 'H3']);
    });
    it('labels each perspective with its role', async () => {
      const element = await render(doc());
      expect(parts(element, 'role').map((role) => role.textContent)).to.deep.equal(['Jongere', 'Ouder', 'Professional', 'Onderzoeker', 'Beleid']);
    });
    it('lists the discussion questions', async () => {
      const element = await render(doc());
      expect([...part(element, 'questions')!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
        'Herken je dit?',
        'Wanneer ben je tevreden?',
        'Wat wil je veranderen?',
      ]);
    });
    it('shows the actions as an ordered timeline by expected date, with every status in words, and notes of stalled and stopped', async () => {
      const element = await render(doc());
      const list = part(element, 'actions')!;
      expect(list.tagName).to.equal('OL');
      const items = [...list.children] as HTMLElement[];
      expect(items.map((item) => item.getAttribute('part'))).to.deep.equal([
        'action action-done',
        'action action-stopped',
        'action action-stalled',
        'action action-in-progress',
        'action action-planned',
      ]);
      const words = items.map((item) => item.querySelector('[part="action-status"]')!.textContent.replace(/[\s:]+/g, ' ').trim());
      expect(words).to.deep.equal(['Gelukt', 'Gestopt', 'Vastgelopen', 'Bezig', 'Gepland']);
      expect(items[1]!.textContent).to.contain('Geen personeel gevonden.');
      expect(items[2]!.textContent).to.contain('Te weinig plekken');
      expect(items[2]!.textContent).to.contain('Was verwacht: 2e kwartaal 2024');
      expect(items[4]!.textContent).to.contain('Verwacht: 1e halfjaar 2025');
    });
    it('gives stalled and stopped actions the same prominence as done', async () => {
      const element = await render(doc());
      const style = (status: string) => getComputedStyle(part(element, `action-${status}`)!.querySelector('[part="action-status"]')!);
      for (const property of ['font-weight', 'font-size', 'opacity', 'color'] as const) {
        expect(style('stalled').getPropertyValue(property), property).to.equal(style('done').getPropertyValue(property));
        expect(style('stopped').getPropertyValue(property), property).to.equal(style('done').getPropertyValue(property));
      }
    });
    it('says in English what each status is', async () => {
      const element = await render(doc(), { indicator: 'uitval', lang: 'en' });
      const words = parts(element, 'action-status').map((status) => status.textContent.replace(/[\s:]+/g, ' ').trim());
      expect(words).to.deep.equal(['Done', 'Stopped', 'Stalled', 'In progress', 'Planned']);
      expect(text(element)).to.contain('By Expertgroep StroomOP and A. de Vries');
      expect(text(element)).to.contain('12 March 2024');
    });
    it('follows the language of an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><stroomop-interpretation-note indicator="uitval" .data=${doc()}></stroomop-interpretation-note></div>`);
      const element = wrapper.querySelector('stroomop-interpretation-note')!;
      await element.updateComplete;
      expect(part(element, 'chart-link')!.textContent).to.contain('See the figures');
    });
    it('says newer figures exist only when the data has a later period with a value', async () => {
      const current = await render(doc());
      expect(part(current, 'stale')).to.be.null;
      const stale = await render(doc([note()], { observations: [observation({ period: '2023' }), observation({ period: '2024', value: 11.2 })] }));
      expect(part(stale, 'stale')!.textContent.trim()).to.equal('Geschreven bij de cijfers van 2023; er zijn nieuwere cijfers (2024).');
      const onlyEmpty = await render(doc([note()], { observations: [observation({ period: '2023' }), observation({ period: '2024', value: null, status: 'missing' })] }));
      expect(part(onlyEmpty, 'stale')).to.be.null;
      const english = await render(doc([note()], { observations: [observation({ period: '2024' })] }), { indicator: 'uitval', lang: 'en' });
      expect(part(english, 'stale')!.textContent.trim()).to.equal('Written for the figures of 2023; newer figures exist (2024).');
    });
    it('prefers the note for the area, else the general one', async () => {
      const general = note({ id: 'general', title: 'Algemeen' });
      const utrecht = note({ id: 'utrecht', area: 'GM0344', title: 'Utrecht' });
      const regional = note({ id: 'regio', area: 'JR-UTR', title: 'Regio' });
      expect(part(await render(doc([general, utrecht, regional]), { indicator: 'uitval', area: 'JR-UTR' }), 'title')!.textContent.trim()).to.equal('Regio');
      expect(part(await render(doc([general, utrecht]), { indicator: 'uitval', area: 'NL01' }), 'title')!.textContent.trim()).to.equal('Algemeen');
      // Without area: the document's own area (meta.area GM0344).
      expect(part(await render(doc([general, utrecht])), 'title')!.textContent.trim()).to.equal('Utrecht');
    });
    it('selects by note id', async () => {
      const element = await render(doc([note(), note({ id: 'tweede', title: 'Tweede duiding' })]), { note: 'tweede' });
      expect(part(element, 'title')!.textContent.trim()).to.equal('Tweede duiding');
    });
    it('takes the id the chart links to and links back to the chart', async () => {
      const element = await render(doc());
      expect(element.id).to.equal('stroomop-duiding-uitval');
      expect(part(element, 'chart-link')!.getAttribute('href')).to.equal('#stroomop-indicator-uitval');
      expect(part(element, 'chart-link')!.textContent).to.contain('Bekijk de cijfers');
    });
    it('keeps an id of its own and does not take an id another element has', async () => {
      const own = await fixture<StroomopInterpretationNote>(html`<stroomop-interpretation-note id="mijn-duiding" indicator="uitval" .data=${doc()}></stroomop-interpretation-note>`);
      expect(own.id).to.equal('mijn-duiding');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <p id="stroomop-duiding-uitval">elders</p>
        <stroomop-interpretation-note indicator="uitval" .data=${doc()}></stroomop-interpretation-note>
      </div>`);
      const second = wrapper.querySelector('stroomop-interpretation-note')!;
      await second.updateComplete;
      expect(second.id).to.equal('');
    });
    it('moves its anchor when the indicator changes', async () => {
      const data = doc([note()], {
        indicators: [...minimalDocument().indicators!, { ...minimalDocument().indicators![0]!, id: 'tevredenheid', title: 'Tevredenheid' }],
      });
      const element = await render(data);
      element.indicator = 'tevredenheid';
      await element.updateComplete;
      expect(element.id).to.equal('stroomop-duiding-tevredenheid');
    });
  });

  describe('parts', () => {
    it('exposes its documented parts', async () => {
      const element = await render(doc([note()], { observations: [observation({ period: '2024' })] }));
      for (const name of ['note', 'title', 'meta', 'stale', 'body', 'section-heading', 'perspectives', 'perspective', 'role', 'questions', 'actions', 'action', 'action-status', 'chart-link']) {
        expect(part(element, name), name).to.exist;
      }
    });
    it('shows the empty part, not an error, when the indicator has no note', async () => {
      const element = await render(doc([]));
      expect(part(element, 'empty')!.textContent).to.equal('Er is nog geen duiding bij deze indicator.');
      expect(part(element, 'error')).to.be.null;
    });
  });

  describe('events', () => {
    it('fires stroomop-load', async () => {
      const element = document.createElement('stroomop-interpretation-note');
      element.indicator = 'uitval';
      element.data = doc();
      const loaded = oneEvent<StroomopLoadEvent>(element, 'stroomop-load');
      document.body.append(element);
      const event = await loaded;
      expect(event.detail.dataset.interpretations).to.have.length(1);
      element.remove();
    });
    it('fires stroomop-error for an unknown note id and recovers when the id is fixed', async () => {
      const element = document.createElement('stroomop-interpretation-note');
      element.note = 'bestaat-niet';
      element.data = doc();
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      document.body.append(element);
      const event = await failed;
      expect(event.detail.issues[0]!.path).to.equal('note');
      expect(event.detail.message).to.contain('bestaat-niet');
      await element.updateComplete;
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      element.note = 'duiding-uitval-2023';
      await element.updateComplete;
      expect(part(element, 'error')).to.be.null;
      expect(part(element, 'title')).to.exist;
      element.remove();
    });
    it('fires stroomop-error for an unknown indicator', async () => {
      const element = document.createElement('stroomop-interpretation-note');
      element.indicator = 'onbekend';
      element.data = doc();
      const failed = oneEvent<StroomopErrorEvent>(element, 'stroomop-error');
      document.body.append(element);
      expect((await failed).detail.issues[0]!.path).to.equal('indicator');
      element.remove();
    });
  });

  describe('bad input', () => {
    it('renders hostile text as text', async () => {
      const hostile = '<img src=x onerror="window.__hacked = 1">';
      const element = await render(
        doc([
          note({
            title: hostile,
            body: [hostile],
            authors: [hostile],
            perspectives: [{ role: 'youth', text: hostile }],
            questions: [hostile],
            actions: [{ text: hostile, status: 'stalled', note: hostile, owner: hostile }],
          }),
        ]),
      );
      expect(part(element, 'title')!.textContent.trim()).to.equal(hostile);
      expect(element.shadowRoot!.querySelector('img')).to.be.null;
      expect((window as unknown as { __hacked?: number }).__hacked).to.be.undefined;
    });
    it('shows an unknown note id inertly in the error', async () => {
      const element = await render(doc(), { note: '"><img src=x>' });
      expect(part(element, 'error')!.textContent).to.contain('"><img src=x>');
      expect(element.shadowRoot!.querySelector('img')).to.be.null;
    });
    it('makes no links from data except the chart anchor', async () => {
      const element = await render(doc([note({ body: ['javascript:alert(1)', 'https://example.org'] })]));
      const links = [...element.shadowRoot!.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#stroomop-indicator-uitval']);
    });
    it('wraps very long words and lets right-to-left text set its own direction', async () => {
      const long = 'a'.repeat(400);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><stroomop-interpretation-note indicator="uitval" .data=${doc([note({ title: long, body: [long, 'هذا نص عربي'] })])}></stroomop-interpretation-note></div>`);
      const element = wrapper.querySelector('stroomop-interpretation-note')!;
      await element.updateComplete;
      const article = part(element, 'note')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const arabic = [...part(element, 'body')!.querySelectorAll('p')][1]!;
      expect(arabic.getAttribute('dir')).to.equal('auto');
      expect(arabic.matches(':dir(rtl)')).to.be.true;
    });
    it('shows nothing stale for a note without writtenFor', async () => {
      const element = await render(doc([note({ writtenFor: undefined })], { observations: [observation({ period: '2030' })] }));
      expect(part(element, 'stale')).to.be.null;
    });
  });

  describe('selection (pure)', () => {
    const general = note({ id: 'general' });
    const old = note({ id: 'old', date: '2022-01-01' });
    const utrecht = note({ id: 'utrecht', area: 'GM0344' });
    const about2022 = note({ id: 'p2022', periods: ['2022'], writtenFor: { latestPeriod: '2022' } });
    it('prefers the area, then general, then the newest', () => {
      expect(selectInterpretation([old, general, utrecht], { indicator: 'uitval', area: 'GM0344' })).to.deep.include({ kind: 'found', interpretation: utrecht });
      expect(selectInterpretation([old, general, utrecht], { indicator: 'uitval', area: 'NL01' })).to.deep.include({ kind: 'found', interpretation: general });
      expect(selectInterpretation([utrecht], { indicator: 'uitval', area: 'NL01' })).to.deep.equal({ kind: 'none' });
      expect(selectInterpretation([utrecht], { indicator: 'uitval' })).to.deep.include({ kind: 'found', interpretation: utrecht });
      expect(selectInterpretation([general], { indicator: 'anders' })).to.deep.equal({ kind: 'none' });
    });
    it('prefers a note about the period', () => {
      expect(selectInterpretation([general, about2022], { indicator: 'uitval', period: '2022' })).to.deep.include({ interpretation: about2022 });
      expect(selectInterpretation([general, about2022], { indicator: 'uitval', period: '2023' })).to.deep.include({ interpretation: general });
      expect(selectInterpretation([about2022], { indicator: 'uitval', period: '2023' })).to.deep.equal({ kind: 'none' });
    });
    it('finds by note id or says it is unknown', () => {
      expect(selectInterpretation([general, utrecht], { note: 'utrecht', indicator: 'uitval' })).to.deep.include({ interpretation: utrecht });
      expect(selectInterpretation([general], { note: 'x' })).to.deep.equal({ kind: 'unknown-note', note: 'x' });
    });
    it('knows when a period lies after another', () => {
      expect(isLaterPeriod('2024', '2023')).to.be.true;
      expect(isLaterPeriod('2023-Q4', '2023')).to.be.false;
      expect(isLaterPeriod('2024-01', '2023')).to.be.true;
      expect(isLaterPeriod('2023', '2023-Q4')).to.be.false;
    });
    it('finds newer figures in the note area only', () => {
      const observations = [observation({ period: '2024', area: 'NL01' }), observation({ period: '2023' })];
      expect(newerPeriod(utrecht, observations)).to.be.undefined;
      expect(newerPeriod(general, observations)).to.equal('2024');
    });
    it('orders actions by expected period, those without last', () => {
      const order = timelineOrder([{ id: 'a' }, { id: 'b', expected: '2025' }, { id: 'c', expected: '2024-Q2' }]).map(({ id }) => id);
      expect(order).to.deep.equal(['c', 'b', 'a']);
    });
  });
});
