// A second hand-written baseline, for information: a Lit element that shows what
// <stroomop-indicator-chart> shows for this data (caption, summary sentence, legend
// with swatches, grid, value and period axes, lines with markers, direct labels,
// table and download buttons, source, interpretation line), hand-written for this
// data alone. No validation, no general data path, no keyboard, no second language.
// The element's time against this one is the cost of being a general, checked,
// accessible element; against bench/baseline.ts (three bare paths) it is also the
// cost of the figure itself.
import { LitElement, svg, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import { line, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { benchSeries, params, done } from './pages/data.js';

interface Point {
  x: number;
  y: number;
  label: string;
}

interface Series {
  name: string;
  values: Point[];
}

const DASHES = ['', '12 3', '12 3 3 3'];
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle];
// The same three markers as relative paths, written out once: moved to each point by its M.
const MARKERS = ['m-4,0a4,4,0,1,1,8,0a4,4,0,1,1,-8,0', 'm-3.55,-3.55h7.1v7.1h-7.1z', 'm0,-5.4l5.39,9.33h-10.78z'];
const HEIGHT = 300;
const percent = (value: number) => `${value.toFixed(1).replace('.', ',')}%`;

class BaselineFigure extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: 1rem/1.5 system-ui, sans-serif;
      color: #1a1a1a;
    }
    figure {
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    figcaption {
      display: flex;
      flex-direction: column;
    }
    .title {
      font-size: 1.25em;
      font-weight: 700;
    }
    .meta,
    .source,
    .note {
      margin: 0;
      font-size: 0.875rem;
      color: #4a4a4a;
    }
    p {
      margin: 0;
    }
    .readout {
      min-block-size: 1.5em;
    }
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0;
      padding: 0;
      font-size: 0.875rem;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    li svg {
      inline-size: 40px;
      block-size: 16px;
    }
    .plot {
      min-block-size: 300px;
    }
    .plot svg {
      display: block;
      font-size: 12px;
    }
    .grid,
    .axis {
      stroke: #767676;
      stroke-opacity: 0.4;
    }
    .line {
      fill: none;
      stroke-width: 2.5;
    }
    .s0 {
      color: #00567d;
    }
    .s1 {
      color: #b34700;
    }
    .s2 {
      color: #5b3f99;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      font-size: 0.875rem;
    }
  `;

  @property({ attribute: false }) series: Series[] = [];
  @property() heading = '';
  /** Set by the page, which measures every chart in one layout before any draws (as the element does). */
  @property({ type: Number }) width = 400;

  override render() {
    const width = this.width;
    const all = this.series.flatMap((s) => s.values);
    const first = this.series[0]?.values ?? [];
    const latest = first.at(-1);
    const previous = first.at(-2);
    const x = scaleLinear()
      .domain([0, Math.max(...all.map((d) => d.x))])
      .range([45, width - 120]);
    const y = scaleLinear()
      .domain([0, Math.max(...all.map((d) => d.y))])
      .nice()
      .range([HEIGHT - 34, 14]);
    const path = line<Point>()
      .x((d) => x(d.x))
      .y((d) => y(d.y));
    const yTicks = y.ticks(8);
    const xTicks = first.filter((_, index) => index % 2 === 1);
    const parents = this.series.slice(1).map((s) => {
      const value = s.values.at(-1)?.y ?? 0;
      return ` In ${s.name} was het ${percent(value)}; hier is het ${(latest?.y ?? 0) >= value ? 'hoger' : 'lager'}, maar of dat verschil betekenis heeft is niet te zeggen.`;
    });
    const summary = latest && previous ? `${this.heading} in ${this.series[0]!.name} was ${percent(latest.y)} in ${latest.label}. Dat is ${Math.abs(latest.y - previous.y).toFixed(1).replace('.', ',')} procentpunt ${latest.y >= previous.y ? 'hoger' : 'lager'} dan in ${previous.label}.${parents.join('')}` : '';
    return html`<figure>
      <figcaption><span class="title" role="heading" aria-level="3">${this.heading}</span><span class="meta">Percentage · ${this.series.map((s) => s.name).join(', ')} · ${first[0]?.label} tot en met ${latest?.label}</span></figcaption>
      <p>${summary}</p>
      <ul aria-label="Legenda">
        ${this.series.map(
          (s, i) =>
            html`<li class="s${i}"><svg viewBox="0 0 40 16" aria-hidden="true"><line x1="2" x2="38" y1="8" y2="8" stroke="currentColor" stroke-dasharray=${DASHES[i % 3]!}></line><path transform="translate(20 8)" fill="currentColor" d=${symbol(SYMBOLS[i % 3], 64)() ?? ''}></path></svg><span>${s.name}</span></li>`,
        )}
      </ul>
      <div class="plot" role="group" aria-label=${`${this.heading}: grafiek met ${this.series.length} reeksen`}>
        <svg width=${width} height=${HEIGHT} viewBox="0 0 ${width} ${HEIGHT}" aria-hidden="true">
          <path class="grid" d=${yTicks.map((tick) => `M45,${y(tick)}H${width - 120}`).join('')}></path>
          ${yTicks.map((tick) => svg`<text x="37" y=${y(tick)} dy="0.32em" text-anchor="end" fill="currentColor">${tick}%</text>`)}
          <path class="axis" d=${xTicks.map((d) => `M${x(d.x)},${HEIGHT - 34}v6`).join('')}></path>
          ${xTicks.map((d) => svg`<text x=${x(d.x)} y=${HEIGHT - 25} dy="0.71em" text-anchor="middle" fill="currentColor">${d.label}</text>`)}
          ${this.series.map(
            (s, i) =>
              svg`<g class="s${i}"><path class="line" stroke="currentColor" stroke-dasharray=${DASHES[i % 3]!} d=${path(s.values) ?? ''}></path><path fill="currentColor" d=${s.values.map((d) => `M${x(d.x)},${y(d.y)}${MARKERS[i % 3]!}`).join('')}></path><text x=${width - 112} y=${y(s.values.at(-1)?.y ?? 0)} dy="0.32em" fill="currentColor">${s.name}</text></g>`,
          )}
        </svg>
      </div>
      <p class="readout" aria-live="polite"></p>
      <div class="controls">
        <button type="button" aria-expanded="false">Toon tabel</button>
        <span>Downloads:</span>
        <button type="button">CSV</button><button type="button">SVG</button><button type="button">PNG</button>
      </div>
      <div class="table" hidden></div>
      <p class="source">Bron: Benchmark; gepubliceerd 1 januari 2025. <strong>Voorbeeldgegevens: deze cijfers zijn verzonnen ter illustratie.</strong></p>
      <p class="note">Nog geen duiding beschikbaar</p>
    </figure>`;
  }
}
customElements.define('baseline-figure', BaselineFigure);

const container = document.getElementById('charts')!;
const charts = benchSeries(params()).map((chart) => {
  const element = new BaselineFigure();
  // The chart's order: the document's area first, then its parents.
  element.series = [...chart.series].reverse();
  element.heading = chart.title;
  container.append(element);
  return element;
});
// Every width in one layout of the empty hosts, before the first update draws anything.
for (const chart of charts) chart.width = chart.clientWidth || 400;
void Promise.all(charts.map((chart) => chart.updateComplete)).then(() => {
  done();
});
