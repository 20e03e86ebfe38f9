import { css } from 'lit';

export const narrativePanelStyles = css`
  :host {
    --_np-gap: var(--stroomop-narrative-panel-gap, var(--_space));
    --_np-video-background: var(--stroomop-narrative-panel-video-background, var(--_surface));
  }
  [part~='base'] {
    display: grid;
    gap: calc(var(--_np-gap) * 1.5);
  }
  @container (min-width: 46rem) {
    .several {
      grid-template-columns: minmax(0, 1fr) var(--stroomop-narrative-panel-list-width, 20rem);
      align-items: start;
    }
  }
  [part~='player'] {
    display: grid;
    gap: var(--_np-gap);
    min-inline-size: 0;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  [part~='title']:focus:not(:focus-visible) {
    outline: none;
  }
  [part~='meta'],
  [part~='choice-meta'],
  [part~='list-label'] {
    margin: 0;
    color: var(--_text-subtle);
    font-size: var(--_font-size-small);
  }
  [part~='role'] {
    font-weight: 600;
  }
  [part~='video'],
  [part~='embed'],
  [part~='consent'] {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    background: var(--_np-video-background);
    border: 0;
    border-radius: var(--_radius);
  }
  [part~='consent'] {
    display: grid;
    aspect-ratio: auto;
    overflow: hidden;
  }
  [part~='poster'] {
    inline-size: 100%;
    block-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .consent-panel {
    padding: var(--_np-gap);
    color: var(--_text);
    background: var(--_surface);
  }
  /* Wide enough: the sentence and the button lie over the bottom of the poster, like a player. */
  @container (min-width: 30rem) {
    [part~='consent'] {
      min-block-size: 12rem;
    }
    [part~='consent'] > * {
      grid-area: 1 / 1;
    }
    .consent-panel {
      align-self: end;
      margin: var(--_np-gap);
      background: var(--_background);
      border-radius: var(--_radius);
    }
  }
  [part~='consent-text'] {
    margin: 0 0 var(--_np-gap);
    font-size: var(--_font-size-small);
  }
  [part~='consent-button'] {
    font-weight: 600;
    color: var(--_button-primary-color);
    background: var(--_button-primary-background);
    border-color: var(--_button-primary-background);
  }
  [part~='unavailable'] {
    margin: 0;
    padding: var(--_np-gap);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  [part~='transcript'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='transcript-summary'] {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    padding-inline: var(--_np-gap);
    font-weight: 600;
    cursor: pointer;
    list-style-position: inside;
  }
  [part~='transcript-summary']::before {
    content: '▸' / '';
    margin-inline-end: 0.5em;
  }
  [part~='transcript'][open] > [part~='transcript-summary']::before {
    content: '▾' / '';
  }
  [part~='transcript-summary']::-webkit-details-marker {
    display: none;
  }
  [part~='transcript-summary'] {
    list-style: none;
  }
  [part~='transcript-text'] {
    padding: 0 var(--_np-gap) var(--_np-gap);
  }
  [part~='transcript-text'] p {
    margin: 0 0 0.75em;
  }
  [part~='transcript-text'] p:last-child {
    margin: 0;
  }
  [part~='indicators'] p {
    margin: 0;
    font-weight: 600;
  }
  [part~='indicators'] ul,
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='indicators'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  [part~='indicator-link'] {
    display: inline-block;
    padding-block: 0.25em;
  }
  .choices {
    display: grid;
    gap: 0.5em;
    min-inline-size: 0;
  }
  [part~='list'] {
    display: grid;
    gap: 0.5em;
  }
  [part~='choice'] {
    display: flex;
    gap: 0.75em;
    align-items: center;
    inline-size: 100%;
    padding: 0.5em;
    text-align: start;
    color: var(--_text);
    background: var(--stroomop-narrative-panel-choice-background, var(--_surface));
    border: 2px solid transparent;
  }
  [part~='choice'][aria-pressed='true'] {
    border-color: var(--stroomop-narrative-panel-choice-selected, var(--_accent));
  }
  [part~='choice-poster'] {
    flex: none;
    inline-size: 6rem;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .choice-text {
    display: grid;
    min-inline-size: 0;
  }
  [part~='choice-title'] {
    font-weight: 600;
    hyphens: auto;
  }
  [part~='empty'] {
    margin: 0;
    padding: var(--_np-gap);
    color: var(--_text-subtle);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    [part~='choice'][aria-pressed='true'] {
      border-color: Highlight;
    }
    [part~='choice'] {
      border-color: ButtonText;
    }
  }
`;
