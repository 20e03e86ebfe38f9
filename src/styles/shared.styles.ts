import { css } from 'lit';

/**
 * The design tokens every element reads. Each public `--stroomop-*` property
 * falls back to an NL Design System `--basis-*` token, then to a literal, so a
 * municipality's house style applies without configuration. Private `--_*`
 * names keep the fallback chain in one place.
 */
export const tokenStyles = css`
  :host {
    --_text: var(--stroomop-color-text, var(--basis-color-default-color-document, #1a1a1a));
    --_text-subtle: var(--stroomop-color-text-subtle, var(--basis-color-default-color-subtle, #4a4a4a));
    --_background: var(--stroomop-color-background, var(--basis-color-default-bg-document, #ffffff));
    --_surface: var(--stroomop-color-surface, var(--basis-color-default-bg-subtle, #f2f4f7));
    --_border: var(--stroomop-color-border, var(--basis-color-default-border-default, #767676));
    --_accent: var(--stroomop-color-accent, var(--basis-color-accent-1-color-default, #00567d));
    --_link: var(--stroomop-color-link, var(--basis-color-action-1-color-default, #0a4f9e));
    --_error: var(--stroomop-color-error, var(--basis-color-negative-color-default, #b00020));
    --_focus: var(--stroomop-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a));
    --_font: var(--stroomop-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--stroomop-font-size, var(--basis-text-font-size-md, 1rem));
    --_font-size-small: var(--stroomop-font-size-small, var(--basis-text-font-size-sm, 0.875rem));
    --_heading-font: var(--stroomop-heading-font-family, var(--basis-heading-font-family, var(--_font)));
    --_line-height: var(--stroomop-line-height, var(--basis-text-line-height-md, 1.5));
    --_radius: var(--stroomop-border-radius, var(--basis-border-radius-md, 4px));
    --_space: var(--stroomop-space, var(--basis-space-block-md, 0.75rem));
  }
`;

/** Layout, focus and state styles every element shares. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_link);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25em 0.75em;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part='status'] {
    min-block-size: var(--stroomop-loading-min-height, 8rem);
    display: grid;
    place-items: center;
    color: var(--_text-subtle);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  [part='error'] {
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_background);
  }
  [part='error'] p {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  [part='error'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part='error'] code {
    font-family: var(--basis-text-font-family-monospace, ui-monospace, monospace);
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    [part='error'] {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
