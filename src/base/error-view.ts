/**
 * The error state of every element: each problem with its path, in a `role="alert"` part. A module of its own, with
 * its words in both languages: only an element with something to report loads it (MonitorElement.renderError).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../format/problems.js';
import type { Lang } from '../format/text.js';

const MAX_SHOWN_ISSUES = 8;

const strings = {
  nl: {
    title: 'Deze gegevens kunnen niet getoond worden',
    more: (count: number) => `en nog ${count} ${count === 1 ? 'probleem' : 'problemen'}`,
  },
  en: {
    title: 'This data cannot be shown',
    more: (count: number) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}`,
  },
};

export function errorView(issues: ValidationIssue[], lang: Lang): TemplateResult {
  const { title, more } = strings[lang];
  const errors = issues.filter(({ severity }) => severity === 'error');
  const shown = errors.slice(0, MAX_SHOWN_ISSUES);
  return html`<div part="error" role="alert">
    <p><strong>${title}</strong></p>
    <ul>
      ${shown.map(
        (issue) => html`<li>${issue.source ? html`<span>${issue.source}</span>: ` : nothing}<code>${issue.path}</code>: ${issue.message[lang]}</li>`,
      )}
      ${errors.length > shown.length ? html`<li>${more(errors.length - shown.length)}</li>` : nothing}
    </ul>
  </div>`;
}
