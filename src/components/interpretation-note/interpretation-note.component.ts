import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MonitorElement } from '../../base/monitor-element.js';
import { followLocalLink, idTakenInRoot } from '../../base/local-links.js';
import type { MonitorDataset } from '../../data/dataset.js';
import type { Action, Interpretation } from '../../format/types.generated.js';
import { formatPeriod } from '../../format/period.js';
import type { ValidationIssue } from '../../format/problems.js';
import { localize, localizeParagraphs, textLang, type Lang } from '../../format/text.js';
import { tokenStyles, baseStyles } from '../../styles/shared.styles.js';
import { interpretationNoteStyles } from './interpretation-note.styles.js';
import { interpretationNoteProblems, interpretationNoteStrings, type InterpretationNoteStrings } from './interpretation-note.strings.js';
import { newerPeriod, selectInterpretation, timelineOrder } from './select-interpretation.js';
import { clampLevel, heading } from '../../base/heading.js';

/** The prefix of the id the indicator chart's interpretation marker links to: `#stroomop-duiding-<indicator>`. */
export const NOTE_ANCHOR_PREFIX = 'stroomop-duiding-';
/** The prefix of the indicator chart's id, which the note links back to: `#stroomop-indicator-<indicator>`. */
export const CHART_ANCHOR_PREFIX = 'stroomop-indicator-';

type ActionStatus = Action['status'];

/** One shape per status, so the status never rests on colour: an open circle, a half-filled one, a tick, a pause sign, a cross. */
const STATUS_ICONS: Record<ActionStatus, SVGTemplateResult> = {
  planned: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  done: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.4 2.4 4.6-5" fill="none" stroke="var(--_background)" stroke-width="2"/>`,
  stalled: svg`<rect x="3.5" y="2" width="3" height="12" fill="currentColor"/><rect x="9.5" y="2" width="3" height="12" fill="currentColor"/>`,
  stopped: svg`<rect x="2" y="2" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5 5l6 6M11 5l-6 6" stroke="currentColor" stroke-width="2"/>`,
};

type NoteView =
  | { kind: 'none' }
  | { kind: 'found'; interpretation: Interpretation; newer: string | undefined; actions: Action[] };

const listFormats = new Map<Lang, Intl.ListFormat>();
function joinNames(names: string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(names);
}

