// The minimal hand-written baseline: a Lit element that draws lines with plain
// SVG paths and d3 scales. No axes, labels, bands, table or accessibility: it
// is the floor the real chart is measured against.
import { LitElement, svg, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { benchSeries, params, done } from './pages/data.js';

interface Series {
  name: string;
  values: { x: number; y: number }[];
}

class BaselineChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    path {
      fill: none;
      stroke-width: 2;
    }
  `;
  @property({ attribute: false }) series: Series[] = [];
  @property() heading = '';

  override render() {
    const width = this.clientWidth || 400;
    const height = 240;
    const all = this.series.flatMap((s) => s.values);
    const x = scaleLinear().domain([0, Math.max(...all.map((d) => d.x))]).range([30, width - 10]);
    const y = scaleLinear().domain([0, 100]).range([height - 20, 10]);
    const path = line<{ x: number; y: number }>().x((d) => x(d.x)).y((d) => y(d.y));
    const colours = ['#00567d', '#b34700', '#5b3f99'];
    return html`<figure>
      <figcaption>${this.heading}</figcaption>
      <svg width=${width} height=${height} role="img" aria-label=${this.heading}>
        ${this.series.map((s, i) => svg`<path d=${path(s.values) ?? ''} stroke=${colours[i % 3]!}></path>`)}
      </svg>
    </figure>`;
  }
}
customElements.define('baseline-chart', BaselineChart);

const container = document.getElementById('charts')!;
const charts = benchSeries(params()).map((chart) => {
  const element = new BaselineChart();
  element.series = chart.series;
  element.heading = chart.title;
  container.append(element);
  return element;
});
void Promise.all(charts.map((chart) => chart.updateComplete)).then(() => {
  done();
});
