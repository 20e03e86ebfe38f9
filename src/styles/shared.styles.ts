import { css } from 'lit';

/**
 * The design tokens every element reads, in one place. Each private property takes, in this order: our public
 * `--stroomop-*` property; the NL Design System component tokens a municipal theme sets (`--nl-*` before
 * `--utrecht-*`: links, focus ring, document, headings, buttons; names as the installed theme packages define them);
 * the NL Design System `--basis-*` token; a literal. So a page themed with an NL Design System theme (Utrecht,
 * Den Haag, the Voorbeeld theme) gives the elements its link colour, focus ring and heading font without a bridge.
 *
 * The base colours and the focus ring's width and style are `--_stroomop-*` properties, registered below with their
 * literal as the initial value: a theme token with an invalid value (`--utrecht-link-color: 12px`) then gives the
 * literal, where an unregistered property would make the declaration that uses it `unset` (a focus outline with an
 * invalid style would vanish). The registration takes the literal from the chain itself, the last argument of its
 * innermost `var()`. The others are not registered: an invalid value there unsets what reads it (a colour inherits
 * the element's text colour, a font the page's font), which is sensible already. docs/embedding.md lists every
 * token read ("Huisstijl / NL Design System").
 */
export const tokenStyles = css`
  :host {
    --_stroomop-text: var(--stroomop-color-text, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_stroomop-text-subtle: var(--stroomop-color-text-subtle, var(--basis-color-default-color-subtle, #4a4a4a));
    --_stroomop-background: var(--stroomop-color-background, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_stroomop-surface: var(--stroomop-color-surface, var(--basis-color-default-bg-subtle, #f2f4f7));
    --_stroomop-border: var(--stroomop-color-border, var(--basis-color-default-border-default, #767676));
    --_stroomop-accent: var(--stroomop-color-accent, var(--basis-color-accent-1-color-default, #00567d));
    --_stroomop-link: var(--stroomop-color-link, var(--nl-link-color, var(--utrecht-link-color, var(--basis-color-action-1-color-default, #0a4f9e))));
        --_stroomop-error: var(--stroomop-color-error, var(--basis-color-negative-color-default, #b00020));
    --_stroomop-focus: var(--stroomop-focus-outline-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a)));
    --_stroomop-focus-width: var(--stroomop-focus-outline-width, var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, 3px)));
    --_stroomop-focus-style: var(--stroomop-focus-outline-style, var(--utrecht-focus-outline-style, var(--basis-focus-outline-style, solid)));
    --_text: var(--_stroomop-text);
    --_text-subtle: var(--_stroomop-text-subtle);
    --_background: var(--_stroomop-background);
    --_surface: var(--_stroomop-surface);
    --_border: var(--_stroomop-border);
    --_accent: var(--_stroomop-accent);
    --_link: var(--_stroomop-link);
    --_link-hover: var(--stroomop-color-link-hover, var(--nl-link-hover-color, var(--utrecht-link-hover-color, var(--basis-color-action-1-color-hover, var(--_link)))));
    --_error: var(--_stroomop-error);
    --_focus: var(--_stroomop-focus);
    --_focus-offset: var(--stroomop-focus-outline-offset, var(--utrecht-focus-outline-offset, var(--basis-focus-outline-offset, 2px)));
    --_focus-ring: var(--_stroomop-focus-width) var(--_stroomop-focus-style) var(--_stroomop-focus);
    --_link-focus: var(--stroomop-focus-color, var(--nl-link-focus-visible-color, var(--utrecht-link-focus-color, var(--utrecht-focus-color, var(--basis-focus-color, var(--_link))))));
    --_link-focus-background: var(--stroomop-focus-background-color, var(--nl-link-focus-visible-background-color, var(--utrecht-link-focus-background-color, var(--basis-focus-background-color, transparent))));
    --_font: var(--stroomop-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)));
    --_font-size: var(--stroomop-font-size, var(--utrecht-document-font-size, var(--basis-text-font-size-md, 1rem)));
    --_font-size-small: var(--stroomop-font-size-small, var(--basis-text-font-size-sm, 0.875rem));
    --_heading-font: var(--stroomop-heading-font-family, var(--nl-heading-level-2-font-family, var(--utrecht-heading-font-family, var(--utrecht-heading-2-font-family, var(--basis-heading-font-family, var(--_font))))));
    --_heading-color: var(--stroomop-heading-color, var(--nl-heading-level-2-color, var(--utrecht-heading-color, var(--basis-heading-color, var(--_text)))));
    --_line-height: var(--stroomop-line-height, var(--utrecht-document-line-height, var(--basis-text-line-height-md, 1.5)));
    --_radius: var(--stroomop-border-radius, var(--basis-border-radius-md, 4px));
    --_space: var(--stroomop-space, var(--basis-space-block-md, 0.75rem));
    --_button-color: var(--stroomop-button-color, var(--nl-button-secondary-color, var(--utrecht-button-secondary-action-color, var(--_text))));
    --_button-background: var(--stroomop-button-background-color, var(--nl-button-secondary-background-color, var(--utrecht-button-secondary-action-background-color, var(--_background))));
    --_button-border: var(--stroomop-button-border-color, var(--nl-button-secondary-border-color, var(--utrecht-button-secondary-action-border-color, var(--_border))));
    --_button-border-width: var(--stroomop-button-border-width, var(--nl-button-secondary-border-width, var(--utrecht-button-secondary-action-border-width, 1px)));
    --_button-radius: var(--stroomop-button-border-radius, var(--nl-button-border-radius, var(--utrecht-button-border-radius, var(--_radius))));
    --_button-font: var(--stroomop-button-font-family, var(--nl-button-font-family, var(--utrecht-button-font-family, var(--_font))));
    --_button-primary-color: var(--stroomop-button-primary-color, var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, var(--_background))));
    --_button-primary-background: var(--stroomop-button-primary-background-color, var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, var(--_accent))));
  }
`;

/** The syntax of a registered token that is not a colour. */
const SYNTAX: Record<string, string> = {
  'focus-width': '<length>',
  // Never `none` or `hidden`: the focus must stay visible, so a theme that says so gets the literal.
  'focus-style': 'solid | dashed | dotted | double | groove | ridge | inset | outset | auto',
};

if (typeof CSS !== 'undefined' && 'registerProperty' in CSS) {
  for (const [, name = '', initialValue] of tokenStyles.cssText.matchAll(/--_stroomop-([\w-]+):[^;}]*,\s*([^,()\s][^,()]*?)\s*\)+(?=[;}])/g)) {
    try {
      CSS.registerProperty({ name: `--_stroomop-${name}`, syntax: SYNTAX[name] ?? '<color>', inherits: true, initialValue });
    } catch {
      // Registered already, by another copy of the library on the page.
    }
  }
}

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
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: var(--_heading-font);
    color: var(--_heading-color);
  }
  a {
    color: var(--_link);
  }
  a:hover {
    color: var(--_link-hover);
  }
  a:focus-visible {
    color: var(--_link-focus);
    background-color: var(--_link-focus-background);
  }
  button {
    font: inherit;
    font-family: var(--_button-font);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25em 0.75em;
    color: var(--_button-color);
    background: var(--_button-background);
    /* Longhands: an invalid theme value unsets one of them (a width of medium, the text colour), not the whole border. */
    border-style: solid;
    border-width: var(--_button-border-width);
    border-color: var(--_button-border);
    border-radius: var(--_button-radius);
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
