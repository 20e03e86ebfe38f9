import { css } from 'lit';

export const spotlightStyles = css`
  :host {
    --_spotlight-background: var(--stroomop-spotlight-background, var(--_surface));
    --_spotlight-accent: var(--stroomop-spotlight-accent, var(--_accent));
    --_spotlight-padding: var(--stroomop-spotlight-padding, var(--_space));
  }
  [part='spotlight'] {
    padding: calc(var(--_spotlight-padding) * 1.5);
    color: var(--_text);
    background: var(--_spotlight-background);
    border: 1px solid var(--_border);
    border-block-start: 6px solid var(--_spotlight-accent);
    border-radius: var(--_radius);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  [part='title'] {
    font-size: 1.5em;
  }
  [part='title']:focus:not(:focus-visible) {
    outline: none;
  }
  .month {
    display: block;
    margin-block-end: 0.25em;
    color: var(--_spotlight-accent);
    font-size: var(--_font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .title {
    display: block;
  }
  [part='section-heading'] {
    margin-block-start: 1.25em;
    font-size: 1.125em;
  }
  [part='resource-group-heading'] {
    margin-block-start: 0.75em;
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  [part='topic'],
  .resource-meta,
  .figure-phrase {
    color: var(--_text-subtle);
    font-size: var(--_font-size-small);
  }
  [part='summary'] p {
    max-inline-size: 70ch;
  }
  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  [part='figures'],
  [part='resource-group'] ul {
    list-style: none;
    padding: 0;
  }
  .figure-phrase {
    margin: 0;
  }
  /* Room for a phrase of two lines while the figures' code loads, so little moves when it comes. */
  .figure-phrase.loading {
    min-block-size: 3em;
  }
  .resource-meta {
    display: block;
  }
  [part='resource'] p {
    margin: 0.125em 0 0;
  }
  [part='figure-link'],
  [part='resource-link'] {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125em;
    font-weight: 600;
  }
  .external-icon {
    inline-size: 0.875em;
    block-size: 0.875em;
    margin-inline-start: 0.25em;
    vertical-align: -0.0625em;
  }
  [part='navigation'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-start: 1.5em;
    padding-block-start: var(--_spotlight-padding);
    border-block-start: 1px solid var(--_border);
  }
  [part='navigation'] button[aria-disabled='true'] {
    cursor: default;
    color: var(--_text-subtle);
    border-style: dashed;
  }
  [part='offer'] {
    font-weight: 600;
  }
  [part='empty'] {
    margin: 0;
    padding: var(--_spotlight-padding);
    color: var(--_text-subtle);
    background: var(--_spotlight-background);
    border-radius: var(--_radius);
  }
  @container (max-width: 24rem) {
    [part='spotlight'] {
      padding: var(--_spotlight-padding);
    }
  }
  @media (forced-colors: active) {
    [part='spotlight'] {
      border-color: CanvasText;
    }
    [part='navigation'] button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
