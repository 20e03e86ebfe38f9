import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MonitorElement } from '../../base/monitor-element.js';
import { emit } from '../../base/events.js';
import type { MonitorDataset } from '../../data/dataset.js';
import type { Quote } from '../../format/types.generated.js';
import { localize, textLang } from '../../format/text.js';
import { baseStyles, tokenStyles } from '../../styles/shared.styles.js';
import { quoteStreamStyles } from './quote-stream.styles.js';
import { quoteStreamProblems, quoteStreamStrings, type QuoteStreamStrings } from './quote-stream.strings.js';
import { formatDate, parseRoles, selectQuotes } from './select-quotes.js';
import { clampLevel, heading as renderHeading } from '../../base/heading.js';

export interface StroomopQuoteChangeDetail {
  /** The id of the reaction now shown. */
  id: string;
  /** Its place in the shown list, newest first, from 0. */
  index: number;
  /** `rotation` when autoplay moved on, `user` when the viewer pressed previous or next. */
  reason: 'rotation' | 'user';
}
export type StroomopQuoteChangeEvent = CustomEvent<StroomopQuoteChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'stroomop-quote-change': StroomopQuoteChangeEvent;
  }
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const DEFAULT_INTERVAL = 8;
const HEADING_ID = 'heading';

interface ScrollAnchor {
  id: string;
  offset: number;
}

/**
 * Reactions of youths, parents and professionals from the panel, each a
 * quotation with its role and date, newest first.
 *
 * By default a still list in a scrollable, keyboard-focusable region. With
 * `autoplay` it shows one reaction at a time and moves on every `interval`
 * seconds, with a pause button first in the tab order and previous, next and
 * "all reactions" buttons; rotation pauses while the pointer is over the
 * element or focus is in it, never starts when the viewer prefers reduced
 * motion, and is never announced (the reaction is announced only when the
 * viewer moves on themselves). With `refresh` it reads its sources again and
 * adds new reactions without moving the reader's place or focus.
 *
 * @tagname stroomop-quote-stream
 * @summary Panel reactions (quotes) as a still list or a pausable rotation.
 *
 * @slot heading - A heading of your own; replaces the one from the `heading` attribute.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading made from the `heading` attribute.
 * @csspart region - The scrollable, focusable region around the list.
 * @csspart list - The list of reactions.
 * @csspart item - One list item; new reactions since the last refresh also have `item-new`.
 * @csspart item-new - A list item added by a refresh.
 * @csspart quote - The figure of one reaction.
 * @csspart text - The blockquote with the reaction's text.
 * @csspart caption - The caption with role, date and topic.
 * @csspart role - The role of who said it.
 * @csspart date - The date.
 * @csspart topic - The topic, when the element shows more than one.
 * @csspart new - The status area that offers new reactions after a refresh.
 * @csspart new-button - The button that shows the new reactions.
 * @csspart carousel - The wrapper in autoplay mode (also `base`).
 * @csspart controls - The row of buttons in autoplay mode.
 * @csspart toggle - The pause/play button.
 * @csspart previous - The previous-reaction button.
 * @csspart next - The next-reaction button.
 * @csspart slide - The reaction shown in autoplay mode, with its position.
 * @csspart position - "Reactie 2 van 7".
 * @csspart show-all - The button that opens the full list in autoplay mode.
 * @csspart empty - The message when there is nothing to show.
 * @csspart status - The loading and empty-source message (shared).
 * @csspart error - The error message with every problem (shared).
 *
 * @cssprop --stroomop-quote-stream-max-height - Height of the scrollable list before it scrolls (default 28rem).
 * @cssprop --stroomop-quote-stream-quote-background - Background of a reaction (default: the surface colour).
 * @cssprop --stroomop-quote-stream-accent - The bar beside each reaction (default: the accent colour).
 * @cssprop --stroomop-quote-stream-font-size - Font size of a reaction's text (default 1.0625em).
 * @cssprop --stroomop-quote-stream-gap - Space between reactions (default: the space token).
 * @cssprop --stroomop-quote-stream-slide-min-height - Height reserved for the reaction in autoplay mode, so the page does not jump (default 8rem).
 * @cssprop --stroomop-color-text - Text colour (shared token).
 * @cssprop --stroomop-color-text-subtle - Colour of captions (shared token).
 * @cssprop --stroomop-color-background - Background of buttons (shared token).
 * @cssprop --stroomop-color-surface - Background of reactions (shared token).
 * @cssprop --stroomop-color-border - Borders (shared token).
 * @cssprop --stroomop-color-accent - Accent (shared token).
 * @cssprop --stroomop-focus-outline-color - Focus outline (shared token).
 * @cssprop --stroomop-font-family - Font (shared token).
 * @cssprop --stroomop-focus-outline-width - Width of the keyboard focus ring; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`, 3px (see docs/embedding.md, Huisstijl / NL Design System).
 * @cssprop --stroomop-focus-outline-style - Style of the focus ring; then `--utrecht-focus-outline-style`, `--basis-focus-outline-style`, solid (`none` gives solid).
 * @cssprop --stroomop-focus-outline-offset - Space between the focus ring and what has focus; then `--utrecht-focus-outline-offset`, `--basis-focus-outline-offset`, 2px.
 * @cssprop --stroomop-heading-color - Colour of the headings; then `--nl-heading-level-2-color`, `--utrecht-heading-color`, `--basis-heading-color`, the text colour.
 * @cssprop --stroomop-button-color - Text of the buttons; then `--nl-button-secondary-color`, `--utrecht-button-secondary-action-color`, the text colour.
 * @cssprop --stroomop-button-background-color - Background of the buttons; then `--nl-button-secondary-background-color`, `--utrecht-button-secondary-action-background-color`, the background.
 * @cssprop --stroomop-button-border-color - Border of the buttons; then `--nl-button-secondary-border-color`, `--utrecht-button-secondary-action-border-color`, the border colour.
 * @cssprop --stroomop-button-border-width - Border width of the buttons; then `--nl-button-secondary-border-width`, `--utrecht-button-secondary-action-border-width`, 1px.
 * @cssprop --stroomop-button-border-radius - Corners of the buttons; then `--nl-button-border-radius`, `--utrecht-button-border-radius`, the radius.
 * @cssprop --stroomop-button-font-family - Font of the buttons; then `--nl-button-font-family`, `--utrecht-button-font-family`, the font.
 *
 * @fires stroomop-load - The sources were read (again); `detail.dataset`, `detail.warnings`.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires stroomop-error - The sources or the attributes have a problem; `detail.issues`, `detail.message`.
 * @fires stroomop-quote-change - Autoplay or the viewer moved to another reaction; `detail.id`, `detail.index`, `detail.reason` (`rotation` or `user`).
 */
