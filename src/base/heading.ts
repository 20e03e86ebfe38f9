/** A real heading element (h1–h6, `dir="auto"`) at a level set by a `heading-level` attribute, so an element's headings fit the host page's outline. */
import { html, nothing, type TemplateResult } from 'lit';

/** Clamps a heading-level attribute to 1–6; anything that is not a number becomes `fallback`. */
export function clampLevel(level: number | string | null | undefined, fallback = 2): number {
  const parsed = typeof level === 'string' ? Number(level) : level;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? Math.min(6, Math.max(1, Math.round(parsed))) : fallback;
}

/**
 * A heading; with `focusTarget` it takes `tabindex="-1"` so focus can be moved to it after a choice or navigation.
 * One plain template per level rather than lit/static-html's dynamic tag: six short templates weigh less than
 * that module in every element's first load, and Lit caches them like any other.
 */
export function heading(level: number, part: string, content: unknown, options: { id?: string; focusTarget?: boolean } = {}): TemplateResult {
  const id = options.id ?? nothing;
  const tabindex = options.focusTarget ? '-1' : nothing;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} tabindex=${tabindex} dir="auto">${content}</h6>`;
  }
}
