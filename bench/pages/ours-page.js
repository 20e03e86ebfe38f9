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
  // Drawn: every chart's plot holds an SVG with its lines (the legend's swatches are SVG paths too,
  // drawn with the figure before the plot: they must not count). Checked as soon as a shadow root
  // changes (a mutation observer runs right after the script that drew), so the moment is the one
  // Chart.js's page marks when its constructors return, not up to a frame later as polling would.
  const observer = new MutationObserver(check);
  function check() {
    if (!charts.every((chart) => chart.shadowRoot?.querySelector('[part="plot"] svg path'))) return;
    observer.disconnect();
    done();
  }
  for (const chart of charts) if (chart.shadowRoot) observer.observe(chart.shadowRoot, { childList: true, subtree: true });
  if (charts.some((chart) => !chart.shadowRoot)) throw new Error('the charts have no shadow root once connected');
  check();
}