export class StroomopQuoteStream extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, quoteStreamStyles];
  protected static override uiStrings = [quoteStreamStrings];

  static override properties: PropertyDeclarations = {
    roles: {},
    topic: {},
    limit: { type: Number },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    autoplay: { type: Boolean, reflect: true },
    interval: { type: Number },
    refresh: { type: Number },
    quotes: { state: true },
    currentId: { state: true },
    userPaused: { state: true },
    explicitPlay: { state: true },
    hovered: { state: true },
    focusInside: { state: true },
    reducedMotion: { state: true },
    showAll: { state: true },
    politeLive: { state: true },
    newIds: { state: true },
  };

  /** Only reactions of these roles, separated by spaces: `youth`, `parent`, `professional`. Empty: every role. */
  declare roles: string;

  /** Only reactions about this topic (an id from the document's `topics`). */
  declare topic: string;

  /** At most this many reactions, the newest. Without it (or with anything but a positive whole number): all. */
  declare limit: number | undefined;

  /** A heading above the reactions, which also names the list. The `heading` slot replaces it. */
  declare heading: string;

  /** The level of the heading, 1 to 6. Default 2. */
  declare headingLevel: number;

  /** Shows one reaction at a time and rotates them, with a pause button. Never rotates when the viewer prefers reduced motion. */
  declare autoplay: boolean;

  /** Seconds each reaction is shown while rotating. Default 8. */
  declare interval: number;

  /** Reads the `src` documents again every this many seconds (at least 1) and adds new reactions without moving the reader's place or focus. 0 or absent: never. (With `data`, the host sets new data itself; new reactions are added the same way.) */
  declare refresh: number;

  private declare quotes: Quote[];
  private declare currentId: string | undefined;
  private declare userPaused: boolean;
  private declare explicitPlay: boolean;
  private declare hovered: boolean;
  private declare focusInside: boolean;
  private declare reducedMotion: boolean;
  private declare showAll: boolean;
  private declare politeLive: boolean;
  private declare newIds: ReadonlySet<string>;

  private selectedFrom: MonitorDataset | undefined;
  private knownIds = new Set<string>();
  private anchor: ScrollAnchor | undefined;
  private rotationTimer: number | undefined;
  private refreshTimer: number | undefined;
  private motionQuery: MediaQueryList | undefined;

  constructor() {
    super();
    this.roles = '';
    this.topic = '';
    this.heading = '';
    this.headingLevel = 2;
    this.autoplay = false;
    this.interval = DEFAULT_INTERVAL;
    this.refresh = 0;
    this.quotes = [];
    this.userPaused = false;
    this.explicitPlay = false;
    this.hovered = false;
    this.focusInside = false;
    this.reducedMotion = false;
    this.showAll = false;
    this.politeLive = false;
    this.newIds = new Set();
    this.addEventListener('pointerenter', () => {
      this.hovered = true;
    });
    this.addEventListener('pointerleave', () => {
      this.hovered = false;
      if (!this.focusInside) this.explicitPlay = false;
    });
    // Focus moving inside the shadow root does not reach the host: these fire only when focus enters or leaves the element.
    this.addEventListener('focusin', () => {
      this.focusInside = true;
    });
    this.addEventListener('focusout', (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && (next === this || this.contains(next))) return;
      this.focusInside = false;
      if (!this.hovered) this.explicitPlay = false;
    });
  }

  /** Whether the reactions are rotating right now: `autoplay`, more than one reaction, not paused by the viewer, the pointer or focus, and no preference for reduced motion. */
  get playing(): boolean {
    return (
      this.autoplay &&
      this.isConnected &&
      this.loadState === 'ready' &&
      this.quotes.length > 1 &&
      !this.reducedMotion &&
      !this.userPaused &&
      (this.explicitPlay || (!this.hovered && !this.focusInside))
    );
  }

  /** Reads the sources again now, as the `refresh` timer does; resolves when the new reactions are in. */
  async refreshNow(): Promise<void> {
    await this.load(true);
    await this.updateComplete;
  }

  private get strings(): QuoteStreamStrings {
    return quoteStreamStrings.in(this.effectiveLang);
  }

  private get currentIndex(): number {
    return Math.max(0, this.quotes.findIndex((quote) => quote.id === this.currentId));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.motionQuery = window.matchMedia(REDUCED_MOTION);
    this.reducedMotion = this.motionQuery.matches;
    this.motionQuery.addEventListener('change', this.onMotionChange);
    this.startRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.stopRotation();
    window.clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private readonly onMotionChange = (event: MediaQueryListEvent): void => {
    const toggleHadFocus = this.shadowRoot?.activeElement?.getAttribute('part') === 'toggle';
    this.reducedMotion = event.matches;
    // The pause button goes away under reduced motion: keep keyboard focus in the controls.
    if (toggleHadFocus && event.matches) void this.updateComplete.then(() => this.byPart('next')?.focus());
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filtersChanged = changed.has('roles') || changed.has('topic') || changed.has('limit');
    if (filtersChanged || this.monitorData !== this.selectedFrom) this.select(filtersChanged);
  }

  /** Chooses the reactions to show; after a refresh, marks the new ones and remembers what the reader was looking at. */
  private select(filtersChanged: boolean): void {
    const dataset = this.monitorData;
    const hadData = this.selectedFrom !== undefined;
    this.selectedFrom = dataset;
    if (!dataset) {
      this.quotes = [];
      return;
    }
    // An earlier problem with this element's own attributes: they may be fine now.
    if (this.loadState === 'error') this.loadState = 'ready';
    const { roles, unknown } = parseRoles(this.roles);
    if (unknown.length) {
      this.reportProblem({ severity: 'error', path: 'roles', code: 'unknown-role', message: quoteStreamProblems.roles(unknown.join(', ')) });
      return;
    }
    if (this.topic && !dataset.topics.has(this.topic)) {
      this.reportProblem({ severity: 'error', path: 'topic', code: 'unknown-topic', message: quoteStreamProblems.topic(this.topic) });
      return;
    }
    const quotes = selectQuotes(dataset.quotes, { roles, topic: this.topic || undefined, limit: this.limit });
    if (filtersChanged || !hadData) {
      this.knownIds = new Set(quotes.map(({ id }) => id));
      this.newIds = new Set();
    } else {
      const fresh = quotes.filter(({ id }) => !this.knownIds.has(id)).map(({ id }) => id);
      for (const id of fresh) this.knownIds.add(id);
      const stillShown = new Set(quotes.map(({ id }) => id));
      const pending = [...this.newIds, ...fresh].filter((id) => stillShown.has(id));
      if (fresh.length || pending.length !== this.newIds.size) this.newIds = new Set(pending);
      if (fresh.length) this.captureAnchor();
    }
    this.quotes = quotes;
    if (!quotes.some(({ id }) => id === this.currentId)) this.currentId = quotes[0]?.id;
  }

  private byPart(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Remembers the first reaction visible in the scroll region and how far from its top it is. */
  private captureAnchor(): void {
    const region = this.byPart('region');
    if (!region) return;
    for (const item of region.querySelectorAll<HTMLElement>('[data-id]')) {
      if (item.offsetTop + item.offsetHeight > region.scrollTop) {
        this.anchor = { id: item.dataset.id ?? '', offset: item.offsetTop - region.scrollTop };
        return;
      }
    }
  }

  /** Puts that reaction back where it was, whatever was added above it. */
  private restoreAnchor(): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const region = this.byPart('region');
    if (!anchor || !region) return;
    const item = [...region.querySelectorAll<HTMLElement>('[data-id]')].find((candidate) => candidate.dataset.id === anchor.id);
    if (item) region.scrollTop = item.offsetTop - anchor.offset;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.restoreAnchor();
    if (changed.has('interval')) this.stopRotation();
    this.syncRotation();
    if (changed.has('refresh')) this.startRefresh();
  }

  private get intervalMs(): number {
    const seconds = Number.isFinite(this.interval) && this.interval > 0 ? this.interval : DEFAULT_INTERVAL;
    return seconds * 1000;
  }

  private syncRotation(): void {
    if (!this.playing) this.stopRotation();
    else
      this.rotationTimer ??= window.setTimeout(() => {
        this.rotationTimer = undefined;
        this.step(1, 'rotation');
      }, this.intervalMs);
  }

  private stopRotation(): void {
    window.clearTimeout(this.rotationTimer);
    this.rotationTimer = undefined;
  }

  private startRefresh(): void {
    window.clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.isConnected && Number.isFinite(this.refresh) && this.refresh > 0)
      this.refreshTimer = window.setInterval(() => void this.refreshNow(), Math.max(1, this.refresh) * 1000);
  }

  private step(delta: number, reason: StroomopQuoteChangeDetail['reason']): void {
    const count = this.quotes.length;
    if (count < 2) return;
    const index = (this.currentIndex + delta + count) % count;
    const quote = this.quotes[index]!;
    this.currentId = quote.id;
    if (reason === 'user') {
      // The viewer took over: stop rotating and announce what they move to.
      this.userPaused = true;
      this.explicitPlay = false;
      this.politeLive = true;
    }
    emit<StroomopQuoteChangeDetail>(this, 'stroomop-quote-change', { id: quote.id, index, reason });
  }

  private readonly togglePlay = (): void => {
    if (this.userPaused) {
      this.userPaused = false;
      this.explicitPlay = true;
      this.politeLive = false;
    } else {
      this.userPaused = true;
      this.explicitPlay = false;
    }
  };

  private readonly toggleAll = (): void => {
    this.showAll = !this.showAll;
    if (this.showAll) {
      this.userPaused = true;
      this.explicitPlay = false;
    }
  };

  private readonly showNew = (): void => {
    const first = this.quotes.find(({ id }) => this.newIds.has(id));
    this.newIds = new Set();
    const region = this.byPart('region');
    if (region) region.scrollTop = 0;
    void this.updateComplete.then(() => {
      [...this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')].find((item) => item.dataset.id === first?.id)?.focus();
    });
  };

  protected renderContent(): TemplateResult {
    const head = html`<slot name="heading">${this.heading ? renderHeading(clampLevel(this.headingLevel, 2), 'heading', this.heading, { id: HEADING_ID }) : nothing}</slot>`;
    if (!this.quotes.length) return html`<div part="base">${head}<p part="empty">${this.strings.empty}</p></div>`;
    if (this.autoplay && this.quotes.length > 1) return this.renderCarousel(head);
    return html`<div part="base">${head}${this.renderList()}</div>`;
  }

  private renderList(name?: string): TemplateResult {
    const count = this.quotes.filter(({ id }) => this.newIds.has(id)).length;
    // The offer of new reactions floats over the top of the list and takes no room, so nothing moves when it appears.
    return html`<div
        part="region"
        role="region"
        tabindex="0"
        aria-label=${name ?? (this.heading ? nothing : this.strings.label)}
        aria-labelledby=${name || !this.heading ? nothing : HEADING_ID}
      >
        <div part="new" role="status">
          ${count ? html`<button part="new-button" type="button" @click=${this.showNew}>${this.strings.newQuotes(count)}</button>` : nothing}
        </div>
        <ul part="list" role="list">
          ${repeat(
            this.quotes,
            (quote) => quote.id,
            (quote) => html`<li part=${this.newIds.has(quote.id) ? 'item item-new' : 'item'} data-id=${quote.id} tabindex="-1">${this.renderQuote(quote)}</li>`,
          )}
        </ul>
      </div>`;
  }

  private renderCarousel(head: TemplateResult): TemplateResult {
    const strings = this.strings;
    const index = this.currentIndex;
    const current = this.quotes[index];
    const paused = this.userPaused;
    return html`<div
      part="base carousel"
      role="group"
      aria-roledescription=${strings.carousel}
      aria-label=${this.heading ? nothing : strings.label}
      aria-labelledby=${this.heading ? HEADING_ID : nothing}
    >
      ${head}
      <div part="controls">
        ${this.reducedMotion
          ? nothing
          : html`<button part="toggle" type="button" @click=${this.togglePlay}>
              <span class="icon" aria-hidden="true">${paused ? '▶' : '❚❚'}</span> ${paused ? strings.play : strings.pause}
            </button>`}
        <button part="previous" type="button" @click=${() => { this.step(-1, 'user'); }}>
          <span class="icon" aria-hidden="true">‹</span> ${strings.previous}<span class="visually-hidden"> ${strings.item}</span>
        </button>
        <button part="next" type="button" @click=${() => { this.step(1, 'user'); }}>
          ${strings.next}<span class="visually-hidden"> ${strings.item}</span> <span class="icon" aria-hidden="true">›</span>
        </button>
      </div>
      <div part="slide" aria-live=${this.politeLive && !this.playing ? 'polite' : 'off'} aria-atomic="true">
        <p part="position">${strings.position(index + 1, this.quotes.length)}</p>
        ${current ? this.renderQuote(current) : nothing}
      </div>
      <button part="show-all" type="button" aria-expanded=${this.showAll ? 'true' : 'false'} aria-controls="all" @click=${this.toggleAll}>
        ${strings.showAll} <span class="icon" aria-hidden="true">${this.showAll ? '▴' : '▾'}</span>
      </button>
      <div id="all" ?hidden=${!this.showAll}>${this.showAll ? this.renderList(strings.showAll) : nothing}</div>
    </div>`;
  }

  private renderQuote(quote: Quote): TemplateResult {
    const lang = this.effectiveLang;
    const textLanguage = textLang(quote.text, lang);
    const topic = !this.topic && quote.topic ? this.monitorData?.topics.get(quote.topic) : undefined;
    return html`<figure part="quote">
      <blockquote part="text"><p dir="auto" lang=${textLanguage === lang ? nothing : textLanguage}>${localize(quote.text, lang)}</p></blockquote>
      <figcaption part="caption">
        <span part="role">${this.common.roles[quote.role]}</span>,
        <time part="date" datetime=${quote.date}>${formatDate(quote.date, lang)}</time>${topic
          ? html`, <span part="topic" dir="auto">${localize(topic.name, lang)}</span>`
          : nothing}
      </figcaption>
    </figure>`;
  }
}
