// The CDN way: the element's code-split bundle from dist/cdn (see ours-cdn.html).
import '/dist/cdn/indicator-chart.js';
import { drawCharts } from './ours-page.js';

drawCharts();
