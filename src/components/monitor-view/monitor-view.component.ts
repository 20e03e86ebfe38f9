import { html, nothing, type noChange, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MonitorElement } from '../../base/monitor-element.js';
import { heading, clampLevel } from '../../base/heading.js';
import { tokenStyles, baseStyles } from '../../styles/shared.styles.js';
import type { MonitorDataset } from '../../data/dataset.js';
import { absoluteUrl, fetchJson, parseSrc } from '../../data/loader.js';
import { localize, localizeParagraphs } from '../../format/text.js';
import { formatIssue, type ValidationIssue } from '../../format/problems.js';
import { emit, type StroomopErrorDetail } from '../../base/events.js';
import { checkViewAgainstData, comparisonAreas, validateView, viewArea, viewSources, type MonitorViewDefinition, type Section } from '../../view/view-model.js';
import { monitorViewStyles } from './monitor-view.styles.js';
import { monitorViewStrings } from './monitor-view.strings.js';

/**
 * The element modules each kind of section needs, loaded when a definition
 * uses them: a view with only quotes never downloads the chart code. Elements
 * rendered before their module arrives upgrade when it defines them.
 */
const SECTION_MODULES: Record<Section['type'], readonly (() => Promise<unknown>)[]> = {
  indicator: [() => import('../indicator-chart/indicator-chart.js'), () => import('../interpretation-note/interpretation-note.js')],
  interpretation: [() => import('../interpretation-note/interpretation-note.js')],
  spotlight: [() => import('../spotlight/spotlight.js')],
  quotes: [() => import('../quote-stream/quote-stream.js')],
  narratives: [() => import('../narrative-panel/narrative-panel.js')],
};

/** Loads the element modules the sections need (each once per page; the module loader caches them). */
function loadSectionElements(sections: readonly Section[]): Promise<void> {
  const loaders = new Set(sections.flatMap((section) => (section.type === 'indicator' && section.note === false ? SECTION_MODULES.indicator.slice(0, 1) : SECTION_MODULES[section.type])));
  return Promise.all(
    [...loaders].map((load) =>
      load().catch((error: unknown) => {
        console.error('stroomop-monitor-view: an element could not be loaded', error);
      }),
    ),
  ).then(() => undefined);
}

/**
 * One monitor view, composed from a view definition: indicator charts each with
 * their interpretation note, a spotlight, a quote stream and narratives. The
 * same definition serves the nation, a youth-care region, a municipality or an
 * organisation: set `area`, and every chart compares it with its parent areas.
 *
 * An indicator section with its note spans the whole grid (`wide`); a chart
 * without note takes one column. In a wide view the note sits beside the
 * chart, and the chart stays in view while a long note scrolls, as long as the
 * whole chart fits in the viewport; in a narrow view the note follows the chart.
 * The view loads the code of only the elements its sections use.
 *
 * @summary A whole StroomOP monitor view for any area, from one view definition.
 * @tagname stroomop-monitor-view
 *
 * @csspart header - The view's title, area line and introduction.
 * @csspart title - The view's title.
 * @csspart area - The line naming the area and the areas it is compared with.
 * @csspart intro - The introduction paragraphs.
 * @csspart grid - The responsive grid of sections.
 * @csspart section - Every section; also `section-<type>` (section-indicator, section-spotlight, ...).
 * @csspart status - The loading and empty states.
 * @csspart error - The error state: every problem with its path.
 *
 * @cssprop --stroomop-view-gap - Space between sections. Default: twice --stroomop-space.
 * @cssprop --stroomop-view-title-font-size - Size of the view's title. Default: 1.75em.
 * @cssprop --stroomop-view-sticky-top - Where a chart beside its interpretation note stays while the note scrolls (below a sticky page header, say). Default: 0px.
 * @cssprop --stroomop-color-text - Text colour (falls back to --basis-color-default-color-document).
 * @cssprop --stroomop-color-background - Background colour (falls back to --basis-color-default-bg-document).
 * @cssprop --stroomop-font-family - Font family (falls back to --basis-text-font-family-default).
 * @cssprop --stroomop-focus-outline-width - Width of the keyboard focus ring; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`, 3px (see docs/embedding.md, Huisstijl / NL Design System).
 * @cssprop --stroomop-focus-outline-style - Style of the focus ring; then `--utrecht-focus-outline-style`, `--basis-focus-outline-style`, solid (`none` gives solid).
 * @cssprop --stroomop-focus-outline-offset - Space between the focus ring and what has focus; then `--utrecht-focus-outline-offset`, `--basis-focus-outline-offset`, 2px.
 * @cssprop --stroomop-heading-color - Colour of the headings; then `--nl-heading-level-2-color`, `--utrecht-heading-color`, `--basis-heading-color`, the text colour.
 *
 * @fires stroomop-load - The documents were read and validated; detail: `{ dataset, warnings }`.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires stroomop-error - The view definition or a document could not be read, or names an unknown area or indicator; detail: `{ issues, message }`.
 */
