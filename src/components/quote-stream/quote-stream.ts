import { StroomopQuoteStream } from './quote-stream.component.js';

export { StroomopQuoteStream };
export type { StroomopQuoteChangeDetail, StroomopQuoteChangeEvent } from './quote-stream.component.js';

if (!customElements.get('stroomop-quote-stream')) customElements.define('stroomop-quote-stream', StroomopQuoteStream);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-quote-stream': StroomopQuoteStream;
  }
}
