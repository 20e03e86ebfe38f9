/**
 * Every shipped theme keeps text at 4.5:1 and marks at 3:1 against its background,
 * measured where it counts: inside an element's shadow root, with the theme's real
 * stylesheets (for Utrecht, Den Haag and Voorbeeld the municipal token packages themselves)
 * and the theme class on an ancestor.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../stories/support/token-probe.js';
import { THEMES, type ThemeEntry } from '../stories/support/themes.js';
import { COLOUR_TOKENS, CONTRAST_RULES, checkContrast, toHex, toRgba, type ColourToken, type ContrastResult, type Rgba } from '../stories/support/contrast.js';
import { buildThemes } from '../scripts/theme-css.mjs';

/** Adds the theme's stylesheets to the page; the returned function removes them. */
async function loadStylesheets(urls: readonly string[]): Promise<() => void> {
  const links = await Promise.all(
    urls.map(
      (href) =>
        new Promise<HTMLLinkElement>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => { resolve(link); };
          link.onerror = () => { reject(new Error(`stylesheet ${href} did not load`)); };
          document.head.append(link);
        }),
    ),
  );
  return () => { links.forEach((link) => { link.remove(); }); };
}

/** Renders the probe inside a container with the theme's classes and returns it with the colours it resolves. */
async function probe(className: string): Promise<{ container: HTMLElement; colours: Record<ColourToken, Rgba> }> {
  const container = await fixture<HTMLElement>(html`<div class=${className} lang="nl"><stroomop-token-probe></stroomop-token-probe></div>`);
  const element = container.querySelector('stroomop-token-probe')!;
  await element.updateComplete;
  return { container, colours: element.measure() };
}

const describeResult = (theme: ThemeEntry, result: ContrastResult): string =>
  `${theme.title}: ${COLOUR_TOKENS[result.token]} ${toHex(result.colour)} on ${result.against} ${toHex(result.backgroundColour)} is ${result.ratio.toFixed(2)}:1, needs ${result.minimum}:1 for ${result.why}`;

const figures: string[] = [];

describe('themes: contrast in every shipped theme', () => {
  after(() => {
    // The figures, for the README and the accessibility statement.
    console.log(`Contrast per theme (token on background):\n${figures.join('\n')}`);
  });

  for (const theme of THEMES) {
    describe(theme.title, () => {
      let results: ContrastResult[] = [];
      let unload: (() => void) | undefined;

      before(async () => {
        unload = await loadStylesheets(theme.stylesheets);
        results = checkContrast((await probe(theme.className)).colours);
        figures.push(
          `${theme.title}: ${results
            .filter(({ against }) => against === 'background')
            .map((result) => `${result.token} ${toHex(result.colour)} ${result.ratio.toFixed(2)}`)
            .join(', ')}`,
        );
      });
      after(() => unload?.());

      it('resolves every rule', () => {
        expect(results.length).to.be.greaterThan(10);
      });

      for (const [index, rule] of CONTRAST_RULES.entries()) {
        it(`${COLOUR_TOKENS[rule.token]} on ${rule.against}: at least ${rule.minimum}:1`, () => {
          const result = results[index]!;
          expect(result.passes, describeResult(theme, result)).to.equal(true);
        });
      }
    });
  }
});

