import { StroomopSpotlight } from './spotlight.component.js';

export { StroomopSpotlight };
export type { StroomopMonthChangeDetail, StroomopMonthChangeEvent } from './spotlight.component.js';
if (!customElements.get('stroomop-spotlight')) customElements.define('stroomop-spotlight', StroomopSpotlight);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-spotlight': StroomopSpotlight;
  }
}
