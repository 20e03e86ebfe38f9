import { StroomopInterpretationNote } from './interpretation-note.component.js';

export { StroomopInterpretationNote };
if (!customElements.get('stroomop-interpretation-note')) customElements.define('stroomop-interpretation-note', StroomopInterpretationNote);

declare global {
  interface HTMLElementTagNameMap {
    'stroomop-interpretation-note': StroomopInterpretationNote;
  }
}
