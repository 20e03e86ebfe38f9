/**
 * NL Design System tokens as municipal themes really set them: with nothing but a theme package's own CSS on the
 * page (no bridge of ours) and its class on an ancestor, every element shows the theme's document colour, link
 * colour, focus ring, heading font and button colours, read inside its shadow root. Then the order of the chains
 * (--stroomop-* before --nl-* before --utrecht-* before --basis-* before the literal), and what a theme token with an
 * invalid value gives (the literal, for the registered tokens; see src/styles/shared.styles.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse as send } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/components/indicator-chart/indicator-chart.js';
import '../src/components/interpretation-note/interpretation-note.js';
import '../src/components/spotlight/spotlight.js';
import '../src/components/quote-stream/quote-stream.js';
import '../src/components/narrative-panel/narrative-panel.js';
import '../src/components/monitor-view/monitor-view.js';
import type { MonitorDocument } from '../src/format/types.generated.js';
import { contrastRatio, over, toRgba } from '../stories/support/contrast.js';

const DATA = '/examples/data/nationaal.json';

interface Theme {
  title: string;
  className: string;
  stylesheet: string;
  /** The token each of the theme's own components takes, as the theme package defines it. */
  link: string;
  linkHover: string;
  document: string;
  background: string;
  heading: string;
  focus: { color: string; width: string; style: string; offset?: string };
  button: { color: string; radius: string };
  /** A link with keyboard focus: its text colour and its background (undefined: none). */
  linkFocus: { color: string; background?: string };
}

const THEMES: readonly Theme[] = [
  {
    title: 'Gemeente Utrecht (@utrecht/design-tokens)',
    className: 'utrecht-theme',
    stylesheet: '/node_modules/@utrecht/design-tokens/dist/index.css',
    // Utrecht defines no --nl-link-color: its link is --utrecht-link-color.
    link: '--utrecht-link-color',
    linkHover: '--utrecht-link-hover-color',
    document: '--utrecht-document-color',
    background: '--utrecht-document-background-color',
    heading: '--nl-heading-level-2-font-family',
    focus: { color: '--utrecht-focus-outline-color', width: '--utrecht-focus-outline-width', style: '--utrecht-focus-outline-style' },
    button: { color: '--utrecht-button-secondary-action-color', radius: '--utrecht-button-border-radius' },
    linkFocus: { color: '--utrecht-link-focus-color' },
  },
  {
    title: 'Gemeente Den Haag (@gemeente-denhaag/design-tokens-components)',
    className: 'denhaag-theme',
    stylesheet: '/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css',
    link: '--nl-link-color',
    linkHover: '--nl-link-hover-color',
    document: '--utrecht-document-color',
    background: '--utrecht-document-background-color',
    heading: '--utrecht-heading-font-family',
    focus: {
      color: '--utrecht-focus-outline-color',
      width: '--utrecht-focus-outline-width',
      style: '--utrecht-focus-outline-style',
      offset: '--utrecht-focus-outline-offset',
    },
    button: { color: '--utrecht-button-secondary-action-color', radius: '--utrecht-button-border-radius' },
    // Den Haag sets --nl-link-focus-visible-background-color to nothing: no background.
    linkFocus: { color: '--nl-link-focus-visible-color' },
  },
  {
    title: 'NL Design System Voorbeeld (@nl-design-system-unstable/voorbeeld-design-tokens)',
    className: 'voorbeeld-theme',
    stylesheet: '/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
    link: '--nl-link-color',
    linkHover: '--nl-link-hover-color',
    document: '--basis-color-default-color-document',
    background: '--basis-color-default-bg-document',
    heading: '--nl-heading-level-2-font-family',
    focus: { color: '--basis-focus-outline-color', width: '--basis-focus-outline-width', style: '--basis-focus-outline-style', offset: '--basis-focus-outline-offset' },
    button: { color: '--nl-button-secondary-color', radius: '--nl-button-border-radius' },
    linkFocus: { color: '--utrecht-link-focus-color', background: '--utrecht-link-focus-background-color' },
  },
];

