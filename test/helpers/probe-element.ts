/** A minimal element on the shared base class, to test the loading layer on its own. */
import { html } from 'lit';
import { MonitorElement } from '../../src/base/monitor-element.js';
import type { MonitorDataset } from '../../src/data/dataset.js';

export class StroomopProbe extends MonitorElement {
  protected renderContent(dataset: MonitorDataset) {
    return html`<p part="content">${dataset.indicators.size} indicators, ${dataset.observations.length} observations</p>`;
  }
}
if (!customElements.get('stroomop-probe')) customElements.define('stroomop-probe', StroomopProbe);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-probe': StroomopProbe;
  }
}
