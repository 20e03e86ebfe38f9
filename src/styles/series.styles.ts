import { css } from 'lit';

/**
 * The colours of a chart's series. Only the indicator chart draws series, so only its styles include these: a module
 * of their own, which the other elements' bundles leave out.
 */
export const seriesTokenStyles = css`
  :host {
    --_series-1: var(--stroomop-series-1, #00567d);
    --_series-2: var(--stroomop-series-2, #b34700);
    --_series-3: var(--stroomop-series-3, #5b3f99);
    --_series-4: var(--stroomop-series-4, #2d6a2f);
    --_series-5: var(--stroomop-series-5, #8a2a5c);
    --_series-6: var(--stroomop-series-6, #555555);
  }
`;
