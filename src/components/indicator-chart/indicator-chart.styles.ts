import { css } from 'lit';
import { seriesTokenStyles } from '../../styles/series.styles.js';

/**
 * Styles of <stroomop-indicator-chart>. Colours of the drawing come from here,
 * through classes on its marks (s0…s5 per series, c-neg-*, c-pos-*,
 * c-neutral per answer category): marks use `currentColor`, so a class that
 * sets `color` paints them. The series colours' tokens (seriesTokenStyles) come
 * first: the chart is the only element that draws series.
 */
export const indicatorChartStyles = [
  seriesTokenStyles,
  css`
  :host {
    --_chart-negative: var(--stroomop-indicator-chart-negative, var(--_series-2));
    --_chart-positive: var(--stroomop-indicator-chart-positive, var(--_series-1));
    --_chart-neutral: var(--stroomop-indicator-chart-neutral, var(--_text-subtle));
    --_chart-grid: var(--stroomop-indicator-chart-grid-color, var(--_border));
    --_chart-focus: var(--stroomop-indicator-chart-focus-color, var(--_focus));
    --_chart-band-opacity: var(--stroomop-indicator-chart-band-opacity, 0.18);
    --_chart-line-width: var(--stroomop-indicator-chart-line-width, 2.5px);
    --_chart-font-size: var(--stroomop-indicator-chart-font-size, 12px);
  }
  [part='status'].reserve {
    /* About the figure's height at this width (text wraps more when narrow), so little moves when the data arrives. */
    min-block-size: var(--stroomop-loading-min-height, calc(300px + 18rem));
  }
  @container (max-width: 35rem) {
    [part='status'].reserve {
      min-block-size: var(--stroomop-loading-min-height, calc(300px + 24rem));
    }
  }
  @container (max-width: 25rem) {
    [part='status'].reserve {
      min-block-size: var(--stroomop-loading-min-height, calc(300px + 32rem));
    }
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .title {
    margin: 0;
    font-size: var(--stroomop-indicator-chart-title-font-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
  }
  .meta,
  .source,
  .interpretation,
  .notes,
  .hint {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_text-subtle);
  }
  .summary {
    margin: 0;
    max-inline-size: 72ch;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    font-size: var(--_font-size-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    inline-size: 40px;
    block-size: 16px;
    flex: none;
    overflow: visible;
  }
  .plot {
    position: relative;
    min-block-size: 4rem;
    border-radius: var(--_radius);
  }
  .plot.line {
    min-block-size: 300px;
  }
  .plot:focus-visible {
    /* The ring's width and style are the theme's (baseStyles); its own colour, and room around the drawing. */
    outline-color: var(--_chart-focus);
    outline-offset: 4px;
  }
  .hint {
    display: none;
  }
  .plot:focus-visible ~ .hint {
    display: block;
  }
  .readout {
    margin: 0;
    min-block-size: 1.5em;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .readout:empty {
    min-block-size: 0;
  }
  .notes ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .controls [part='downloads'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .downloads-label {
    font-size: var(--_font-size-small);
    color: var(--_text-subtle);
    align-self: center;
  }
  .table-wrap {
    overflow: auto;
    max-block-size: var(--stroomop-indicator-chart-table-max-height, 28rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .table-wrap[hidden] {
    display: none;
  }
  table {
    /* Break only words that do not fit on a line of their own: "2019" and "definitief" stay whole; the region scrolls. */
    overflow-wrap: break-word;
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    padding: 0.5em 0.75em;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3em 0.75em;
    text-align: start;
    vertical-align: top;
    border-block-start: 1px solid var(--_surface);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .more {
    margin: 0.5em 0.75em;
  }
  .empty-message {
    min-block-size: 8rem;
  }

  /* The drawing. */
  .stroomop-plot {
    --plot-background: var(--_background);
    display: block;
    block-size: auto;
    max-inline-size: 100%;
    overflow: visible;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_chart-font-size);
  }
  .stroomop-plot text,
  .stroomop-plot tspan {
    white-space: pre;
  }
  .axis {
    color: var(--_text-subtle);
  }
  .grid {
    color: var(--_chart-grid);
    stroke-opacity: 0.3;
  }
  .baseline,
  .centre,
  .interval {
    color: var(--_text);
  }
  .centre {
    stroke-width: 1.5px;
  }
  .s0 {
    color: var(--_series-1);
  }
  .s1 {
    color: var(--_series-2);
  }
  .s2 {
    color: var(--_series-3);
  }
  .s3 {
    color: var(--_series-4);
  }
  .s4 {
    color: var(--_series-5);
  }
  .s5 {
    color: var(--_series-6);
  }
  .band {
    fill-opacity: var(--_chart-band-opacity);
  }
  .line {
    stroke-width: var(--_chart-line-width);
  }
  .dot {
    stroke-width: 1.5px;
  }
  .hollow {
    fill: var(--_background);
  }
  .bar.hollow {
    stroke-width: 2px;
  }
  .label {
    font-weight: 600;
  }
  .label,
  .value-label,
  .row-label,
  .statement,
  .break-label {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value-label,
  .row-label,
  .statement {
    fill: var(--_text);
  }
  .statement {
    font-weight: 600;
  }
  .break {
    color: var(--_text);
    stroke-width: 1.5px;
  }
  .break-label {
    fill: var(--_text-subtle);
  }
  .c-neg-1 {
    color: var(--_chart-negative);
  }
  .c-neg-2 {
    color: color-mix(in srgb, var(--_chart-negative) 60%, var(--_background));
  }
  .c-neg-3 {
    color: color-mix(in srgb, var(--_chart-negative) 32%, var(--_background));
  }
  .c-pos-1 {
    color: var(--_chart-positive);
  }
  .c-pos-2 {
    color: color-mix(in srgb, var(--_chart-positive) 60%, var(--_background));
  }
  .c-pos-3 {
    color: color-mix(in srgb, var(--_chart-positive) 32%, var(--_background));
  }
  .c-neutral {
    color: color-mix(in srgb, var(--_chart-neutral) 30%, var(--_background));
  }
  .segment {
    /* The outline gives every segment 3:1 against the page, however light its fill. */
    stroke: var(--_text-subtle);
    stroke-width: 0.75px;
  }
  .segment-label {
    font-weight: 600;
  }
  .on-strong {
    fill: var(--_background);
  }
  .on-light {
    fill: var(--_text);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_chart-focus);
    stroke-width: 3px;
  }
  .focus-guide {
    stroke: var(--_text-subtle);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
  }
  .swatch-line {
    fill: none;
    stroke: currentColor;
    stroke-width: var(--_chart-line-width);
  }
  .swatch-symbol {
    fill: currentColor;
    stroke: currentColor;
  }
  .swatch-symbol.hollow {
    fill: var(--_background);
    stroke-width: 1.5px;
  }
  .swatch-band {
    fill: currentColor;
    fill-opacity: var(--_chart-band-opacity);
  }
  .swatch-box {
    fill: currentColor;
    stroke: var(--_text-subtle);
    stroke-width: 0.75px;
  }
  .swatch-rule {
    stroke: var(--_text);
    stroke-width: 1.5px;
    stroke-dasharray: 3 3;
  }
  .swatch-whisker {
    stroke: var(--_text);
    stroke-width: 1.5px;
  }

  @media (forced-colors: active) {
    .stroomop-plot,
    .legend svg,
    .s0,
    .s1,
    .s2,
    .s3,
    .s4,
    .s5,
    .axis,
    .grid,
    .baseline,
    .centre,
    .interval,
    .break {
      color: CanvasText;
    }
    .hollow,
    .swatch-symbol.hollow {
      fill: Canvas;
    }
    .band,
    .swatch-band {
      fill-opacity: 0.3;
    }
    .label,
    .value-label,
    .row-label,
    .statement,
    .break-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .swatch-rule,
    .swatch-whisker {
      stroke: CanvasText;
    }
    .segment,
    .swatch-box {
      color: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5px;
    }
    .on-strong,
    .on-light {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .plot:focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
