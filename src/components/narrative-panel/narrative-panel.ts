import { StroomopNarrativePanel } from './narrative-panel.component.js';

export { StroomopNarrativePanel };
export type { StroomopConsentDetail, StroomopConsentEvent } from './narrative-panel.component.js';

if (!customElements.get('stroomop-narrative-panel')) customElements.define('stroomop-narrative-panel', StroomopNarrativePanel);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-narrative-panel': StroomopNarrativePanel;
  }
}
