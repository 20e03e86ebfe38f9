import { StroomopIndicatorChart } from './indicator-chart.component.js';

export { StroomopIndicatorChart };
export type { StroomopPointFocusDetail, StroomopPointFocusEvent } from './indicator-chart.component.js';

if (!customElements.get('stroomop-indicator-chart')) customElements.define('stroomop-indicator-chart', StroomopIndicatorChart);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-indicator-chart': StroomopIndicatorChart;
  }
}
