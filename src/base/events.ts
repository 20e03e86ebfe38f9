/** The events every element fires, typed, prefixed `stroomop-`, bubbling and composed. */
import type { MonitorDataset } from '../data/dataset.js';
import type { ValidationIssue } from '../format/problems.js';

export interface StroomopLoadDetail {
  dataset: MonitorDataset;
  /** Problems that did not stop the data from being shown (unknown fields, for example). */
  warnings: ValidationIssue[];
}

export interface StroomopErrorDetail {
  /** Every problem, each with its path and a message in Dutch and English. */
  issues: ValidationIssue[];
  /** The first problem as one line: `observations[3].value: expected a number, got "12,5"`. */
  message: string;
}

export interface StroomopWarningDetail {
  /** The new warnings: what was left out or withheld, each with its path and a message in Dutch and English. */
  issues: ValidationIssue[];
  /** The first of them as one line. */
  message: string;
}

export type StroomopLoadEvent = CustomEvent<StroomopLoadDetail>;
export type StroomopWarningEvent = CustomEvent<StroomopWarningDetail>;
export type StroomopErrorEvent = CustomEvent<StroomopErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'stroomop-load': StroomopLoadEvent;
    'stroomop-error': StroomopErrorEvent;
    'stroomop-warning': StroomopWarningEvent;
  }
}

export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}
