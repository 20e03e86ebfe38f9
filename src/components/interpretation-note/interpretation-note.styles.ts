import { css } from 'lit';

export const interpretationNoteStyles = css`
  :host {
    --_note-background: var(--stroomop-interpretation-note-background, var(--_surface));
    --_note-accent: var(--stroomop-interpretation-note-accent, var(--_accent));
    --_note-padding: var(--stroomop-interpretation-note-padding, var(--_space));
    --_note-stale-background: var(--stroomop-interpretation-note-stale-background, var(--_background));
  }
  [part='note'] {
    padding: calc(var(--_note-padding) * 1.5);
    color: var(--_text);
    background: var(--_note-background);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_note-accent);
    border-radius: var(--_radius);
  }
  :host(:target) [part='note'] {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
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
    font-size: 1.375em;
  }
  [part='section-heading'] {
    margin-block-start: 1.25em;
    font-size: 1.125em;
  }
  p {
    margin: 0 0 0.75em;
  }
  [part='meta'],
  .action-meta,
  .intro {
    color: var(--_text-subtle);
    font-size: var(--_font-size-small);
  }
  [part='stale'] {
    padding: 0.5em 0.75em;
    background: var(--_note-stale-background);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_text);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  [part='body'] p {
    max-inline-size: 70ch;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  [part='perspectives'] {
    list-style: none;
    padding: 0;
  }
  [part='perspective'] {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  [part='perspective'] p {
    margin: 0;
  }
  [part='role'] {
    font-weight: 700;
    font-size: var(--_font-size-small);
  }
  [part='actions'] {
    list-style: none;
    padding: 0;
    margin-inline-start: 0.5em;
    border-inline-start: 2px solid var(--_note-accent);
  }
  .action {
    position: relative;
    padding-block: 0.25em;
    padding-inline-start: 1.25em;
  }
  .action::before {
    /* The timeline's tick; the status shape says the rest. */
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 1em;
    inline-size: 0.75em;
    border-block-start: 2px solid var(--_note-accent);
  }
  .action p {
    margin: 0.125em 0 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.0625em 0.5em;
    font-weight: 700;
    font-size: var(--_font-size-small);
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  .action-note .label {
    font-weight: 600;
  }
  .links {
    margin: 1em 0 0;
  }
  .links a {
    display: inline-block;
    padding-block: 0.25em;
    min-block-size: 24px;
  }
  [part='empty'] {
    margin: 0;
    padding: var(--_note-padding);
    color: var(--_text-subtle);
    background: var(--_note-background);
    border-radius: var(--_radius);
  }
  @container (max-width: 24rem) {
    [part='note'] {
      padding: var(--_note-padding);
    }
  }
  @media (forced-colors: active) {
    [part='note'],
    [part='stale'],
    .status {
      border-color: CanvasText;
    }
    .icon {
      forced-color-adjust: auto;
    }
  }
`;
