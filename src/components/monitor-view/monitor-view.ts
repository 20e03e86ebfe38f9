import { StroomopMonitorView } from './monitor-view.component.js';

// The elements of the sections are imported by the view when a definition needs them.
export { StroomopMonitorView };

if (!customElements.get('stroomop-monitor-view')) customElements.define('stroomop-monitor-view', StroomopMonitorView);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-monitor-view': StroomopMonitorView;
  }
}