/** Our literals (src/styles/shared.styles.ts), as the browser computes them. */
const DEFAULT_LINK = 'rgb(10, 79, 158)';
const DEFAULT_TEXT = 'rgb(26, 26, 26)';

let data: MonitorDocument;
before(async () => {
  data = (await (await fetch(DATA)).json()) as MonitorDocument;
});

async function loadStylesheet(href: string): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  await new Promise<void>((resolve, reject) => {
    link.onload = () => { resolve(); };
    link.onerror = () => { reject(new Error(`stylesheet ${href} did not load`)); };
    document.head.append(link);
  });
  return () => { link.remove(); };
}

/** How the browser computes `property: var(token)` inside `container`: what the theme's own component would show. */
function resolve(container: HTMLElement, property: 'color' | 'font-family' | 'outline-width' | 'outline-style' | 'outline-offset' | 'border-top-left-radius', token: string): string {
  const probe = document.createElement('span');
  if (property.startsWith('outline')) probe.style.setProperty('outline-style', 'solid');
  probe.style.setProperty(property, `var(${token})`);
  container.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(property);
  probe.remove();
  return value;
}

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Renders an element in a container with the given classes (and inline custom properties) and waits until its data is shown. */
async function render(className: string, element: TemplateResult, style = ''): Promise<{ container: HTMLElement; host: Host; root: ShadowRoot }> {
  const container = await fixture<HTMLElement>(html`<div class=${className} style=${`inline-size: 800px; ${style}`} lang="nl">${element}</div>`);
  const host = container.firstElementChild as Host;
  if ((host as unknown as { loadState?: string }).loadState !== 'ready') await oneEvent(host, 'stroomop-load');
  await host.updateComplete;
  return { container, host, root: host.shadowRoot! };
}

const ELEMENTS: readonly { name: string; template: () => TemplateResult }[] = [
  { name: 'indicator-chart', template: () => html`<stroomop-indicator-chart indicator="uitval" areas="NL01" .data=${data}></stroomop-indicator-chart>` },
  { name: 'interpretation-note', template: () => html`<stroomop-interpretation-note indicator="uitval" .data=${data}></stroomop-interpretation-note>` },
  { name: 'spotlight', template: () => html`<stroomop-spotlight .data=${data}></stroomop-spotlight>` },
  { name: 'quote-stream', template: () => html`<stroomop-quote-stream limit="3" .data=${data}></stroomop-quote-stream>` },
  { name: 'narrative-panel', template: () => html`<stroomop-narrative-panel .data=${data}></stroomop-narrative-panel>` },
  { name: 'monitor-view', template: () => html`<stroomop-monitor-view view="/examples/views/uitkomsten.json" area="NL01"></stroomop-monitor-view>` },
];

