/** A real heading element (h1–h6) at the level a `heading-level` attribute asks for. Written out per level: Lit binds no tag names. */
import { html, type TemplateResult } from 'lit';

/** Clamps a heading level to 1–6; anything that is not a number becomes `fallback`. */
export function clampLevel(level: number | undefined, fallback: number): number {
  return level !== undefined && Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : fallback;
}

export function heading(level: number, part: string, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id} dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} dir="auto">${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} dir="auto">${content}</h6>`;
  }
}
