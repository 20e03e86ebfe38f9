/** A real heading element (h1–h6, `dir="auto"`) at a level set by an attribute; levels beyond 6 stay 6. */
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading-level attribute to 1–6; anything unusable becomes `fallback`. */
export function clampLevel(level: number, fallback: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : fallback;
}

export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = TAGS[clampLevel(level, 3) - 1]!;
  return id === undefined
    ? staticHtml`<${tag} part=${part} dir="auto">${content}</${tag}>`
    : staticHtml`<${tag} part=${part} id=${id} dir="auto">${content}</${tag}>`;
}
