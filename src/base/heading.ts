/** A real heading element (h1–h6, `dir="auto"`) at a level set by a `heading-level` attribute, so an element's headings fit the host page's outline. */
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { nothing, type TemplateResult } from 'lit';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading-level attribute to 1–6; anything that is not a number becomes `fallback`. */
export function clampLevel(level: number | string | null | undefined, fallback = 2): number {
  const parsed = typeof level === 'string' ? Number(level) : level;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? Math.min(6, Math.max(1, Math.round(parsed))) : fallback;
}

/** A heading; with `focusTarget` it takes `tabindex="-1"` so focus can be moved to it after a choice or navigation. */
export function heading(level: number, part: string, content: unknown, options: { id?: string; focusTarget?: boolean } = {}): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1]!;
  return staticHtml`<${tag} part=${part} id=${options.id ?? nothing} tabindex=${options.focusTarget ? '-1' : nothing} dir="auto">${content}</${tag}>`;
}