/**
 * The interpretation (duiding) of an indicator by the expert council: what
 * the figures mean, the perspectives of youths, parents, professionals,
 * researchers and policy, questions to discuss together, and the improvement
 * actions with their honest status (stalled and stopped shown as plainly as
 * done). Says so when newer figures exist than the note was written for.
 *
 * Selects a note by `indicator` (optionally `area` and `period`) or by `note`
 * id. Selecting by indicator without an id of its own, it takes the id
 * `stroomop-duiding-<indicator>`, which the indicator chart's interpretation
 * marker links to; it links back to `#stroomop-indicator-<indicator>`.
 *
 * @tagname stroomop-interpretation-note
 * @summary The expert council's interpretation of an indicator, with perspectives, questions and improvement actions.
 *
 * @csspart note - The note (`<article>`).
 * @csspart title - The note's title (a heading at `heading-level`).
 * @csspart meta - Authors and date.
 * @csspart stale - The sentence saying newer figures exist than the note was written for.
 * @csspart body - The body paragraphs.
 * @csspart section-heading - The headings of perspectives, questions and actions (one level below the title).
 * @csspart perspectives - The list of perspectives.
 * @csspart perspective - One perspective.
 * @csspart role - The role naming a perspective (youth, parent, professional, researcher, policy).
 * @csspart questions - The list of discussion questions.
 * @csspart actions - The timeline of improvement actions (`<ol>`).
 * @csspart action - One action; also `action-<status>` (`action-planned`, `action-in-progress`, `action-done`, `action-stalled`, `action-stopped`).
 * @csspart action-status - An action's status: a shape and the status in words.
 * @csspart chart-link - The link to the indicator chart ("Bekijk de cijfers").
 * @csspart empty - The sentence shown when there is no interpretation.
 * @csspart status - Also the loading and idle message (from the base element).
 * @csspart error - The error message, every problem with its path.
 *
 * @cssprop --stroomop-interpretation-note-background - Background of the note. Falls back to `--stroomop-color-surface`.
 * @cssprop --stroomop-interpretation-note-accent - The note's edge and the timeline line. Falls back to `--stroomop-color-accent`.
 * @cssprop --stroomop-interpretation-note-padding - Padding of the note. Falls back to `--stroomop-space`.
 * @cssprop --stroomop-interpretation-note-stale-background - Background of the newer-figures sentence. Falls back to `--stroomop-color-background`.
 * @cssprop --stroomop-color-text - Text colour.
 * @cssprop --stroomop-color-text-subtle - Authors, date and expected dates.
 * @cssprop --stroomop-color-surface - Background of the note.
 * @cssprop --stroomop-color-background - Background of the status labels and the newer-figures sentence.
 * @cssprop --stroomop-color-border - Borders.
 * @cssprop --stroomop-color-accent - Accent edge.
 * @cssprop --stroomop-color-link - Links.
 * @cssprop --stroomop-focus-outline-color - Focus outline, and the outline of the note when a link leads to it (`:target`).
 * @cssprop --stroomop-font-family - Font.
 * @cssprop --stroomop-heading-font-family - Font of the headings.
 * @cssprop --stroomop-border-radius - Corner radius.
 * @cssprop --stroomop-space - Base spacing.
 * @cssprop --stroomop-focus-outline-width - Width of the keyboard focus ring; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`, 3px (see docs/embedding.md, Huisstijl / NL Design System).
 * @cssprop --stroomop-focus-outline-style - Style of the focus ring; then `--utrecht-focus-outline-style`, `--basis-focus-outline-style`, solid (`none` gives solid).
 * @cssprop --stroomop-focus-outline-offset - Space between the focus ring and what has focus; then `--utrecht-focus-outline-offset`, `--basis-focus-outline-offset`, 2px.
 * @cssprop --stroomop-heading-color - Colour of the headings; then `--nl-heading-level-2-color`, `--utrecht-heading-color`, `--basis-heading-color`, the text colour.
 * @cssprop --stroomop-color-link-hover - Links under the pointer; then `--nl-link-hover-color`, `--utrecht-link-hover-color`, `--basis-color-action-1-color-hover`, the link colour.
 * @cssprop --stroomop-focus-color - Text of a link with keyboard focus; then `--nl-link-focus-visible-color`, `--utrecht-link-focus-color`, `--utrecht-focus-color`, `--basis-focus-color`, the link colour.
 * @cssprop --stroomop-focus-background-color - Background of a link with keyboard focus; then `--nl-link-focus-visible-background-color`, `--utrecht-link-focus-background-color`, `--basis-focus-background-color`, none.
 *
 * @fires {CustomEvent<StroomopLoadDetail>} stroomop-load - The documents were read and validated.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires {CustomEvent<StroomopErrorDetail>} stroomop-error - A document could not be read, or `note` or `indicator` names nothing in the data.
 */
