import { css } from 'lit';

export const monitorViewStyles = css`
  :host {
    --_gap: var(--stroomop-view-gap, calc(var(--_space) * 2));
  }
  [part='header'] {
    margin-block-end: var(--_gap);
  }
  [part='title'] {
    font-size: var(--stroomop-view-title-font-size, 1.75em);
    line-height: 1.2;
    margin: 0 0 0.25em;
  }
  [part='area'] {
    margin: 0 0 0.5em;
    color: var(--_text-subtle);
  }
  [part='intro'] p {
    margin: 0 0 0.75em;
    max-inline-size: 70ch;
  }
  [part='grid'] {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  [part~='section'] {
    min-inline-size: 0;
  }
  .wide {
    grid-column: 1 / -1;
  }
  [part~='section-indicator'] {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 56rem) {
    [part~='section-indicator'].with-note {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    /*
     * Beside a long note the chart stays in view while the note scrolls with
     * the page, but only while the whole chart fits in the viewport (the view
     * sets data-sticky then): a taller chart (its table open) scrolls
     * normally, so nothing in it is ever out of reach or hidden from focus.
     */
    [part~='section-indicator'].with-note > stroomop-indicator-chart[data-sticky] {
      position: sticky;
      inset-block-start: var(--stroomop-view-sticky-top, 0px);
    }
  }
  .section-heading {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
`;
