import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { symbol } from 'd3-shape';
import { MonitorElement } from '../../base/monitor-element.js';
import { emit, type StroomopErrorDetail } from '../../base/events.js';
import { followLocalLink, idTakenInRoot } from '../../base/local-links.js';
import type { MonitorDataset } from '../../data/dataset.js';
import { formatNumber } from '../../format/number.js';
import { formatDate, formatPeriod } from '../../format/period.js';
import { localize } from '../../format/text.js';
import { gateUrl } from '../../format/url.js';
import type { Interpretation } from '../../format/types.generated.js';
import { formatIssue, type ValidationIssue } from '../../format/problems.js';
import { baseStyles, tokenStyles } from '../../styles/shared.styles.js';
import { layoutBars, layoutDistribution, layoutLine, type ChartLayout } from './chart-layout.js';
import { buildChartModel, DASHES, formatLevel, navRows, moveFocus, PROVISIONAL_DASH, type ChartModel, type ChartType, type NavRow, type Status } from './chart-model.js';
import { indicatorChartStrings, type IndicatorChartStrings } from './indicator-chart.strings.js';
import { indicatorChartStyles } from './indicator-chart.styles.js';
import { createSvg, drawChart, drawFocus, symbolOf, type ChartDrawing } from './render-svg.js';
import type { TableView } from './table-model.js';

/** Detail of `stroomop-point-focus`: the value the keyboard (or a click) moved to. */
export interface StroomopPointFocusDetail {
  indicator: string;
  /** The area code; absent for panel answers. */
  area: string | undefined;
  period: string | undefined;
  /** The drawn value (a share in percent for panel answers); null for a gap. */
  value: number | null;
  status: Status | undefined;
  /** The series or respondent group. */
  series: string;
  /** What the live region reads, e.g. "Utrecht, 2024: 12,3% (voorlopig), n = 240". */
  text: string;
}

export type StroomopPointFocusEvent = CustomEvent<StroomopPointFocusDetail>;

declare global {
  interface HTMLElementEventMap {
    'stroomop-point-focus': StroomopPointFocusEvent;
  }
}

const TABLE_PAGE = 500;

