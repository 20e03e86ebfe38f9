// The chart's benchmark page as one bundled script, built exactly as the
// baseline is (bench/run.js): element, Lit, d3 and page logic in one file.
import '../src/components/indicator-chart/indicator-chart.js';
import { drawCharts } from './pages/ours-page.js';

drawCharts();