export class StroomopMonitorView extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, monitorViewStyles];
  protected static override uiStrings = [monitorViewStrings];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    definition: { attribute: false },
    area: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    viewDefinition: { state: true },
    viewUrl: { state: true },
    viewProblems: { state: true },
    viewLoading: { state: true },
  };

  /** URL of the view definition (JSON, see docs/views.md). Relative sources in it resolve against this URL. */
  declare view: string;

  /** The view definition as an object; takes precedence over `view`. */
  declare definition: MonitorViewDefinition | undefined;

  /** Code of the area to show (`NL01`, a youth-care region, `GM0344`, an organisation). Default: the definition's, else the documents' own area. */
  declare area: string;

  /** Level of the view's title (1–6); section headings take the next level. Default 2. */
  declare headingLevel: number;

  private declare viewDefinition: MonitorViewDefinition | undefined;
  private declare viewUrl: string | undefined;
  private declare viewProblems: ValidationIssue[];
  private declare viewLoading: boolean;

  private viewController: AbortController | undefined;
  /** Watches the height of charts beside a note: they stay in view only while they fit in the viewport. */
  private chartSizes: ResizeObserver | undefined;
  private readonly observedCharts = new Set<Element>();
  private readonly fitCharts = (): void => {
    const viewport = window.innerHeight;
    for (const chart of this.renderRoot.querySelectorAll<HTMLElement>('.with-note > stroomop-indicator-chart')) {
      const top = parseFloat(getComputedStyle(chart).insetBlockStart) || 0;
      chart.toggleAttribute('data-sticky', chart.getBoundingClientRect().height + top <= viewport);
    }
  };
  /** Settles when the element modules of the definition's sections are defined. */
  private sectionElements: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.view = '';
    this.area = '';
    this.headingLevel = 2;
    this.viewProblems = [];
    this.viewLoading = false;
  }

  private get strings() {
    return monitorViewStrings.in(this.effectiveLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') || changed.has('definition')) void this.readDefinition();
    super.willUpdate(changed);
    const watched = changed as PropertyValues;
    if (this.loadState === 'ready' && this.monitorData && this.viewDefinition && (watched.has('area') || watched.has('monitorData') || watched.has('viewDefinition'))) {
      const problems = checkViewAgainstData(this.viewDefinition, this.monitorData, viewArea(this.viewDefinition, this.monitorData, this.area));
      if (problems[0]) this.reportProblem(problems[0]);
    }
  }

  protected override sourceUrls(): string[] {
    const own = parseSrc(this.src);
    if (own.length) return own;
    return this.viewDefinition ? viewSources(this.viewDefinition, this.viewUrl) : [];
  }

  private async readDefinition(): Promise<void> {
    this.viewController?.abort();
    const controller = new AbortController();
    this.viewController = controller;
    let value: unknown = this.definition;
    let source: string | undefined;
    if (value === undefined && this.view) {
      source = absoluteUrl(this.view);
      this.viewLoading = true;
      try {
        const result = await fetchJson(source, controller.signal);
        if (controller !== this.viewController) return;
        if (!result.ok) {
          this.failView([result.issue]);
          return;
        }
        value = result.document;
      } catch {
        return;
      } finally {
        if (controller === this.viewController) this.viewLoading = false;
      }
    }
    if (value === undefined) {
      this.viewDefinition = undefined;
      return;
    }
    const { definition, issues } = validateView(value, source);
    if (!definition) {
      this.failView(issues);
      return;
    }
    this.viewProblems = [];
    this.sectionElements = loadSectionElements(definition.sections);
    this.viewDefinition = definition;
    this.viewUrl = source ?? document.baseURI;
    // The page's own audience attribute wins over the definition's.
    if (definition.audience && !this.hasAttribute('audience')) this.audience = definition.audience;
    void this.load();
  }

  /** Also waits until the elements of the sections are defined, so `await view.updateComplete` sees them upgraded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.sectionElements;
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.fitCharts);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.fitCharts);
    this.chartSizes?.disconnect();
    this.chartSizes = undefined;
    this.observedCharts.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const charts = new Set(this.renderRoot.querySelectorAll('.with-note > stroomop-indicator-chart'));
    for (const chart of this.observedCharts) {
      if (charts.has(chart)) continue;
      this.chartSizes?.unobserve(chart);
      this.observedCharts.delete(chart);
    }
    for (const chart of charts) {
      if (this.observedCharts.has(chart)) continue;
      this.chartSizes ??= new ResizeObserver(this.fitCharts);
      this.chartSizes.observe(chart);
      this.observedCharts.add(chart);
    }
  }

  private failView(issues: ValidationIssue[]): void {
    this.viewProblems = issues;
    this.viewDefinition = undefined;
    const first = issues[0];
    emit<StroomopErrorDetail>(this, 'stroomop-error', { issues, message: first ? formatIssue(first, 'en') : 'invalid view' });
  }

  protected override renderState(): TemplateResult | typeof nothing | typeof noChange {
    if (this.viewProblems.length) return this.renderError(this.viewProblems);
    if (this.viewLoading) return html`<div part="status" role="status">${this.strings.viewLoading}</div>`;
    if (!this.viewDefinition) return html`<div part="status">${this.strings.noView}</div>`;
    return super.renderState();
  }

  protected renderContent(dataset: MonitorDataset): TemplateResult {
    const definition = this.viewDefinition!;
    const lang = this.effectiveLang;
    const level = clampLevel(this.headingLevel);
    const area = viewArea(definition, dataset, this.area);
    const areas = comparisonAreas(dataset, area);
    const [own, ...parents] = areas.split(' ').filter(Boolean).map((code) => dataset.areas.get(code)?.name ?? code);
    const sources = this.sourceUrls().join(' ');
    return html`
      <header part="header">
        ${heading(level, 'title', localize(definition.title, lang))}
        ${own ? html`<p part="area">${this.strings.comparedWith(own, parents)}</p>` : nothing}
        ${definition.intro ? html`<div part="intro">${localizeParagraphs(definition.intro, lang).map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>` : nothing}
      </header>
      <div part="grid">${definition.sections.map((section, index) => this.renderSection(section, index, { sources, area, areas, level: level + 1 }))}</div>
    `;
  }

  private renderSection(section: Section, index: number, context: { sources: string; area: string | undefined; areas: string; level: number }): TemplateResult {
    const { sources, area, areas, level } = context;
    const lang = this.effectiveLang;
    const audience = this.audience;
    const title = section.title ? localize(section.title, lang) : undefined;
    const headingId = `section-${index}`;
    const titled = (content: TemplateResult) =>
      title ? html`${heading(level, 'section-heading', title, { id: headingId })}${content}` : content;
    const label = title ? headingId : undefined;
    switch (section.type) {
      case 'indicator': {
        const withNote = section.note !== false;
        // Wide spans the whole grid; by default a chart with its note is wide, a chart alone takes a column.
        const wide = section.wide ?? withNote;
        return html`<section part="section section-indicator" class=${[withNote ? 'with-note' : '', wide ? 'wide' : ''].filter(Boolean).join(' ')} aria-labelledby=${label ?? nothing}>
          ${title ? heading(level, 'section-heading', title, { id: headingId }) : nothing}
          <stroomop-indicator-chart
            src=${sources}
            audience=${audience}
            indicator=${section.indicator}
            areas=${areas}
            heading-level=${level + (title ? 1 : 0)}
            type=${section.chartType ?? nothing}
            periods=${section.periods ?? nothing}
            breakdown=${section.breakdown ?? nothing}
          ></stroomop-indicator-chart>
          ${withNote
            ? html`<stroomop-interpretation-note src=${sources} audience=${audience} indicator=${section.indicator} area=${area ?? nothing} heading-level=${level + (title ? 1 : 0)}></stroomop-interpretation-note>`
            : nothing}
        </section>`;
      }
      case 'interpretation':
        return html`<section part="section section-interpretation" aria-labelledby=${label ?? nothing}>
          ${titled(html`<stroomop-interpretation-note src=${sources} audience=${audience} indicator=${section.indicator ?? nothing} note=${section.note ?? nothing} area=${area ?? nothing} heading-level=${level + (title ? 1 : 0)}></stroomop-interpretation-note>`)}
        </section>`;
      case 'spotlight':
        return html`<section part="section section-spotlight" aria-labelledby=${label ?? nothing} aria-label=${label ? nothing : this.strings.sectionLabel.spotlight}>
          ${titled(html`<stroomop-spotlight src=${sources} audience=${audience} month=${section.month ?? nothing} area=${area ?? nothing} heading-level=${level + (title ? 1 : 0)}></stroomop-spotlight>`)}
        </section>`;
      case 'quotes':
        return html`<section part="section section-quotes" aria-labelledby=${label ?? nothing} aria-label=${label ? nothing : this.strings.sectionLabel.quotes}>
          ${titled(html`<stroomop-quote-stream
            src=${sources}
            audience=${audience}
            topic=${section.topic ?? nothing}
            roles=${section.roles?.join(' ') ?? nothing}
            limit=${section.limit ?? nothing}
            ?autoplay=${section.autoplay ?? false}
            heading-level=${level + (title ? 1 : 0)}
          ></stroomop-quote-stream>`)}
        </section>`;
      case 'narratives':
        return html`<section part="section section-narratives" aria-labelledby=${label ?? nothing} aria-label=${label ? nothing : this.strings.sectionLabel.narratives}>
          ${titled(html`<stroomop-narrative-panel
            src=${sources}
            audience=${audience}
            topic=${section.topic ?? nothing}
            indicator=${section.indicator ?? nothing}
            narrative=${section.narrative ?? nothing}
            heading-level=${level + (title ? 1 : 0)}
          ></stroomop-narrative-panel>`)}
        </section>`;
    }
  }
}
