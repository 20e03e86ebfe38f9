import { StroomopMonitorView } from './monitor-view.component.js';
import '../indicator-chart/indicator-chart.js';
import '../interpretation-note/interpretation-note.js';
import '../spotlight/spotlight.js';
import '../quote-stream/quote-stream.js';
import '../narrative-panel/narrative-panel.js';

export { StroomopMonitorView };

if (!customElements.get('stroomop-monitor-view')) customElements.define('stroomop-monitor-view', StroomopMonitorView);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-monitor-view': StroomopMonitorView;
  }
}
