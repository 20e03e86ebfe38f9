import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokenStyles, baseStyles } from '../../src/styles/shared.styles.js';
import { seriesTokenStyles } from '../../src/styles/series.styles.js';
import { resolveLang } from '../../src/i18n/lang.js';
import { COLOUR_TOKENS, checkContrast, toHex, toRgba, type ColourToken, type ContrastResult, type Rgba } from './contrast.js';

const TOKEN_NAMES = Object.keys(COLOUR_TOKENS) as ColourToken[];

const strings = {
  nl: {
    caption: 'Kleurtokens en contrast met de achtergrond',
    token: 'Token',
    colour: 'Kleur',
    against: 'Tegen',
    ratio: 'Contrast',
    minimum: 'Minimaal',
    result: 'Resultaat',
    pass: 'voldoet',
    fail: 'voldoet niet',
    background: 'achtergrond',
    surface: 'vlak',
  },
  en: {
    caption: 'Colour tokens and contrast with the background',
    token: 'Token',
    colour: 'Colour',
    against: 'Against',
    ratio: 'Contrast',
    minimum: 'Minimum',
    result: 'Result',
    pass: 'passes',
    fail: 'fails',
    background: 'background',
    surface: 'surface',
  },
};

/**
 * Not part of the library: a probe for stories and tests. It reads the colour
 * tokens the way every element does (tokenStyles inside a shadow root, so the
 * theme on an ancestor, the --basis-* fallbacks and the literals all apply),
 * and shows each colour with its WCAG contrast ratio.
 */
export class StroomopTokenProbe extends LitElement {
  static override styles = [
    tokenStyles,
    seriesTokenStyles,
    baseStyles,
    css`
      table {
        border-collapse: collapse;
        font-size: var(--_font-size-small);
      }
      caption {
        text-align: start;
        font-weight: bold;
        padding-block-end: 0.5em;
      }
      th,
      td {
        text-align: start;
        padding: 0.25em 0.75em 0.25em 0;
        border-block-end: 1px solid var(--_border);
      }
      code {
        font-family: var(--basis-text-font-family-monospace, ui-monospace, monospace);
      }
      .swatch {
        display: inline-block;
        vertical-align: middle;
        inline-size: 2.5em;
        block-size: 1.5em;
        margin-inline-end: 0.5em;
        border: 1px solid var(--_text);
        border-radius: var(--_radius);
      }
      [data-token='text'] { background-color: var(--_text); }
      [data-token='text-subtle'] { background-color: var(--_text-subtle); }
      [data-token='background'] { background-color: var(--_background); }
      [data-token='surface'] { background-color: var(--_surface); }
      [data-token='border'] { background-color: var(--_border); }
      [data-token='accent'] { background-color: var(--_accent); }
      [data-token='link'] { background-color: var(--_link); }
      [data-token='error'] { background-color: var(--_error); }
      [data-token='focus'] { background-color: var(--_focus); }
      [data-token='series-1'] { background-color: var(--_series-1); }
      [data-token='series-2'] { background-color: var(--_series-2); }
      [data-token='series-3'] { background-color: var(--_series-3); }
      [data-token='series-4'] { background-color: var(--_series-4); }
      [data-token='series-5'] { background-color: var(--_series-5); }
      [data-token='series-6'] { background-color: var(--_series-6); }
      .fail {
        font-weight: bold;
        text-decoration: underline;
      }
    `,
  ];

  /** Anything that changes when the theme around the probe changes; setting it measures again. */
  @property({ attribute: 'theme-key' }) themeKey = '';

  @state() private results: ContrastResult[] = [];
  @state() private colours: Partial<Record<ColourToken, Rgba>> = {};

  /** The colour each token resolves to here, as the browser paints it. */
  measure(): Record<ColourToken, Rgba> {
    const colours = {} as Record<ColourToken, Rgba>;
    for (const name of TOKEN_NAMES) {
      const swatch = this.renderRoot.querySelector(`.swatch[data-token='${name}']`);
      if (!swatch) throw new Error(`token probe: no swatch for ${name}`);
      colours[name] = toRgba(getComputedStyle(swatch).backgroundColor);
    }
    return colours;
  }

  /** Set while the render the measuring itself caused is under way. */
  private remeasured = false;

  protected override updated(): void {
    // Measure after every render but the one the measuring itself caused, once the update is done.
    if (this.remeasured) {
      this.remeasured = false;
      return;
    }
    void this.updateComplete.then(() => {
      this.remeasured = true;
      this.colours = this.measure();
      this.results = checkContrast(this.colours as Record<ColourToken, Rgba>);
    });
  }

  protected override render() {
    const t = strings[resolveLang(this)];
    const byToken = new Map(this.results.filter(({ against }) => against === 'background').map((result) => [result.token, result]));
    return html`<table>
      <caption>${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.token}</th>
          <th scope="col">${t.colour}</th>
          <th scope="col">${t.against}</th>
          <th scope="col">${t.ratio}</th>
          <th scope="col">${t.minimum}</th>
          <th scope="col">${t.result}</th>
        </tr>
      </thead>
      <tbody>
        ${TOKEN_NAMES.map((name) => {
          const result = byToken.get(name);
          const colour = this.colours[name];
          return html`<tr>
            <th scope="row"><code>${COLOUR_TOKENS[name]}</code></th>
            <td><span class="swatch" data-token=${name}></span><code>${colour ? toHex(colour) : ''}</code></td>
            ${result
              ? html`<td>${t[result.against]}</td>
                  <td>${result.ratio.toFixed(2)}:1</td>
                  <td>${result.minimum}:1</td>
                  <td class=${result.passes ? '' : 'fail'}>${result.passes ? t.pass : t.fail}</td>`
              : html`<td></td><td></td><td></td><td></td>`}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('stroomop-token-probe')) customElements.define('stroomop-token-probe', StroomopTokenProbe);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-token-probe': StroomopTokenProbe;
  }
}
