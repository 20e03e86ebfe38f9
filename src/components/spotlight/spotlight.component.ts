import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MonitorElement } from '../../base/monitor-element.js';
import { emit } from '../../base/events.js';
import type { MonitorDataset } from '../../data/dataset.js';
import type { Resource, Spotlight, Text } from '../../format/types.generated.js';
import { formatMonth, formatPeriod } from '../../format/period.js';
import { localize, localizeParagraphs, textLang, type Lang } from '../../format/text.js';
import { gateUrl } from '../../format/url.js';
import { tokenStyles, baseStyles } from '../../styles/shared.styles.js';
import { spotlightStyles } from './spotlight.styles.js';
import { spotlightProblems, spotlightStrings, type SpotlightStrings } from './spotlight.strings.js';
import { MONTH_PATTERN, dayOf, formatDuration, parseNow, selectSpotlight } from './select-spotlight.js';
import type { RelatedFigure } from './related-figures.js';
import { clampLevel, heading } from '../../base/heading.js';

/** The prefix of the indicator chart's id, which related figures link to: `#stroomop-indicator-<indicator>`. */
export const CHART_ANCHOR_PREFIX = 'stroomop-indicator-';

/** Resource kinds in the order their groups appear. */
export const RESOURCE_KINDS: readonly Resource['kind'][] = ['podcast', 'talk', 'publication', 'video', 'event'];

export interface StroomopMonthChangeDetail {
  /** The month now shown, `YYYY-MM`. */
  month: string;
  /** The month shown before, `YYYY-MM`. */
  previous: string;
}
export type StroomopMonthChangeEvent = CustomEvent<StroomopMonthChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'stroomop-month-change': StroomopMonthChangeEvent;
  }
}

interface ResourceView {
  resource: Resource;
  /** What the URL gate let through (https:, http:, mailto:); undefined means the title is shown without a link. */
  href: string | undefined;
  /** On another site than the page: marked as an external link. */
  external: boolean;
  duration: string | undefined;
  /** For events: whether the date has passed. */
  past: boolean;
}

type SpotlightView =
  | { kind: 'none' }
  | { kind: 'missing'; month: string; offer: string | undefined }
  | {
      kind: 'found';
      spotlight: Spotlight;
      month: string;
      previous: string | undefined;
      next: string | undefined;
      topicName: Text | undefined;
      figures: FigureView[];
      groups: { kind: Resource['kind']; resources: ResourceView[] }[];
    };

/** A related figure as shown: its phrase is undefined while the figures' code is still loading. */
type FigureView = Pick<RelatedFigure, 'id' | 'title'> & { phrase: string | undefined };

type FiguresModule = typeof import('./related-figures.js');
let figuresModule: FiguresModule | undefined;
let figuresLoading: Promise<FiguresModule | undefined> | undefined;
let figuresFailed = false;
/**
 * The related figures' phrases need the indicator summary and number formats, and their links
 * (the only in-page links here) the code that follows them across shadow roots: that code loads
 * only for a theme with figures, once per page. If it cannot load, the figures keep their links
 * without phrases, and the browser follows them.
 */
function loadFigures(): Promise<FiguresModule | undefined> {
  figuresLoading ??= import('./related-figures.js').then(
    (module) => (figuresModule = module),
    () => {
      figuresFailed = true;
      return undefined;
    },
  );
  return figuresLoading;
}

/** Whether a link leaves the page's site (a path such as `/\host` can too). */
function isExternal(href: string): boolean {
  try {
    return new URL(href, document.baseURI).origin !== location.origin;
  } catch {
    return true;
  }
}