describe('themes: how each theme reaches the elements', () => {
  let unload: (() => void) | undefined;
  afterEach(() => {
    unload?.();
    unload = undefined;
  });

  it('the default theme equals the built-in fallbacks', async () => {
    const bare = (await probe('')).colours;
    unload = await loadStylesheets(['/themes/stroomop.css']);
    const themed = (await probe('stroomop-theme')).colours;
    for (const token of Object.keys(COLOUR_TOKENS) as ColourToken[]) {
      expect(toHex(themed[token]), `${COLOUR_TOKENS[token]}: themes/tokens.json (default) and the literal in src/styles/shared.styles.ts differ`).to.equal(
        toHex(bare[token]),
      );
    }
  });

  it('Voorbeeld: the --basis-* tokens flow through the fallbacks unchanged', async () => {
    unload = await loadStylesheets(THEMES.find(({ id }) => id === 'voorbeeld')!.stylesheets);
    const { container, colours } = await probe('voorbeeld-theme');
    const basis = (name: string): string => toHex(toRgba(getComputedStyle(container).getPropertyValue(name)));
    expect(toHex(colours.text)).to.equal(basis('--basis-color-default-color-document'));
    expect(toHex(colours['text-subtle'])).to.equal(basis('--basis-color-default-color-subtle'));
    expect(toHex(colours.background)).to.equal(basis('--basis-color-default-bg-document'));
    expect(toHex(colours.surface)).to.equal(basis('--basis-color-default-bg-subtle'));
    expect(toHex(colours.border)).to.equal(basis('--basis-color-default-border-default'));
    expect(toHex(colours.accent)).to.equal(basis('--basis-color-accent-1-color-default'));
    // The link is the NL Design System link component's own token, which Voorbeeld sets to its action-2 colour.
    expect(toHex(colours.link)).to.equal(basis('--nl-link-color'));
    expect(toHex(colours.link)).not.to.equal(basis('--basis-color-action-1-color-default'));
    expect(toHex(colours.error)).to.equal(basis('--basis-color-negative-color-default'));
    expect(toHex(colours.focus)).to.equal(basis('--basis-focus-outline-color'));
    // The text is Voorbeeld's, not ours.
    expect(toHex(colours.text)).not.to.equal('#1a1a1a');
  });

  it('Utrecht: the bridge maps the --utrecht-* tokens', async () => {
    unload = await loadStylesheets(THEMES.find(({ id }) => id === 'utrecht')!.stylesheets);
    const { container, colours } = await probe('utrecht-theme');
    const utrecht = (name: string): string => toHex(toRgba(getComputedStyle(container).getPropertyValue(name)));
    expect(toHex(colours.text)).to.equal(utrecht('--utrecht-document-color'));
    expect(toHex(colours.background)).to.equal(utrecht('--utrecht-document-background-color'));
    expect(toHex(colours.link)).to.equal(utrecht('--utrecht-link-color'));
    expect(toHex(colours.focus)).to.equal(utrecht('--utrecht-focus-outline-color'));
    expect(toHex(colours.border)).to.equal(utrecht('--utrecht-form-control-border-color'));
    // Utrecht's link blue, not our default link colour.
    expect(toHex(colours.link)).not.to.equal('#0a4f9e');
  });

  it('Utrecht without the bridge: its document, link and focus tokens arrive; surface, border, accent and the chart palette need the bridge', async () => {
    unload = await loadStylesheets(['/node_modules/@utrecht/design-tokens/dist/index.css']);
    const bare = (await probe('')).colours;
    const { container, colours } = await probe('utrecht-theme');
    const utrecht = (name: string): string => toHex(toRgba(getComputedStyle(container).getPropertyValue(name)));
    expect(toHex(colours.text)).to.equal(utrecht('--utrecht-document-color'));
    expect(toHex(colours.background)).to.equal(utrecht('--utrecht-document-background-color'));
    expect(toHex(colours.link)).to.equal(utrecht('--utrecht-link-color'));
    expect(toHex(colours.focus)).to.equal(utrecht('--utrecht-focus-outline-color'));
    for (const token of ['surface', 'border', 'accent', 'series-1'] as const) expect(toHex(colours[token]), token).to.equal(toHex(bare[token]));
  });

  it('Den Haag: the bridge maps the house style\'s tokens', async () => {
    unload = await loadStylesheets(THEMES.find(({ id }) => id === 'denhaag')!.stylesheets);
    const { container, colours } = await probe('denhaag-theme');
    const denhaag = (name: string): string => toHex(toRgba(getComputedStyle(container).getPropertyValue(name)));
    // Den Haag's package sets the document tokens under their NL Design System (--utrecht-*) component names.
    expect(toHex(colours.text)).to.equal(denhaag('--utrecht-document-color'));
    expect(toHex(colours.background)).to.equal(denhaag('--utrecht-document-background-color'));
    expect(toHex(colours.border)).to.equal(denhaag('--utrecht-form-control-border-color'));
    expect(toHex(colours.link)).to.equal(denhaag('--denhaag-link-color'));
    expect(toHex(colours.focus)).to.equal(denhaag('--denhaag-focus-border-color'));
    expect(toHex(colours.error)).to.equal(denhaag('--denhaag-form-field-description-error-color'));
    expect(toHex(colours.accent)).to.equal(denhaag('--denhaag-color-green-4'));
    expect(toHex(colours['series-1'])).to.equal(denhaag('--denhaag-color-green-4'));
    // Den Haag's text and link, not our defaults.
    expect(toHex(colours.text)).not.to.equal('#1a1a1a');
    expect(toHex(colours.link)).not.to.equal('#0a4f9e');
    expect(getComputedStyle(container).getPropertyValue('--stroomop-font-family')).to.contain('TheSans');
  });

  it('Den Haag without the bridge: its document, link and focus tokens arrive (under their NL Design System names); the rest needs the bridge', async () => {
    unload = await loadStylesheets(['/node_modules/@gemeente-denhaag/design-tokens-components/dist/theme/index.css']);
    const bare = (await probe('')).colours;
    const { container, colours } = await probe('denhaag-theme');
    const denhaag = (name: string): string => toHex(toRgba(getComputedStyle(container).getPropertyValue(name)));
    expect(toHex(colours.text)).to.equal(denhaag('--utrecht-document-color'));
    expect(toHex(colours.background)).to.equal(denhaag('--utrecht-document-background-color'));
    expect(toHex(colours.link)).to.equal(denhaag('--nl-link-color'));
    expect(toHex(colours.focus)).to.equal(denhaag('--utrecht-focus-outline-color'));
    for (const token of ['text-subtle', 'surface', 'border', 'accent', 'error', 'series-1'] as const) expect(toHex(colours[token]), token).to.equal(toHex(bare[token]));
  });
});

describe('themes: generated CSS is in sync with themes/tokens.json', () => {
  it('each generated file equals what scripts/build-themes.mjs makes of tokens.json', async () => {
    const tokens = (await (await fetch('/themes/tokens.json')).json()) as Record<string, unknown>;
    const files = buildThemes(tokens);
    expect([...files.keys()].sort()).to.deep.equal(['dark.css', 'high-contrast.css', 'stroomop.css']);
    for (const [file, css] of files) {
      const response = await fetch(`/themes/${file}`);
      expect(response.ok, `themes/${file} is missing: run node scripts/build-themes.mjs`).to.equal(true);
      expect(await response.text(), `themes/${file} is out of date with themes/tokens.json: run node scripts/build-themes.mjs`).to.equal(css);
    }
  });

  it('every theme in the toolbar has its stylesheets', async () => {
    for (const theme of THEMES) {
      for (const url of theme.stylesheets) {
        const response = await fetch(url);
        expect(response.ok, `${theme.title}: ${url}`).to.equal(true);
      }
    }
  });
});