/**
 * An indicator over time for an area and its parent areas, drawn as SVG with
 * d3's scales and shapes, with everything a reader needs next to it: a caption, a
 * summary in words (comparing with the parent areas, meaningful or not), the
 * interval band, provisional values, gaps with their reason, series breaks,
 * the source, a link to the interpretation (duiding), a data table, CSV, SVG
 * and PNG downloads, and keyboard reading of every value. One period becomes
 * bars; panel statements become diverging bars per respondent group.
 *
 * Colour never carries meaning alone: every series has a direct label, a dash
 * pattern and a marker shape; there is no red or green and no ranking.
 *
 * The element gives itself the id `stroomop-indicator-<indicator>` when it has
 * no id and the page has no other element with that id, so other elements can
 * link to it.
 *
 * @tagname stroomop-indicator-chart
 * @summary An accessible indicator chart with its caption, summary, source, interpretation link, data table and downloads.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart caption - The `<figcaption>`: title, unit, areas and periods.
 * @csspart heading - The title inside the caption (`role="heading"`, level from `heading-level`).
 * @csspart summary - The generated (or the document's) summary sentence.
 * @csspart legend - The legend list: series, provisional, interval, series break, or answer categories.
 * @csspart plot - The drawing area; one tab stop, arrow keys read the values.
 * @csspart readout - The line that says the value the keyboard is on (a polite live region).
 * @csspart notes - Notes under the chart: gaps with their reason, series breaks, simplification.
 * @csspart toggle - The button that shows and hides the table.
 * @csspart downloads - The group of download buttons (CSV, SVG, PNG).
 * @csspart table - The scrollable region with the data table.
 * @csspart source - The source line with link and date.
 * @csspart interpretation-link - The link to the interpretation note (or the text that there is none yet).
 * @csspart status - The loading or empty message (from MonitorElement).
 * @csspart error - The error message (from MonitorElement).
 *
 * @cssprop --stroomop-series-1 - Colour of the first series (and --stroomop-series-2 … -6 for the others); keep 3:1 against the background.
 * @cssprop --stroomop-indicator-chart-positive - Colour of agreeing answers in panel statements (default: series 1).
 * @cssprop --stroomop-indicator-chart-negative - Colour of disagreeing answers (default: series 2; never red/green).
 * @cssprop --stroomop-indicator-chart-neutral - Colour the neutral answer is mixed from (default: subtle text colour).
 * @cssprop --stroomop-indicator-chart-grid-color - Colour of the grid lines (default: border colour).
 * @cssprop --stroomop-indicator-chart-focus-color - Colour of the focus ring on a value (default: focus colour).
 * @cssprop --stroomop-indicator-chart-band-opacity - Opacity of the interval band (default 0.18).
 * @cssprop --stroomop-indicator-chart-line-width - Width of the series lines (default 2.5px).
 * @cssprop --stroomop-indicator-chart-font-size - Font size of the text in the drawing (default 12px).
 * @cssprop --stroomop-indicator-chart-title-font-size - Font size of the title (default 1.25em).
 * @cssprop --stroomop-indicator-chart-table-max-height - Height after which the table scrolls (default 28rem).
 * @cssprop --stroomop-loading-min-height - Height reserved while loading (default: the chart's usual height).
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
 * @fires {CustomEvent<StroomopLoadDetail>} stroomop-load - The data is loaded; detail `{ dataset, warnings }`.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires {CustomEvent<StroomopErrorDetail>} stroomop-error - The data or the attributes cannot be shown (also when the selection has no figures: code `no-observations`); detail `{ issues, message }`.
 * @fires {CustomEvent<StroomopPointFocusDetail>} stroomop-point-focus - The keyboard moved to a value; detail `{ indicator, area, period, value, status, series, text }`.
 */