/**
 * The theme of the month: a focus area the monitor puts central for a month,
 * with new insights from the panel, the figures that go with it (latest value
 * and trend in words, linking to the indicator chart), and podcasts, talks,
 * publications, videos and events to learn from together. Shows the current
 * month's theme by the viewer's clock, else the latest earlier one, always
 * with the month named; buttons lead to earlier and later months.
 *
 * @tagname stroomop-spotlight
 * @summary The theme of the month: summary, panel insights, related figures and resources, with navigation between months.
 *
 * @csspart spotlight - The theme (`<section>`), also in the state for a month without theme.
 * @csspart title - The heading (at `heading-level`): the month and the theme's title.
 * @csspart month - "Thema van de maand: november 2026", inside the heading.
 * @csspart topic - The focus area (speerpunt) the theme belongs to.
 * @csspart summary - The summary paragraphs.
 * @csspart section-heading - The headings of insights, figures and resources (one level below the title).
 * @csspart insights - The list of panel insights.
 * @csspart figures - The list of related figures.
 * @csspart figure - One related figure.
 * @csspart figure-link - The indicator's title, linking to its chart (`#stroomop-indicator-<id>`).
 * @csspart resources - The resources section.
 * @csspart resource-group - The resources of one kind, with a heading two levels below the title.
 * @csspart resource-group-heading - The heading of one kind of resources ("Podcasts").
 * @csspart resource - One resource.
 * @csspart resource-link - A resource's link.
 * @csspart external-icon - The arrow marking an external link (its text "(externe link)" is visually hidden).
 * @csspart navigation - The navigation between months (`<nav>`).
 * @csspart previous - The button to the earlier theme.
 * @csspart next - The button to the later theme.
 * @csspart missing - The sentence saying a month has no theme.
 * @csspart offer - The button offering the nearest theme to a month without one.
 * @csspart empty - The sentence shown when there is no theme at all.
 * @csspart status - The loading and idle message (from the base element).
 * @csspart error - The error message, every problem with its path.
 *
 * @cssprop --stroomop-spotlight-background - Background of the theme. Falls back to `--stroomop-color-surface`.
 * @cssprop --stroomop-spotlight-accent - The month label and the theme's top edge. Falls back to `--stroomop-color-accent`.
 * @cssprop --stroomop-spotlight-padding - Padding of the theme. Falls back to `--stroomop-space`.
 * @cssprop --stroomop-color-text - Text colour.
 * @cssprop --stroomop-color-text-subtle - Durations, dates, publishers.
 * @cssprop --stroomop-color-surface - Background of the theme.
 * @cssprop --stroomop-color-background - Background of buttons.
 * @cssprop --stroomop-color-border - Borders.
 * @cssprop --stroomop-color-accent - The month label and top edge.
 * @cssprop --stroomop-color-link - Links.
 * @cssprop --stroomop-focus-outline-color - Focus outline.
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
 * @cssprop --stroomop-button-color - Text of the buttons; then `--nl-button-secondary-color`, `--utrecht-button-secondary-action-color`, the text colour.
 * @cssprop --stroomop-button-background-color - Background of the buttons; then `--nl-button-secondary-background-color`, `--utrecht-button-secondary-action-background-color`, the background.
 * @cssprop --stroomop-button-border-color - Border of the buttons; then `--nl-button-secondary-border-color`, `--utrecht-button-secondary-action-border-color`, the border colour.
 * @cssprop --stroomop-button-border-width - Border width of the buttons; then `--nl-button-secondary-border-width`, `--utrecht-button-secondary-action-border-width`, 1px.
 * @cssprop --stroomop-button-border-radius - Corners of the buttons; then `--nl-button-border-radius`, `--utrecht-button-border-radius`, the radius.
 * @cssprop --stroomop-button-font-family - Font of the buttons; then `--nl-button-font-family`, `--utrecht-button-font-family`, the font.
 *
 * @fires {CustomEvent<StroomopMonthChangeDetail>} stroomop-month-change - The reader moved to another month; `detail.month` is the month now shown, `detail.previous` the one before.
 * @fires {CustomEvent<StroomopLoadDetail>} stroomop-load - The documents were read and validated.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires {CustomEvent<StroomopErrorDetail>} stroomop-error - A document could not be read, or `month` is not a month.
 */