export class StroomopInterpretationNote extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, interpretationNoteStyles];
  protected static override uiStrings = [interpretationNoteStrings];

  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    area: { reflect: true },
    period: { reflect: true },
    note: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    view: { state: true },
  };

  /** Id of the indicator whose interpretation to show. */
  declare indicator: string;

  /** Area code: a note for this area is preferred over a general one. Default: the area the documents are about (`meta.area`). */
  declare area: string;

  /** A period (`2024`, `2024-Q2`): a note about this period is preferred. */
  declare period: string;

  /** Id of one interpretation; takes precedence over `indicator`. */
  declare note: string;

  /** Level of the note's title (1–6, default 3); the section headings are one level below. */
  declare headingLevel: number;

  private declare view: NoteView;

  constructor() {
    super();
    this.indicator = '';
    this.area = '';
    this.period = '';
    this.note = '';
    this.headingLevel = 3;
    this.view = { kind: 'none' };
  }

  private problemReported = false;
  private checkedData: MonitorDataset | undefined;
  /** The id this element gave itself, so it knows it may change or drop it. */
  private anchorId = '';

  private get strings(): InterpretationNoteStrings {
    return interpretationNoteStrings.in(this.effectiveLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyAnchorId();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.monitorData;
    // New data: a problem reported against the old data no longer stands.
    if (dataset !== this.checkedData) this.problemReported = false;
    this.checkedData = dataset;
    if (!dataset || !(this.loadState === 'ready' || (this.loadState === 'error' && this.problemReported))) return;
    const problem = this.findProblem(dataset);
    if (problem) {
      this.problemReported = true;
      this.view = { kind: 'none' };
      this.reportProblem(problem);
      return;
    }
    if (this.problemReported) {
      this.problemReported = false;
      this.issues = [];
      this.loadState = 'ready';
    }
    const selection = selectInterpretation(dataset.interpretations, {
      note: this.note,
      indicator: this.indicator,
      area: this.area || dataset.homeArea,
      period: this.period,
    });
    this.view =
      selection.kind === 'found'
        ? {
            kind: 'found',
            interpretation: selection.interpretation,
            newer: newerPeriod(selection.interpretation, dataset.observations),
            actions: timelineOrder(selection.interpretation.actions ?? []),
          }
        : { kind: 'none' };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyAnchorId();
  }

  /** The problem with this element's own attributes, if any. */
  private findProblem(dataset: MonitorDataset): ValidationIssue | undefined {
    if (this.note) {
      if (dataset.interpretations.some(({ id }) => id === this.note)) return undefined;
      return { severity: 'error', path: 'note', code: 'unknown-reference', message: interpretationNoteProblems.unknownNote(this.note) };
    }
    if (!this.indicator) return { severity: 'error', path: 'indicator', code: 'missing-attribute', message: interpretationNoteProblems.missingSelection };
    if (!dataset.indicators.has(this.indicator)) {
      return { severity: 'error', path: 'indicator', code: 'unknown-reference', message: interpretationNoteProblems.unknownIndicator(this.indicator) };
    }
    return undefined;
  }

  /**
   * Selecting by indicator without an id of its own, the element takes the id
   * the chart links to, unless another element in the same document already
   * has it.
   */
  private applyAnchorId(): void {
    if (!this.isConnected) return;
    if (this.id && this.id !== this.anchorId) {
      this.anchorId = '';
      return;
    }
    const wanted = this.indicator && !this.note ? `${NOTE_ANCHOR_PREFIX}${this.indicator}` : '';
    if (wanted && wanted === this.id) return;
    if (wanted && !idTakenInRoot(wanted, this)) {
      this.id = wanted;
      this.anchorId = wanted;
    } else if (this.anchorId) {
      this.removeAttribute('id');
      this.anchorId = '';
    }
  }

  protected renderContent(): TemplateResult {
    const view = this.view;
    if (view.kind === 'none') return html`<p part="empty">${this.strings.empty}</p>`;
    const lang = this.effectiveLang;
    const strings = this.strings;
    const { interpretation, newer, actions } = view;
    const level = clampLevel(this.headingLevel, 3);
    const sub = Math.min(6, level + 1);
    const body = localizeParagraphs(interpretation.body, lang);
    const perspectives = interpretation.perspectives ?? [];
    const questions = interpretation.questions ?? [];
    const indicatorTitle = localize(this.monitorData?.indicators.get(interpretation.indicator)?.title, lang);
    return html`<article part="note" aria-labelledby="title">
      ${heading(level, 'title', html`<span lang=${textLang(interpretation.title, lang)}>${localize(interpretation.title, lang)}</span>`, { id: 'title' })}
      <p part="meta">
        ${interpretation.authors.length ? html`<span>${strings.by} <span dir="auto">${joinNames(interpretation.authors, lang)}</span></span><span aria-hidden="true"> · </span>` : nothing}
        <span>${strings.written} <time datetime=${interpretation.date}>${formatPeriod(interpretation.date, lang)}</time></span>
        ${interpretation.writtenFor?.release ? html`<span aria-hidden="true"> · </span><span dir="auto">${strings.release(interpretation.writtenFor.release)}</span>` : nothing}
      </p>
      ${newer && interpretation.writtenFor
        ? html`<p part="stale">${strings.stale(formatPeriod(interpretation.writtenFor.latestPeriod, lang), formatPeriod(newer, lang))}</p>`
        : nothing}
      <div part="body" lang=${textLang(interpretation.body, lang)}>${body.map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>
      ${perspectives.length
        ? html`<section aria-labelledby="perspectives-heading">
            ${heading(sub, 'section-heading', strings.perspectives, { id: 'perspectives-heading' })}
            <ul part="perspectives">
              ${perspectives.map(
                (perspective) => html`<li part="perspective">
                  <span part="role">${this.common.roles[perspective.role]}</span>
                  <p dir="auto" lang=${textLang(perspective.text, lang)}>${localize(perspective.text, lang)}</p>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${questions.length
        ? html`<section aria-labelledby="questions-heading">
            ${heading(sub, 'section-heading', strings.questions, { id: 'questions-heading' })}
            <ul part="questions">
              ${questions.map((question) => html`<li dir="auto" lang=${textLang(question, lang)}>${localize(question, lang)}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${actions.length
        ? html`<section aria-labelledby="actions-heading">
            ${heading(sub, 'section-heading', strings.actions, { id: 'actions-heading' })}
            <p class="intro">${strings.actionsIntro}</p>
            <ol part="actions">
              ${actions.map((action) => this.renderAction(action, lang))}
            </ol>
          </section>`
        : nothing}
      <p class="links">
        <a part="chart-link" href=${`#${CHART_ANCHOR_PREFIX}${interpretation.indicator}`} @click=${this.onLocalLink}
          >${strings.chartLink}${indicatorTitle ? html`<span class="visually-hidden">: ${indicatorTitle}</span>` : nothing}</a
        >
      </p>
    </article>`;
  }

  /** Follows the in-page link across shadow roots (see src/base/local-links.ts). */
  private readonly onLocalLink = (event: MouseEvent): void => {
    followLocalLink(event, this);
  };

  private renderAction(action: Action, lang: Lang): TemplateResult {
    const strings = this.strings;
    const open = action.status === 'planned' || action.status === 'in-progress';
    return html`<li part=${`action action-${action.status}`} class=${`action ${action.status}`}>
      <span part="action-status" class="status">
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${STATUS_ICONS[action.status]}</svg>
        <span>${strings.status[action.status]}</span><span class="visually-hidden">:</span>
      </span>
      <p class="action-text" dir="auto" lang=${textLang(action.text, lang)}>${localize(action.text, lang)}</p>
      ${action.expected || action.owner
        ? html`<p class="action-meta">
            ${action.expected
              ? html`<span>${open ? strings.expected : strings.wasExpected}: ${formatPeriod(action.expected, lang)}</span>`
              : nothing}
            ${action.expected && action.owner ? html`<span aria-hidden="true"> · </span>` : nothing}
            ${action.owner ? html`<span>${strings.owner}: <span dir="auto">${action.owner}</span></span>` : nothing}
          </p>`
        : nothing}
      ${action.note
        ? html`<p class="action-note" dir="auto"><span class="label">${strings.note}:</span> <span lang=${textLang(action.note, lang)}>${localize(action.note, lang)}</span></p>`
        : nothing}
    </li>`;
  }
}
