import { css } from 'lit';

export const quoteStreamStyles = css`
  :host {
    --_qs-quote-background: var(--stroomop-quote-stream-quote-background, var(--_surface));
    --_qs-accent: var(--stroomop-quote-stream-accent, var(--_accent));
    --_qs-gap: var(--stroomop-quote-stream-gap, var(--_space));
  }
  [part~='heading'] {
    margin: 0 0 var(--_qs-gap);
    font-size: 1.25em;
    line-height: 1.25;
  }
  [part~='region'] {
    position: relative;
    max-block-size: var(--stroomop-quote-stream-max-height, 28rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The element keeps the reader's place itself when reactions are added above. */
    overflow-anchor: none;
    border-radius: var(--_radius);
  }
  [part~='list'] {
    display: grid;
    gap: var(--_qs-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    border-radius: var(--_radius);
  }
  [part~='quote'] {
    margin: 0;
    padding: var(--_qs-gap) calc(var(--_qs-gap) * 1.5);
    background: var(--_qs-quote-background);
    border-inline-start: 4px solid var(--_qs-accent);
    border-radius: var(--_radius);
  }
  [part~='text'] {
    margin: 0;
    font-size: var(--stroomop-quote-stream-font-size, 1.0625em);
  }
  [part~='text'] p {
    margin: 0;
    white-space: pre-line;
  }
  [part~='caption'] {
    margin-block-start: 0.5em;
    color: var(--_text-subtle);
    font-size: var(--_font-size-small);
  }
  [part~='role'] {
    font-weight: 600;
  }
  [part~='new'] {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    justify-content: center;
    block-size: 0;
    overflow: visible;
  }
  [part~='new-button'] {
    margin-block-start: 0.5rem;
    font-weight: 600;
    border-width: 2px;
    border-color: var(--_qs-accent);
    box-shadow: 0 2px 6px color-mix(in srgb, var(--_text) 30%, transparent);
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: var(--_qs-gap);
  }
  [part~='toggle'] {
    font-weight: 600;
    border-width: 2px;
  }
  .icon {
    display: inline-block;
    min-inline-size: 1em;
    text-align: center;
  }
  [part~='slide'] {
    min-block-size: var(--stroomop-quote-stream-slide-min-height, 8rem);
  }
  [part~='position'] {
    margin: 0 0 0.5em;
    color: var(--_text-subtle);
    font-size: var(--_font-size-small);
  }
  [part~='show-all'] {
    margin-block: var(--_qs-gap);
  }
  [part~='empty'] {
    margin: 0;
    padding: var(--_qs-gap);
    color: var(--_text-subtle);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    [part~='quote'] {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