/** Tabs from a button before the element to its first focusable control (inside its shadow root, or deeper). */
async function tabInto(host: HTMLElement): Promise<HTMLElement> {
  (document.activeElement as HTMLElement | null)?.blur();
  const before = document.createElement('button');
  before.textContent = 'voor';
  host.parentElement!.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
  let focused = host.shadowRoot!.activeElement as HTMLElement | null;
  if (!focused) throw new Error(`Tab did not reach the shadow root of <${host.localName}>`);
  // Into the elements inside (the monitor view's chart).
  while (focused.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement as HTMLElement;
  return focused;
}

const first = (root: ShadowRoot, selector: string): HTMLElement | null => root.querySelector<HTMLElement>(selector);
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

describe('NL Design System themes reach the elements without a bridge', () => {
  for (const theme of THEMES) {
    describe(theme.title, () => {
      let unload: (() => void) | undefined;
      before(async () => {
        unload = await loadStylesheet(theme.stylesheet);
      });
      after(() => unload?.());

      const seen = { link: 0, heading: 0, button: 0 };

      for (const { name, template } of ELEMENTS) {
        it(`<stroomop-${name}>: document colour and background, link, heading font, buttons`, async () => {
          const { container, host, root } = await render(theme.className, template());
          const style = getComputedStyle(host);
          expect(style.color, 'text colour').to.equal(resolve(container, 'color', theme.document));
          expect(style.getPropertyValue('--_background').trim(), 'background').to.equal(resolve(container, 'color', theme.background));

          const link = first(root, 'a[href]');
          if (link) {
            seen.link += 1;
            expect(getComputedStyle(link).color, `link colour = ${theme.link}`).to.equal(resolve(container, 'color', theme.link));
            expect(getComputedStyle(link).color, 'not our default link colour').not.to.equal(DEFAULT_LINK);
          }
          const heading = first(root, HEADING);
          if (heading) {
            seen.heading += 1;
            expect(getComputedStyle(heading).fontFamily, `heading font = ${theme.heading}`).to.equal(resolve(container, 'font-family', theme.heading));
          }
          const button = first(root, 'button:not([part~="choice"]):not([part~="consent-button"])');
          if (button) {
            seen.button += 1;
            expect(getComputedStyle(button).color, `button text = ${theme.button.color}`).to.equal(resolve(container, 'color', theme.button.color));
            expect(getComputedStyle(button).borderTopLeftRadius, `button radius = ${theme.button.radius}`).to.equal(
              resolve(container, 'border-top-left-radius', theme.button.radius),
            );
          }
        });

        it(`<stroomop-${name}>: keyboard focus shows the theme's focus ring`, async () => {
          const { container, host } = await render(theme.className, template());
          const focused = await tabInto(host);
          expect(focused.matches(':focus-visible'), `${focused.localName} is focus-visible`).to.equal(true);
          const style = getComputedStyle(focused);
          const expectedColour = resolve(container, 'color', theme.focus.color);
          expect(style.outlineColor, `outline colour = ${theme.focus.color}`).to.equal(expectedColour);
          expect(style.outlineWidth, `outline width = ${theme.focus.width}`).to.equal(resolve(container, 'outline-width', theme.focus.width));
          expect(style.outlineStyle, `outline style = ${theme.focus.style}`).to.equal(resolve(container, 'outline-style', theme.focus.style));
          // The chart's plot keeps room around the drawing (4px); elsewhere the theme's offset applies.
          if (theme.focus.offset && !focused.classList.contains('plot')) {
            expect(style.outlineOffset, `outline offset = ${theme.focus.offset}`).to.equal(resolve(container, 'outline-offset', theme.focus.offset));
          }
        });
      }

      it('the elements above had links, headings and buttons to check', () => {
        expect(seen.link, 'elements with a link').to.be.greaterThan(0);
        expect(seen.heading, 'elements with a heading').to.be.greaterThan(3);
        expect(seen.button, 'elements with a button').to.be.greaterThan(1);
      });

      it('what the elements take from the theme keeps WCAG contrast: text 4.5:1, focus ring 3:1', async () => {
        const { host, root } = await render(theme.className, html`<stroomop-narrative-panel .data=${data}></stroomop-narrative-panel>`);
        const chart = await render(theme.className, html`<stroomop-indicator-chart indicator="uitval" areas="NL01" .data=${data}></stroomop-indicator-chart>`);
        const note = await render(theme.className, html`<stroomop-interpretation-note indicator="uitval" .data=${data}></stroomop-interpretation-note>`);
        const background = toRgba(getComputedStyle(host).getPropertyValue('--_background'));
        const colour = (element: Element, property: 'color' | 'backgroundColor' | 'outlineColor' = 'color') => over(toRgba(getComputedStyle(element)[property]), background);
        const ratios: [string, number, number][] = [];
        const link = first(note.root, 'a[href]')!;
        ratios.push(['link on the background', contrastRatio(colour(link), background), 4.5]);
        ratios.push(['link hover on the background', contrastRatio(over(toRgba(getComputedStyle(note.host).getPropertyValue('--_link-hover')), background), background), 4.5]);
        const focusBackground = over(toRgba(getComputedStyle(note.host).getPropertyValue('--_link-focus-background') || 'transparent'), background);
        ratios.push(['focused link on its focus background', contrastRatio(over(toRgba(getComputedStyle(note.host).getPropertyValue('--_link-focus')), focusBackground), focusBackground), 4.5]);
        const button = first(chart.root, 'button')!;
        const buttonBackground = colour(button, 'backgroundColor');
        ratios.push(['button text on the button', contrastRatio(over(toRgba(getComputedStyle(button).color), buttonBackground), buttonBackground), 4.5]);
        const consent = first(root, '[part~="consent-button"]');
        if (consent) {
          const consentBackground = colour(consent, 'backgroundColor');
          ratios.push(['primary button text on the button', contrastRatio(over(toRgba(getComputedStyle(consent).color), consentBackground), consentBackground), 4.5]);
        }
        ratios.push(['focus ring on the background', contrastRatio(over(toRgba(getComputedStyle(note.host).getPropertyValue('--_focus')), background), background), 3]);
        for (const [what, ratio, minimum] of ratios) expect(ratio, `${theme.title}: ${what} is ${ratio.toFixed(2)}:1`).to.be.at.least(minimum);
      });

      it('a link with keyboard focus takes the theme\'s link focus colours', async () => {
        const { container, host } = await render(theme.className, html`<stroomop-interpretation-note indicator="uitval" .data=${data}></stroomop-interpretation-note>`);
        let focused = await tabInto(host);
        for (let step = 0; step < 10 && focused.localName !== 'a'; step += 1) {
          await sendKeys({ press: 'Tab' });
          focused = host.shadowRoot!.activeElement as HTMLElement;
        }
        expect(focused.localName, 'a link has focus').to.equal('a');
        const style = getComputedStyle(focused);
        expect(style.color, `text = ${theme.linkFocus.color}`).to.equal(resolve(container, 'color', theme.linkFocus.color));
        expect(style.color, 'not the link colour at rest').not.to.equal(resolve(container, 'color', theme.link));
        const background = theme.linkFocus.background ? resolve(container, 'color', theme.linkFocus.background) : 'rgba(0, 0, 0, 0)';
        expect(style.backgroundColor, `background = ${theme.linkFocus.background ?? 'none'}`).to.equal(background);
      });

      it('a link takes the theme\'s hover colour where the theme has one', async () => {
        const { container, root } = await render(theme.className, html`<stroomop-interpretation-note indicator="uitval" .data=${data}></stroomop-interpretation-note>`);
        const link = first(root, 'a[href]')!;
        link.scrollIntoView({ block: 'center' });
        const rect = link.getBoundingClientRect();
        await sendMouse(rect.left + 2, rect.top + rect.height / 2);
        expect(link.matches(':hover'), 'hovered').to.equal(true);
        expect(getComputedStyle(link).color).to.equal(resolve(container, 'color', theme.linkHover));
        await sendMouse(0, 0);
      });
    });
  }
});

async function sendMouse(x: number, y: number): Promise<void> {
  await send({ type: 'move', position: [Math.round(x), Math.round(y)] });
}

/** The interpretation note has a link, headings and the host's text: enough to test the order of a chain. */
const note = () => html`<stroomop-interpretation-note indicator="uitval" .data=${data}></stroomop-interpretation-note>`;

describe('the order of the token chains', () => {
  const linkColour = async (style: string): Promise<string> => getComputedStyle(first((await render('', note(), style)).root, 'a[href]')!).color;

  it('link: --stroomop-color-link, then --nl-link-color, then --utrecht-link-color, then --basis-*, then the literal', async () => {
    const all = '--stroomop-color-link: rgb(1, 0, 0); --nl-link-color: rgb(2, 0, 0); --utrecht-link-color: rgb(3, 0, 0); --basis-color-action-1-color-default: rgb(4, 0, 0);';
    expect(await linkColour(all)).to.equal('rgb(1, 0, 0)');
    expect(await linkColour(all.replace('--stroomop-color-link', '--unused-1'))).to.equal('rgb(2, 0, 0)');
    expect(await linkColour(all.replace('--stroomop-color-link', '--unused-1').replace('--nl-link-color', '--unused-2'))).to.equal('rgb(3, 0, 0)');
    expect(await linkColour('--basis-color-action-1-color-default: rgb(4, 0, 0);')).to.equal('rgb(4, 0, 0)');
    expect(await linkColour('')).to.equal(DEFAULT_LINK);
  });

  it('focus ring: --stroomop-focus-outline-*, then --utrecht-focus-outline-*, then --basis-focus-outline-*, then 3px solid', async () => {
    const ring = async (style: string): Promise<string> => {
      const { host } = await render('', note(), style);
      const focused = await tabInto(host);
      const { outlineColor, outlineWidth, outlineStyle } = getComputedStyle(focused);
      return `${outlineWidth} ${outlineStyle} ${outlineColor}`;
    };
    const stroomop = '--stroomop-focus-outline-color: rgb(1, 0, 0); --stroomop-focus-outline-width: 5px; --stroomop-focus-outline-style: double;';
    const utrecht = '--utrecht-focus-outline-color: rgb(2, 0, 0); --utrecht-focus-outline-width: 4px; --utrecht-focus-outline-style: dotted;';
    const basis = '--basis-focus-outline-color: rgb(3, 0, 0); --basis-focus-outline-width: 1px; --basis-focus-outline-style: dashed;';
    expect(await ring(stroomop + utrecht + basis)).to.equal('5px double rgb(1, 0, 0)');
    expect(await ring(utrecht + basis)).to.equal('4px dotted rgb(2, 0, 0)');
    expect(await ring(basis)).to.equal('1px dashed rgb(3, 0, 0)');
    expect(await ring('')).to.equal(`3px solid ${DEFAULT_TEXT}`);
  });

  it('heading font: --stroomop-heading-font-family, then --nl-heading-level-2-font-family, then --utrecht-heading-font-family, then --basis-heading-font-family, then the body font', async () => {
    const font = async (style: string): Promise<string> => getComputedStyle(first((await render('', note(), style)).root, HEADING)!).fontFamily;
    const all = '--stroomop-heading-font-family: One; --nl-heading-level-2-font-family: Two; --utrecht-heading-font-family: Three; --basis-heading-font-family: Four; --stroomop-font-family: Body;';
    expect(await font(all)).to.equal('One');
    expect(await font(all.replace('--stroomop-heading-font-family', '--unused-1'))).to.equal('Two');
    expect(await font(all.replace('--stroomop-heading-font-family', '--unused-1').replace('--nl-heading-level-2', '--unused-2'))).to.equal('Three');
    expect(await font('--basis-heading-font-family: Four; --stroomop-font-family: Body;')).to.equal('Four');
    expect(await font('--stroomop-font-family: Body;')).to.equal('Body');
  });

  it('document colour: --stroomop-color-text, then --utrecht-document-color, then --basis-*, then the literal', async () => {
    const text = async (style: string): Promise<string> => getComputedStyle((await render('', note(), style)).host).color;
    expect(await text('--stroomop-color-text: rgb(1, 0, 0); --utrecht-document-color: rgb(2, 0, 0); --basis-color-default-color-document: rgb(3, 0, 0);')).to.equal('rgb(1, 0, 0)');
    expect(await text('--utrecht-document-color: rgb(2, 0, 0); --basis-color-default-color-document: rgb(3, 0, 0);')).to.equal('rgb(2, 0, 0)');
    expect(await text('--basis-color-default-color-document: rgb(3, 0, 0);')).to.equal('rgb(3, 0, 0)');
    expect(await text('')).to.equal(DEFAULT_TEXT);
  });

  it('a --stroomop-* property on an outer container beats an --nl-* token set closer to the element', async () => {
    const container = await fixture<HTMLElement>(html`<div style="--stroomop-color-link: rgb(1, 0, 0)"><div style="--nl-link-color: rgb(2, 0, 0)">${note()}</div></div>`);
    const host = container.querySelector('stroomop-interpretation-note')!;
    if ((host as unknown as { loadState: string }).loadState !== 'ready') await oneEvent(host, 'stroomop-load');
    await host.updateComplete;
    expect(getComputedStyle(first(host.shadowRoot!, 'a[href]')!).color).to.equal('rgb(1, 0, 0)');
  });
});

describe('bad input: a theme token with an invalid value', () => {
  it('a link colour of 12px gives the literal link colour, not the text colour and not the next token', async () => {
    const { root } = await render('', note(), '--utrecht-link-color: 12px; --basis-color-action-1-color-default: rgb(4, 0, 0); --stroomop-color-text: rgb(9, 9, 9);');
    expect(getComputedStyle(first(root, 'a[href]')!).color).to.equal(DEFAULT_LINK);
  });

  it('an empty token (Den Haag sets some to nothing) gives the literal too', async () => {
    const { root } = await render('', note(), '--nl-link-color: ;');
    expect(getComputedStyle(first(root, 'a[href]')!).color).to.equal(DEFAULT_LINK);
  });

  // Every registered token of tokenStyles, by its public property and the private one the elements read.
  const REGISTERED: readonly (readonly [string, string, string])[] = [
    ['--stroomop-color-text', '--_text', '12px'],
    ['--stroomop-color-text-subtle', '--_text-subtle', '12px'],
    ['--stroomop-color-background', '--_background', '12px'],
    ['--stroomop-color-surface', '--_surface', 'bold'],
    ['--stroomop-color-border', '--_border', '12px'],
    ['--stroomop-color-accent', '--_accent', '12px'],
    ['--stroomop-color-link', '--_link', '12px'],
    ['--stroomop-color-error', '--_error', '1'],
    ['--stroomop-focus-outline-color', '--_focus', 'dotted'],
    ['--stroomop-focus-outline-width', '--_stroomop-focus-width', 'red'],
    ['--stroomop-focus-outline-style', '--_stroomop-focus-style', '12px'],
  ];
  for (const [property, reads, invalid] of REGISTERED) {
    it(`${property}: ${invalid} gives the literal`, async () => {
      const bare = getComputedStyle((await render('', note())).host).getPropertyValue(reads).trim();
      const themed = getComputedStyle((await render('', note(), `${property}: ${invalid}`)).host).getPropertyValue(reads).trim();
      expect(bare, 'the literal applies without a theme').not.to.equal('');
      expect(themed).to.equal(bare);
    });
  }

  it('a focus outline style of none (or an invalid width) still draws the ring: solid, 3px', async () => {
    for (const style of ['--utrecht-focus-outline-style: none', '--utrecht-focus-outline-style: hidden', '--utrecht-focus-outline-width: red']) {
      const { host } = await render('', note(), style);
      const focused = await tabInto(host);
      const { outlineStyle, outlineWidth } = getComputedStyle(focused);
      expect(`${outlineWidth} ${outlineStyle}`, style).to.equal('3px solid');
    }
  });

  it('an unregistered token (heading colour) with an invalid value: the heading takes the element\'s text colour', async () => {
    const { host, root } = await render('', note(), '--utrecht-heading-color: 12px; --stroomop-color-text: rgb(9, 9, 9);');
    expect(getComputedStyle(first(root, HEADING)!).color).to.equal(getComputedStyle(host).color);
    expect(getComputedStyle(host).color).to.equal('rgb(9, 9, 9)');
  });
});
