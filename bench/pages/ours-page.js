import { benchDocument, params, done } from './data.js';

/** Draws the benchmark's charts with <stroomop-indicator-chart>, once the element is defined by whoever loads this. */
export function drawCharts() {
  const options = params();
  const document_ = benchDocument(options);
  const container = document.getElementById('charts');
  const charts = document_.indicators.map((indicator) => {
    const chart = document.createElement('stroomop-indicator-chart');
    chart.setAttribute('indicator', indicator.id);
    chart.data = document_;
    container.append(chart);
    return chart;
  });
  // Drawn: every chart's shadow root holds an SVG with its lines.
  function check() {
    const drawn = charts.every((chart) => chart.shadowRoot?.querySelector('svg path'));
    if (drawn) done();
    else requestAnimationFrame(check);
  }
  check();
}