export class StroomopSpotlight extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, spotlightStyles];
  protected static override uiStrings = [spotlightStrings];

  static override properties: PropertyDeclarations = {
    month: { reflect: true },
    now: { converter: { fromAttribute: (value: string | null) => parseNow(value) } },
    area: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    view: { state: true },
    announcement: { state: true },
  };

  /** The month to show, `YYYY-MM`. Empty (default): the current month by the viewer's clock, else the latest earlier month with a theme. Themes after the current month are not shown. Navigation sets it. */
  declare month: string;

  /** "Today", for tests and stories: a `Date`, or as attribute `YYYY-MM-DD`. Default: the viewer's clock. */
  declare now: Date | undefined;

  /** Area code for the related figures. Default: the area the documents are about (`meta.area`). */
  declare area: string;

  /** Level of the heading (1–6, default 2); section headings are one level below, resource kinds two. */
  declare headingLevel: number;

  private declare view: SpotlightView;
  /** What the polite live region says after the reader moved to another month. */
  private declare announcement: string;

  constructor() {
    super();
    this.month = '';
    this.area = '';
    this.headingLevel = 2;
    this.view = { kind: 'none' };
    this.announcement = '';
  }

  private problemReported = false;
  private checkedData: MonitorDataset | undefined;
  private moveFocusIfLost = false;
  private pendingFigures: Promise<void> | undefined;

  private get strings(): SpotlightStrings {
    return spotlightStrings.in(this.effectiveLang);
  }

  /** The month shown now, `YYYY-MM`; empty when no theme is shown. */
  get shownMonth(): string {
    return this.view.kind === 'none' ? '' : this.view.month;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.monitorData;
    if (dataset !== this.checkedData) this.problemReported = false;
    this.checkedData = dataset;
    if (!dataset || !(this.loadState === 'ready' || (this.loadState === 'error' && this.problemReported))) return;
    const month = this.month.trim();
    if (month && !MONTH_PATTERN.test(month)) {
      this.problemReported = true;
      this.view = { kind: 'none' };
      this.reportProblem({ severity: 'error', path: 'month', code: 'format', message: spotlightProblems.month(month) });
      return;
    }
    if (this.problemReported) {
      this.problemReported = false;
      this.issues = [];
      this.loadState = 'ready';
    }
    this.view = this.buildView(dataset, month);
  }

  private buildView(dataset: MonitorDataset, month: string): SpotlightView {
    const now = this.now ?? new Date();
    const selection = selectSpotlight(dataset.spotlights, { month, now });
    if (selection.kind !== 'found') return selection;
    const { spotlight } = selection;
    const lang = this.effectiveLang;
    const today = dayOf(now);
    const resources = spotlight.resources ?? [];
    return {
      kind: 'found',
      spotlight,
      month: selection.month,
      previous: selection.previous,
      next: selection.next,
      topicName: dataset.topics.get(spotlight.topic)?.name,
      figures: this.figures(dataset, spotlight.indicators ?? [], lang),
      groups: RESOURCE_KINDS.map((kind) => ({
        kind,
        resources: resources
          .filter((resource) => resource.kind === kind)
          .map((resource) => {
            const href = gateUrl(resource.url);
            return {
              resource,
              href,
              external: href !== undefined && isExternal(href),
              duration: formatDuration(resource.duration, lang),
              past: resource.date !== undefined && resource.date < today,
            };
          }),
      })).filter((group) => group.resources.length > 0),
    };
  }

  /** The related figures; until their code has loaded, their titles and links with the phrases to come. */
  private figures(dataset: MonitorDataset, indicators: readonly string[], lang: Lang): FigureView[] {
    if (figuresModule) return figuresModule.relatedFigures(dataset, indicators, this.area || undefined, lang);
    const shown = indicators.flatMap((id) => {
      const indicator = dataset.indicators.get(id);
      return indicator ? [{ id, title: localize(indicator.title, lang), phrase: undefined }] : [];
    });
    if (shown.length && !this.pendingFigures && !figuresFailed) {
      const pending = loadFigures().then(() => {
        if (this.pendingFigures === pending) this.pendingFigures = undefined;
        this.requestUpdate();
      });
      this.pendingFigures = pending;
      this.waitFor(pending);
    }
    return shown;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.moveFocusIfLost) return;
    this.moveFocusIfLost = false;
    // The button the reader pressed may be gone (the offer for a month without theme): focus the new heading instead.
    if (!this.shadowRoot?.activeElement) this.shadowRoot?.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  /** Shows another month, as the reader asked: sets `month`, announces it, fires `stroomop-month-change`. */
  private goTo(month: string | undefined): void {
    if (!month) return;
    const previous = this.shownMonth;
    if (month === previous) return;
    this.month = month;
    this.announcement = this.strings.shown(formatMonth(month, this.effectiveLang));
    this.moveFocusIfLost = true;
    emit<StroomopMonthChangeDetail>(this, 'stroomop-month-change', { month, previous });
  }

  /**
   * Follows a figure's link across shadow roots (see src/base/local-links.ts), with the code that comes with the
   * figures' code. A plain click before that code is in waits for it and is then made again, so it goes where it
   * would have gone.
   */
  private readonly onLocalLink = (event: MouseEvent): void => {
    if (figuresModule) {
      figuresModule.followLocalLink(event, this);
      return;
    }
    if (figuresFailed || event.defaultPrevented || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLElement;
    void loadFigures().then(() => link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
  };

  protected renderContent(): TemplateResult {
    const view = this.view;
    return html`${this.renderView(view)}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderView(view: SpotlightView): TemplateResult {
    const strings = this.strings;
    const lang = this.effectiveLang;
    const level = clampLevel(this.headingLevel, 2);
    if (view.kind === 'none') return html`<p part="empty">${strings.empty}</p>`;
    const monthLabel = html`<span part="month" class="month">${strings.themeOfMonth(formatMonth(view.month, lang))}</span>`;
    if (view.kind === 'missing') {
      return html`<section part="spotlight" aria-labelledby="title">
        ${heading(level, 'title', monthLabel, { id: 'title', focusTarget: true })}
        <p part="missing">${strings.missing(formatMonth(view.month, lang))}</p>
        ${view.offer
          ? html`<p><button part="offer" type="button" @click=${() => { this.goTo(view.offer); }}>${strings.offer(formatMonth(view.offer, lang))}</button></p>`
          : nothing}
      </section>`;
    }
    const { spotlight, figures, groups } = view;
    const sub = Math.min(6, level + 1);
    const insights = spotlight.insights ?? [];
    return html`<section part="spotlight" aria-labelledby="title">
      ${heading(
        level,
        'title',
        html`${monthLabel}<span class="visually-hidden">: </span><span class="title" dir="auto" lang=${textLang(spotlight.title, lang)}>${localize(spotlight.title, lang)}</span>`,
        { id: 'title', focusTarget: true },
      )}
      ${view.topicName
        ? html`<p part="topic">${strings.topic}: <span dir="auto" lang=${textLang(view.topicName, lang)}>${localize(view.topicName, lang)}</span></p>`
        : nothing}
      <div part="summary" lang=${textLang(spotlight.summary, lang)}>
        ${localizeParagraphs(spotlight.summary, lang).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}
      </div>
      ${insights.length
        ? html`<section aria-labelledby="insights-heading">
            ${heading(sub, 'section-heading', strings.insights, { id: 'insights-heading' })}
            <ul part="insights">
              ${insights.map((insight) => html`<li dir="auto" lang=${textLang(insight, lang)}>${localize(insight, lang)}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${figures.length
        ? html`<section aria-labelledby="figures-heading">
            ${heading(sub, 'section-heading', strings.figures.heading, { id: 'figures-heading' })}
            <ul part="figures" aria-busy=${this.pendingFigures ? 'true' : 'false'}>
              ${figures.map(
                (figure) => html`<li part="figure">
                  <a part="figure-link" href=${`#${CHART_ANCHOR_PREFIX}${figure.id}`} dir="auto" @click=${this.onLocalLink}>${figure.title}</a>
                  ${figure.phrase !== undefined
                    ? html`<p class="figure-phrase">${figure.phrase}</p>`
                    : this.pendingFigures
                      ? html`<p class="figure-phrase loading"></p>`
                      : nothing}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${groups.length
        ? html`<section part="resources" aria-labelledby="resources-heading">
            ${heading(sub, 'section-heading', strings.resources, { id: 'resources-heading' })}
            ${groups.map(
              (group) => html`<section part="resource-group" aria-labelledby=${`kind-${group.kind}`}>
                ${heading(Math.min(6, level + 2), 'resource-group-heading', strings.kinds[group.kind], { id: `kind-${group.kind}` })}
                <ul>
                  ${group.resources.map((item) => this.renderResource(item, lang))}
                </ul>
              </section>`,
            )}
          </section>`
        : nothing}
      ${view.previous || view.next ? this.renderNavigation(view.previous, view.next, lang) : nothing}
    </section>`;
  }

  private renderResource(item: ResourceView, lang: Lang): TemplateResult {
    const strings = this.strings;
    const { resource, href, external, duration, past } = item;
    const title = html`<span dir="auto" lang=${textLang(resource.title, lang)}>${localize(resource.title, lang)}</span>`;
    const details: TemplateResult[] = [];
    if (duration) details.push(html`<span>${strings.duration}: ${duration}</span>`);
    if (resource.date) {
      const label = resource.kind !== 'event' ? strings.published : past ? strings.eventWas : strings.eventOn;
      details.push(html`<span>${label} <time datetime=${resource.date}>${formatPeriod(resource.date, lang)}</time></span>`);
    }
    if (resource.publisher) details.push(html`<span dir="auto">${resource.publisher}</span>`);
    return html`<li part="resource">
      ${href
        ? html`<a part="resource-link" href=${href} rel="noopener"
            >${title}${external
              ? html`<svg part="external-icon" class="external-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M6 3H3v10h10v-3M9 2h5v5M14 2L7 9" fill="none" stroke="currentColor" stroke-width="1.75" /></svg
                  ><span class="visually-hidden"> ${this.common.externalLink}</span>`
              : nothing}</a
          >`
        : html`<span class="resource-title">${title}</span>`}
      ${details.length
        ? html`<span class="resource-meta">${details.map((detail, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : nothing}${detail}`)}</span>`
        : nothing}
      ${resource.description
        ? html`<p dir="auto" lang=${textLang(resource.description, lang)}>${localize(resource.description, lang)}</p>`
        : nothing}
    </li>`;
  }

  private renderNavigation(previous: string | undefined, next: string | undefined, lang: Lang): TemplateResult {
    const strings = this.strings;
    return html`<nav part="navigation" aria-label=${strings.navigation}>
      <button part="previous" type="button" aria-disabled=${previous ? 'false' : 'true'} @click=${() => { this.goTo(previous); }}>
        <span aria-hidden="true" class="arrow">←</span>
        ${previous ? `${strings.earlier}: ${formatMonth(previous, lang)}` : strings.noEarlier}
      </button>
      <button part="next" type="button" aria-disabled=${next ? 'false' : 'true'} @click=${() => { this.goTo(next); }}>
        ${next ? `${strings.later}: ${formatMonth(next, lang)}` : strings.noLater}
        <span aria-hidden="true" class="arrow">→</span>
      </button>
    </nav>`;
  }
}
