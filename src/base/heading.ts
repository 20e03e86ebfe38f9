import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a `heading-level` attribute to a real heading level, 1 to 6. */
export function clampLevel(level: number | string | null | undefined, fallback = 2): number {
  const parsed = Number(level);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 6 ? parsed : fallback;
}

/**
 * A real <h1>–<h6> at a computed level, so an element's headings fit the host
 * page's outline. Written out per level because Lit binds no tag names.
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