export class StroomopIndicatorChart extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, indicatorChartStyles];

  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    areas: { reflect: true },
    periods: { reflect: true },
    breakdown: { reflect: true },
    type: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    interpretationHref: { attribute: 'interpretation-href', reflect: true },
    model: { state: true },
    tableOpen: { state: true },
    table: { state: true },
    tableLimit: { state: true },
    readout: { state: true },
    downloadProblem: { state: true },
    drawnPoints: { state: true },
  };

  /** Id of the indicator to show. Required. */
  declare indicator: string;

  /**
   * Area codes separated by spaces, in the order of the series, e.g. `GM0344 JR-UTR NL01`.
   * Empty: the document's area and its parents (those with figures).
   */
  declare areas: string;

  /**
   * The periods to show: empty for all; `2024` (that period and the periods
   * within it); a range `2019..2024`, `2020-H1..2024-H2` or `2024-W01..2024-W26`
   * (both ends included); or open at one end, `2022..` or `..2023`.
   */
  declare periods: string;

  /**
   * A breakdown of the observations: `dimension:category` pairs separated by
   * spaces (`age:12-17`, `age:12-17 gender:girl`), or `dimension:*` for one
   * series per category (`age:*`). Empty: the totals, observations without a breakdown.
   */
  declare breakdown: string;

  /**
   * `auto` (default): bars when the selection has one period, diverging bars
   * when the indicator's unit is `distribution` or it has only panel
   * statements, else lines. `line`, `bar` (the latest period) or
   * `distribution` (the latest panel statements of the indicator) force a form.
   */
  declare type: ChartType;

  /** Level of the title's heading, 1–6 (default 3). */
  declare headingLevel: number;

  /** Where "Lees de duiding" links to; default `#stroomop-duiding-<indicator>`, the id the interpretation note gives itself. */
  declare interpretationHref: string;

  private declare model: ChartModel | undefined;
  private declare tableOpen: boolean;
  private declare table: TableView | undefined;
  private declare tableLimit: number;
  private declare readout: string;
  private declare downloadProblem: string;
  private declare drawnPoints: string;

  private focusItem: { row: number; item: number } | undefined;
  private navFor: ChartModel | undefined;
  private navCache: NavRow[] = [];
  private rendered: (Pick<ChartDrawing, 'locate' | 'nearest'> & { svg: SVGSVGElement }) | undefined;
  private drawnKey = '';
  private modelKey = '';
  /** Counts the models built, so a new one is always drawn. */
  private modelVersion = 0;
  private modelDataset: MonitorDataset | undefined;
  private ownProblem: ValidationIssue | undefined;
  private reportedEmpty: ChartModel | undefined;
  private autoId = '';
  private resizeObserver: ResizeObserver | undefined;
  private frame = 0;
  /** The drawing's width in CSS pixels; 0 until measured. Not reactive: a new width redraws the SVG, not the figure. */
  private width = 0;

  /** Charts that have a figure but no width yet. */
  private static readonly unmeasured = new Set<StroomopIndicatorChart>();

  /**
   * Measures every chart that waits for its first width, then draws them. It runs as one microtask
   * after the charts' updates, so a page of 30 charts reads all widths in one layout (every read
   * before any drawing) and draws in the same task as its figures: no frame shows a figure without
   * its drawing, and the page is drawn a frame or two sooner than if it waited for the ResizeObserver.
   */
  private static readonly measureUnmeasured = (): void => {
    const charts = [...StroomopIndicatorChart.unmeasured];
    StroomopIndicatorChart.unmeasured.clear();
    const widths = charts.map((chart) => chart.plotWidth());
    charts.forEach((chart, index) => {
      const width = widths[index] ?? 0;
      // A hidden chart has no width yet; its ResizeObserver draws it once it is shown.
      if (width > 0 && chart.isConnected) {
        chart.width = width;
        chart.draw();
      }
    });
  };

  constructor() {
    super();
    this.indicator = '';
    this.areas = '';
    this.periods = '';
    this.breakdown = '';
    this.type = 'auto';
    this.headingLevel = 3;
    this.interpretationHref = '';
    this.tableOpen = false;
    this.tableLimit = TABLE_PAGE;
    this.readout = '';
    this.downloadProblem = '';
    this.drawnPoints = '';
  }

  /** The values as the keyboard reads them; made at the first key or click, not for every chart drawn (30,000 items for 3 × 10,000 points). */
  private get nav(): NavRow[] {
    if (this.navFor !== this.model) {
      this.navFor = this.model;
      this.navCache = this.model ? navRows(this.model) : [];
    }
    return this.navCache;
  }

  private get strings(): IndicatorChartStrings {
    return indicatorChartStrings[this.effectiveLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.assignDefaultId();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(() => {
        // Read now, while the layout is fresh; drawn in the next frame, as drawing in this callback
        // could resize what is observed (a page that gains a scroll bar) and loop.
        const width = this.plotWidth();
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          if (width > 0 && width !== this.width) {
            this.width = width;
            this.draw();
          }
        });
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.frame);
  }

  /** Gives the host `id="stroomop-indicator-<indicator>"` unless it has an id of its own or the page already uses that id. */
  private assignDefaultId(): void {
    if (!this.isConnected) return;
    if (this.id && this.id !== this.autoId) return;
    const wanted = this.indicator ? `stroomop-indicator-${this.indicator}` : '';
    if (this.id === wanted) return;
    if (!wanted || idTakenInRoot(wanted, this)) {
      if (this.autoId) this.removeAttribute('id');
      this.autoId = '';
      return;
    }
    this.id = wanted;
    this.autoId = wanted;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('indicator')) this.assignDefaultId();
    const dataset = this.monitorData;
    if (!dataset || !(this.loadState === 'ready' || (this.loadState === 'error' && this.ownProblem))) {
      if (this.loadState !== 'error') this.ownProblem = undefined;
      return;
    }
    // A link the gate refuses is left out (the chart links to its own note instead), and said.
    const own = this.interpretationHref.trim();
    if (own && !own.startsWith('#') && !gateUrl(own, this.ownerDocument.baseURI))
      this.warn({ severity: 'warning', path: 'interpretation-href', code: 'url', message: indicatorChartStrings.nl.errors.url(own) });
    const key = [this.indicator, this.areas, this.periods, this.breakdown, this.type, this.effectiveLang].join('\u0000');
    if (dataset === this.modelDataset && key === this.modelKey) return;
    this.modelDataset = dataset;
    this.modelKey = key;
    const result = buildChartModel(dataset, { indicator: this.indicator, areas: this.areas, periods: this.periods, breakdown: this.breakdown, type: this.type }, this.effectiveLang);
    if (!result.ok) {
      this.model = undefined;
      // A different problem than the one shown: let the base class report it afresh.
      if (this.ownProblem && this.ownProblem.message.en !== result.issue.message.en) this.loadState = 'ready';
      this.ownProblem = result.issue;
      this.reportProblem(result.issue);
      return;
    }
    if (this.ownProblem) {
      this.ownProblem = undefined;
      this.issues = [];
      this.loadState = 'ready';
    }
    this.model = result.model;
    this.modelVersion += 1;
    this.focusItem = undefined;
    this.readout = '';
    this.table = undefined;
    this.tableLimit = TABLE_PAGE;
    if (this.tableOpen) void this.loadTable();
    if (result.model.kind === 'empty' && this.reportedEmpty !== result.model) {
      this.reportedEmpty = result.model;
      const issue: ValidationIssue = { severity: 'error', path: 'indicator', code: 'no-observations', message: this.strings.errors.noObservations(result.model.title) };
      emit<StroomopErrorDetail>(this, 'stroomop-error', { issues: [issue], message: formatIssue(issue, 'en') });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.draw();
  }

  /** The width the drawing gets: its container's, which the figure's padding (if a page gives it one) makes narrower than the host. */
  private plotWidth(): number {
    const container = this.renderRoot.querySelector<HTMLElement>('[part="plot"]');
    // The used width, unlike a bounding box, is the same inside a scaled (transformed) container.
    return container ? Math.floor(parseFloat(getComputedStyle(container).width)) || 0 : 0;
  }

  /** Draws the chart when the model, the width or the container changed. */
  private draw(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('[part="plot"]');
    const model = this.model;
    if (!container || !model || model.kind === 'empty') {
      this.rendered = undefined;
      this.drawnKey = '';
      return;
    }
    // Reading the size here would force a layout per chart (30 charts: 30 layouts between DOM
    // writes); the charts that wait for their first width are measured together instead.
    if (!this.width && this.resizeObserver) {
      if (!StroomopIndicatorChart.unmeasured.size) queueMicrotask(StroomopIndicatorChart.measureUnmeasured);
      StroomopIndicatorChart.unmeasured.add(this);
      return;
    }
    const width = this.width || 640;
    const key = `${width}`;
    if (this.rendered?.svg.parentNode === container && this.drawnKey === key && container.dataset.model === String(this.modelVersion)) return;
    let layout: ChartLayout;
    if (model.kind === 'distribution') layout = layoutDistribution(model, width);
    else if (model.kind === 'bar') layout = layoutBars(model, width);
    else layout = layoutLine(model, width);
    const drawing = drawChart(model, layout);
    const svgElement = createSvg(drawing.tree, container.ownerDocument);
    container.replaceChildren(svgElement);
    this.rendered = { svg: svgElement, locate: drawing.locate, nearest: drawing.nearest };
    container.dataset.model = String(this.modelVersion);
    this.drawnKey = key;
    if (this.focusItem && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === container) drawFocus(this.rendered.svg, this.rendered.locate(this.focusItem.row, this.focusItem.item));
    // The note on simplified drawing depends on the width: one more update when it changes (none when every value is drawn).
    const drawnPoints = layout.kind === 'line' && layout.drawnPoints < layout.valuePoints ? `${layout.drawnPoints}|${layout.valuePoints}` : '';
    if (drawnPoints !== this.drawnPoints) this.drawnPoints = drawnPoints;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      if (this.rendered) drawFocus(this.rendered.svg, undefined);
      this.focusItem = undefined;
      return;
    }
    const next = moveFocus(this.nav, this.focusItem, event.key);
    if (!next) return;
    event.preventDefault();
    this.focusOn(next);
  };

  private focusOn(next: { row: number; item: number }): void {
    const item = this.nav[next.row]?.items[next.item];
    if (!item || !this.model) return;
    this.focusItem = next;
    this.readout = item.text;
    if (this.rendered) drawFocus(this.rendered.svg, this.rendered.locate(next.row, next.item));
    emit<StroomopPointFocusDetail>(this, 'stroomop-point-focus', {
      indicator: this.model.indicator.id,
      area: item.area,
      period: item.period,
      value: item.value,
      status: item.status,
      series: this.nav[next.row]?.label ?? '',
      text: item.text,
    });
  }

  /** A click or tap on the drawing reads the nearest value, as the keyboard would. */
  private readonly onPlotClick = (event: MouseEvent): void => {
    const rendered = this.rendered;
    if (!rendered) return;
    const box = rendered.svg.getBoundingClientRect();
    if (!box.width) return;
    const scale = Number(rendered.svg.getAttribute('width')) / box.width;
    const next = rendered.nearest((event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (next) this.focusOn(next);
  };

  private readonly onPlotFocus = (): void => {
    if (this.focusItem && this.rendered) drawFocus(this.rendered.svg, this.rendered.locate(this.focusItem.row, this.focusItem.item));
  };

  private readonly onPlotBlur = (): void => {
    if (this.rendered) drawFocus(this.rendered.svg, undefined);
  };

  private async loadTable(): Promise<void> {
    const model = this.model;
    if (!model) return;
    const { tableFor } = await import('./table-model.js');
    if (this.model === model) this.table = tableFor(model);
  }

  private readonly toggleTable = async (): Promise<void> => {
    const open = !this.tableOpen;
    if (open && !this.table) await this.loadTable();
    this.tableOpen = open;
  };

  /**
   * Downloads what the buttons download: the shown data as CSV (every value,
   * with status), or the chart as SVG or PNG. Made in the browser, no network.
   */
  async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const model = this.model;
    if (!model) return;
    this.downloadProblem = '';
    try {
      const [{ toCsv, fileName }, { downloadBlob, svgFile, pngFrom }] = await Promise.all([import('./table-model.js'), import('./export-file.js')]);
      const name = fileName(model);
      if (kind === 'csv') {
        downloadBlob(new Blob([toCsv(model)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
        return;
      }
      const drawn = this.rendered?.svg;
      if (!drawn) return;
      const text = svgFile(drawn, {
        title: `${model.title} (${model.meta})`,
        description: model.summary,
        background: getComputedStyle(this).getPropertyValue('--_background').trim() || '#ffffff',
      });
      if (kind === 'svg') downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await pngFrom(text, Number(drawn.getAttribute('width')), Number(drawn.getAttribute('height'))), `${name}.png`);
    } catch (error) {
      this.downloadProblem = `${this.strings.downloadFailed} ${String(error)}`;
    }
  }

  protected override renderLoading(): TemplateResult {
    return html`<div part="status" class="reserve" role="status" aria-live="polite">${this.common.loading}</div>`;
  }

  protected override renderContent(dataset: MonitorDataset): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return this.renderIdle();
    const text = this.strings;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<figure part="figure">
      <figcaption part="caption">
        <span part="heading" class="title" role="heading" aria-level=${level} dir="auto">${model.title}</span>
        <span class="meta" dir="auto">${model.meta}</span>
      </figcaption>
      ${model.kind === 'empty'
        ? html`<p part="status" class="empty-message">${model.message}</p>`
        : html`<p part="summary" class="summary" dir="auto">${model.summary}</p>
            ${this.renderLegend(model)}
            <div
              part="plot"
              class="plot ${model.kind}"
              tabindex="0"
              role="group"
              aria-roledescription=${text.roleDescription}
              aria-label=${model.kind === 'distribution' ? text.distributionLabel(model.title) : text.plotLabel(model.title, model.series.length)}
              aria-describedby="hint"
              @keydown=${this.onKeydown}
              @click=${this.onPlotClick}
              @focus=${this.onPlotFocus}
              @blur=${this.onPlotBlur}
            ></div>
            <p id="hint" class="hint">${text.keyboardHint}</p>
            <p part="readout" class="readout" aria-live="polite" aria-atomic="true">${this.readout}</p>
            ${this.renderNotes(model)} ${this.renderControls()} ${this.renderTable(model)}`}
      ${this.renderSource(dataset, model)} ${this.renderInterpretation(dataset, model)}
    </figure>`;
  }

  private renderLegend(model: ChartModel): TemplateResult | typeof nothing {
    const text = this.strings;
    if (model.kind === 'empty') return nothing;
    const items: TemplateResult[] = [];
    const swatch = (content: TemplateResult) => html`<svg viewBox="0 0 40 16" aria-hidden="true" focusable="false">${content}</svg>`;
    if (model.kind === 'distribution') {
      const categories = model.statements[0]?.categories ?? [];
      for (const category of categories) {
        const className = category.side === 'neutral' ? 'c-neutral' : `c-${category.side === 'negative' ? 'neg' : 'pos'}-${category.shade}`;
        items.push(html`<li>${swatch(svg`<rect class="swatch-box ${className}" x="4" y="2" width="32" height="12"></rect>`)}<span dir="auto">${category.label}</span></li>`);
      }
      return html`<ul part="legend" class="legend" aria-label=${text.legend}>
          ${items}
        </ul>
        <p class="meta">${model.statements.some((statement) => statement.hasNeutral) ? text.neutralNote : text.centreNote}</p>`;
    }
    const symbolPath = (style: number) => symbol(symbolOf(style), 64)() ?? '';
    for (const series of model.series) {
      const dash: string = DASHES[series.style % DASHES.length] ?? '';
      // A series' item of a line chart is one template with its swatch inline, not three nested ones: a page of 30 charts has 90.
      items.push(
        model.kind === 'bar'
          ? html`<li class="s${series.style}">${swatch(svg`<rect class="swatch-symbol" x="4" y="3" width="32" height="10"></rect>`)}<span dir="auto">${series.label}</span></li>`
          : html`<li class="s${series.style}"><svg viewBox="0 0 40 16" aria-hidden="true" focusable="false"><line class="swatch-line" x1="2" x2="38" y1="8" y2="8" stroke-dasharray=${dash === '' ? nothing : dash}></line><path class="swatch-symbol" transform="translate(20 8)" d=${symbolPath(series.style)}></path></svg><span dir="auto">${series.label}</span></li>`,
      );
    }
    if (model.hasProvisional) {
      items.push(
        html`<li>
          ${model.kind === 'bar'
            ? swatch(svg`<rect class="swatch-symbol hollow" x="4" y="3" width="32" height="10" stroke-dasharray="4 3"></rect>`)
            : swatch(svg`<line class="swatch-line" x1="2" x2="30" y1="8" y2="8" stroke-dasharray=${PROVISIONAL_DASH} stroke-linecap="round"></line><circle class="swatch-symbol hollow" cx="31" cy="8" r="4"></circle>`)}<span
            >${model.kind === 'bar' ? text.legendBarProvisional : text.legendProvisional}</span
          >
        </li>`,
      );
    }
    if (model.ciLevel !== undefined) {
      items.push(
        html`<li>
          ${model.kind === 'bar'
            ? swatch(svg`<line class="swatch-whisker" x1="6" x2="34" y1="8" y2="8"></line><line class="swatch-whisker" x1="6" x2="6" y1="3" y2="13"></line><line class="swatch-whisker" x1="34" x2="34" y1="3" y2="13"></line>`)
            : swatch(svg`<rect class="swatch-band s0" x="2" y="2" width="36" height="12"></rect>`)}<span
            >${model.kind === 'bar' ? text.legendBarInterval(formatLevel(model.ciLevel, this.effectiveLang)) : text.legendBand(formatLevel(model.ciLevel, this.effectiveLang))}</span
          >
        </li>`,
      );
    }
    if (model.kind === 'line' && model.breaks.length) {
      items.push(html`<li>${swatch(svg`<line class="swatch-rule" x1="20" x2="20" y1="0" y2="16"></line>`)}<span>${text.legendBreak}</span></li>`);
    }
    return html`<ul part="legend" class="legend" aria-label=${text.legend}>
      ${items}
    </ul>`;
  }

  private renderNotes(model: ChartModel): TemplateResult | typeof nothing {
    if (model.kind === 'empty' || model.kind === 'distribution') return nothing;
    const text = this.strings;
    const notes: TemplateResult[] = [];
    const gaps = model.gaps;
    if (gaps.length) {
      const shown = gaps.slice(0, 50);
      notes.push(
        html`<p>${text.gapsIntro}</p>
          <ul>
            ${shown.map((point) => html`<li dir="auto">${text.gap(model.series[point.series]?.label ?? '', point.periodLabel, text.status[point.status], point.reason)}</li>`)}
            ${gaps.length > shown.length ? html`<li>${text.moreGaps(gaps.length - shown.length)}</li>` : nothing}
          </ul>`,
      );
    }
    for (const item of model.breaks) notes.push(html`<p dir="auto">${text.breakNote(item.periodLabel, item.text, item.series.join(', '))}</p>`);
    for (const label of model.emptySeries) notes.push(html`<p dir="auto">${text.noSeriesData(label)}</p>`);
    const lang = this.effectiveLang;
    for (const other of model.otherKinds) {
      if (!model.periodKind) break;
      const range = other.first === other.last ? formatPeriod(other.first, lang) : text.periodsRange(formatPeriod(other.first, lang), formatPeriod(other.last, lang));
      notes.push(html`<p>${text.otherKinds(text.periodKinds[model.periodKind], text.periodKinds[other.kind], range)}</p>`);
    }
    const [drawn, total] = this.drawnPoints.split('|').map(Number);
    if (drawn && total && drawn < total) notes.push(html`<p>${text.downsampled(formatNumber(drawn, this.effectiveLang), formatNumber(total, this.effectiveLang))}</p>`);
    if (!notes.length) return nothing;
    return html`<div part="notes" class="notes">${notes}</div>`;
  }

  /** The table toggle and downloads of a chart with figures (an empty one has no picture to download, and no controls). */
  private renderControls(): TemplateResult {
    const text = this.strings;
    return html`<div class="controls">
        <button part="toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${this.toggleTable}>
          ${this.tableOpen ? text.hideTable : text.showTable}
        </button>
        <span class="downloads-label" id="downloads-label">${text.downloads}:</span>
        <div part="downloads" role="group" aria-labelledby="downloads-label">
          <button type="button" aria-label=${text.downloadCsvLabel} @click=${() => this.download('csv')}>${text.downloadCsv}</button>
          <button type="button" aria-label=${text.downloadSvgLabel} @click=${() => this.download('svg')}>${text.downloadSvg}</button>
          <button type="button" aria-label=${text.downloadPngLabel} @click=${() => this.download('png')}>${text.downloadPng}</button>
        </div>
      </div>
      ${this.downloadProblem ? html`<p role="alert" class="meta">${this.downloadProblem}</p>` : nothing}`;
  }

  private renderTable(model: ChartModel): TemplateResult {
    const text = this.strings;
    const table = this.table;
    const open = this.tableOpen && table !== undefined;
    return html`<div id="table" part="table" class="table-wrap" role="region" aria-label=${text.tableLabel} tabindex=${open ? '0' : '-1'} ?hidden=${!open}>
      ${open
        ? html`<table>
              <caption dir="auto">
                ${text.tableCaption(model.title)}
              </caption>
              <thead>
                <tr>
                  ${table.columns.map((column, index) => html`<th scope="col" class=${table.numeric[index] ? 'num' : ''}>${column}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${table.rows.slice(0, this.tableLimit).map(
                  (row) =>
                    html`<tr>
                      ${row.map((cell, index) => (index === 0 ? html`<th scope="row" dir="auto">${cell}</th>` : html`<td class=${table.numeric[index] ? 'num' : ''} dir="auto">${cell}</td>`))}
                    </tr>`,
                )}
              </tbody>
            </table>
            ${table.rows.length > this.tableLimit
              ? html`<button type="button" class="more" @click=${() => (this.tableLimit += TABLE_PAGE)}>
                  ${text.moreRows(formatNumber(Math.min(TABLE_PAGE, table.rows.length - this.tableLimit), this.effectiveLang), formatNumber(table.rows.length, this.effectiveLang))}
                </button>`
              : nothing}`
        : nothing}
    </div>`;
  }

  private renderSource(dataset: MonitorDataset, model: ChartModel): TemplateResult {
    const text = this.strings;
    const lang = this.effectiveLang;
    const date = (value: string | undefined) => (value ? formatDate(value, lang) : '');
    const sources = model.indicator.sources;
    const items = sources.map((source, index) => {
      const url = gateUrl(source.url);
      const details = [source.dataset, source.published ? text.published(date(source.published)) : source.retrieved ? text.retrieved(date(source.retrieved)) : ''].filter(Boolean).join(', ');
      return html`${index ? '; ' : ''}${url ? html`<a href=${url} dir="auto">${source.name}</a>` : html`<span dir="auto">${source.name}</span>`}${details ? ` (${details})` : ''}`;
    });
    const dated = sources.some((source) => source.published ?? source.retrieved);
    const release = dataset.meta.release ? text.release(dataset.meta.release) : '';
    const documentDate = dated ? '' : text.published(date(dataset.meta.published));
    const extra = [release, documentDate].filter(Boolean).join(', ');
    return html`<p part="source" class="source">
      ${sources.length ? html`${sources.length > 1 ? text.sources : text.source}: ${items}${extra ? `; ${extra}` : ''}.` : nothing}
      ${model.indicator.nextUpdate ? text.nextUpdate(formatPeriod(model.indicator.nextUpdate, lang)) : nothing}
      ${dataset.meta.illustrative ? html`<strong>${this.common.illustrative}</strong>` : nothing}
    </p>`;
  }

  /** Follows the in-page link across shadow roots (see src/base/local-links.ts). */
  private readonly onLocalLink = (event: MouseEvent): void => {
    followLocalLink(event, this);
  };

  private findInterpretation(dataset: MonitorDataset, model: ChartModel): Interpretation | undefined {
    return dataset.interpretations.find((interpretation) => interpretation.indicator === model.indicator.id && (!interpretation.area || model.areas.includes(interpretation.area)));
  }

  private renderInterpretation(dataset: MonitorDataset, model: ChartModel): TemplateResult {
    const text = this.strings;
    const interpretation = this.findInterpretation(dataset, model);
    if (!interpretation && !this.interpretationHref) return html`<p part="interpretation-link" class="interpretation">${text.noInterpretation}</p>`;
    const own = this.interpretationHref.trim();
    const href = own ? (own.startsWith('#') ? own : gateUrl(own, this.ownerDocument.baseURI)) : `#stroomop-duiding-${model.indicator.id}`;
    const title = interpretation ? localize(interpretation.title, this.effectiveLang) : '';
    return html`<p class="interpretation">
      <a part="interpretation-link" href=${href ?? `#stroomop-duiding-${model.indicator.id}`} @click=${this.onLocalLink}>${text.readInterpretation}</a>${title ? html`: <span dir="auto">${title}</span>` : nothing}
    </p>`;
  }
}
