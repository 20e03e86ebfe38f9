import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MonitorElement } from '../../base/monitor-element.js';
import { emit } from '../../base/events.js';
import { followLocalLink } from '../../base/local-links.js';
import type { MonitorDataset } from '../../data/dataset.js';
import type { Narrative } from '../../format/types.generated.js';
import { localize, localizeParagraphs, textLang, type Lang } from '../../format/text.js';
import { gateUrl } from '../../format/url.js';
import { baseStyles, tokenStyles } from '../../styles/shared.styles.js';
import { narrativePanelStyles } from './narrative-panel.styles.js';
import { narrativePanelProblems, narrativePanelStrings, type NarrativePanelStrings } from './narrative-panel.strings.js';
import { captionTracks, crossOrigin, embedUrl, formatDate, formatDuration, imageUrl, PROVIDER_NAMES, selectNarratives, type VideoProvider } from './narrative-view.js';
import { clampLevel, heading } from '../../base/heading.js';

export interface StroomopConsentDetail {
  /** The platform the viewer agreed to load the video from. */
  provider: VideoProvider;
  /** The id of the narrative. */
  narrative: string;
}
export type StroomopConsentEvent = CustomEvent<StroomopConsentDetail>;

declare global {
  interface HTMLElementEventMap {
    'stroomop-consent': StroomopConsentEvent;
  }
}

const TITLE_ID = 'title';

/**
 * A new story gets a new player, as lit's keyed() would give it: its video (or consent panel, or embed) renders
 * through the other of these two templates each time the story changes, and Lit never reuses one template's DOM for
 * another's, so no video element, playback state or iframe history carries over to the next story. (keyed() would
 * bring Lit's directive modules into this element's bundle for that one bit.)
 */
const PLAYERS = [(video: TemplateResult) => html`${video}`, (video: TemplateResult) => html`${video}`] as const;

/** A text in the viewer's language, with a `lang` attribute when it fell back to Dutch. */
const langOf = (text: Parameters<typeof textLang>[0], lang: Lang) => {
  const actual = textLang(text, lang);
  return actual === lang ? nothing : actual;
};

/**
 * Video stories of youths, parents and professionals, each with its
 * transcript, the role of who tells it, its date and links to the figures it
 * belongs to. Several stories become a list to choose from.
 *
 * A self-hosted video plays in a `<video>` with its captions. A YouTube or
 * Vimeo video loads only after the viewer agrees: before the click, nothing
 * is requested from the platform (no iframe, no thumbnail; the poster comes
 * from the document and is never taken from the platform's servers). After
 * the click the player loads from youtube-nocookie.com or with Vimeo's
 * `dnt=1`, and focus moves to it.
 *
 * @tagname stroomop-narrative-panel
 * @summary Video stories with captions, transcript and click-to-load for YouTube and Vimeo.
 *
 * @csspart base - The wrapper around everything.
 * @csspart player - The story shown: title, details, video, transcript and links.
 * @csspart title - The story's title (a heading at `heading-level`).
 * @csspart meta - Role, date and duration of the story.
 * @csspart role - The role of who tells the story.
 * @csspart video - The `<video>` of a self-hosted story.
 * @csspart consent - The placeholder of a YouTube or Vimeo video before the viewer agrees.
 * @csspart poster - The poster image in the placeholder.
 * @csspart consent-text - The sentence that says what loading the video means.
 * @csspart consent-button - The button "Video laden en afspelen".
 * @csspart embed - The YouTube or Vimeo player (iframe), after the viewer agreed.
 * @csspart unavailable - The message when a video has no usable address.
 * @csspart transcript - The expandable transcript (`<details>`).
 * @csspart transcript-summary - Its `<summary>`.
 * @csspart transcript-text - Its paragraphs.
 * @csspart indicators - The links to the figures the story belongs to.
 * @csspart indicator-link - One such link.
 * @csspart list - The list of stories to choose from, when there are several.
 * @csspart list-label - The label above that list.
 * @csspart choice - One story's button in the list; `aria-pressed="true"` on the one shown.
 * @csspart choice-poster - The poster in a choice.
 * @csspart choice-title - The title in a choice.
 * @csspart choice-meta - Role and duration in a choice.
 * @csspart empty - The message when there is nothing to show.
 * @csspart status - The loading and empty-source message (shared).
 * @csspart error - The error message with every problem (shared).
 *
 * @cssprop --stroomop-narrative-panel-list-width - Width of the list beside the player in wide containers (default 20rem).
 * @cssprop --stroomop-narrative-panel-video-background - Background behind a video or placeholder (default: the surface colour).
 * @cssprop --stroomop-narrative-panel-choice-background - Background of a story in the list (default: the surface colour).
 * @cssprop --stroomop-narrative-panel-choice-selected - Border of the story shown (default: the accent colour).
 * @cssprop --stroomop-narrative-panel-gap - Space between the parts (default: the space token).
 * @cssprop --stroomop-color-text - Text colour (shared token).
 * @cssprop --stroomop-color-text-subtle - Colour of details (shared token).
 * @cssprop --stroomop-color-background - Background of buttons and the consent panel (shared token).
 * @cssprop --stroomop-color-surface - Background of stories in the list (shared token).
 * @cssprop --stroomop-color-border - Borders (shared token).
 * @cssprop --stroomop-color-accent - Accent (shared token).
 * @cssprop --stroomop-color-link - Links (shared token).
 * @cssprop --stroomop-focus-outline-color - Focus outline (shared token).
 * @cssprop --stroomop-font-family - Font (shared token).
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
 * @cssprop --stroomop-button-primary-color - Text of the button that loads an external video; then `--nl-button-primary-color`, `--utrecht-button-primary-action-color`, the background.
 * @cssprop --stroomop-button-primary-background-color - Background of that button; then `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`, the accent.
 *
 * @fires stroomop-load - The sources were read; `detail.dataset`, `detail.warnings`.
 * @fires {CustomEvent<StroomopWarningDetail>} stroomop-warning - Something was left out or withheld and the rest is shown (a refused URL, an observation whose n is not its denominator); detail `{ issues, message }`. Also in the console and in `warnings`.
 * @fires stroomop-error - The sources or the attributes have a problem; `detail.issues`, `detail.message`.
 * @fires stroomop-consent - The viewer agreed to load a YouTube or Vimeo video; `detail.provider`, `detail.narrative` (its id).
 */
export class StroomopNarrativePanel extends MonitorElement {
  static override styles = [tokenStyles, baseStyles, narrativePanelStyles];
  protected static override uiStrings = [narrativePanelStrings];

  static override properties: PropertyDeclarations = {
    narrative: {},
    topic: {},
    indicator: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    narratives: { state: true },
    chosenId: { state: true },
    consented: { state: true },
  };

  /** Shows only this story (an id from the document's `narratives`). */
  declare narrative: string;

  /** Only stories about this topic (an id from the document's `topics`). */
  declare topic: string;

  /** Only stories related to this indicator (an id from the document's `indicators`). */
  declare indicator: string;

  /** The level of the story's title heading, 1 to 6. Default 3. */
  declare headingLevel: number;

  private declare narratives: Narrative[];
  private declare chosenId: string | undefined;
  private declare consented: ReadonlySet<string>;

  constructor() {
    super();
    this.narrative = '';
    this.topic = '';
    this.indicator = '';
    this.headingLevel = 3;
    this.narratives = [];
    this.consented = new Set();
  }

  private selectedFrom: MonitorDataset | undefined;
  private focusAfterUpdate: 'embed' | 'title' | undefined;
  /** The story whose player is shown, and which of the PLAYERS templates shows it. */
  private playerOf: string | undefined;
  private player: 0 | 1 = 0;

  private get strings(): NarrativePanelStrings {
    return narrativePanelStrings.in(this.effectiveLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filtersChanged = changed.has('narrative') || changed.has('topic') || changed.has('indicator');
    if (filtersChanged || this.monitorData !== this.selectedFrom) this.select();
    if (this.chosenId !== this.playerOf) {
      this.playerOf = this.chosenId;
      this.player = this.player ? 0 : 1;
    }
  }

  private select(): void {
    const dataset = this.monitorData;
    this.selectedFrom = dataset;
    this.narratives = [];
    if (!dataset) return;
    // An earlier problem with this element's own attributes: they may be fine now.
    if (this.loadState === 'error') this.loadState = 'ready';
    const problem = (path: 'narrative' | 'topic' | 'indicator', code: string) => {
      this.reportProblem({ severity: 'error', path, code, message: narrativePanelProblems[path](this[path]) });
    };
    if (this.narrative && !dataset.narratives.some(({ id }) => id === this.narrative)) {
      problem('narrative', 'unknown-narrative');
      return;
    }
    if (this.topic && !dataset.topics.has(this.topic)) {
      problem('topic', 'unknown-topic');
      return;
    }
    if (this.indicator && !dataset.indicators.has(this.indicator)) {
      problem('indicator', 'unknown-indicator');
      return;
    }
    this.narratives = selectNarratives(dataset.narratives, { narrative: this.narrative, topic: this.topic, indicator: this.indicator });
    if (!this.narratives.some(({ id }) => id === this.chosenId)) this.chosenId = this.narratives[0]?.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(`[part~="${target}"]`)?.focus();
  }

  private choose(narrative: Narrative): void {
    if (narrative.id === this.chosenId) return;
    this.chosenId = narrative.id;
    // Take the viewer to the story they chose, which may be out of sight above the list.
    this.focusAfterUpdate = 'title';
  }

  private agree(narrative: Narrative, provider: VideoProvider): void {
    this.consented = new Set([...this.consented, narrative.id]);
    this.focusAfterUpdate = 'embed';
    emit<StroomopConsentDetail>(this, 'stroomop-consent', { provider, narrative: narrative.id });
  }

  protected renderContent(): TemplateResult {
    const chosen = this.narratives.find(({ id }) => id === this.chosenId);
    if (!chosen) return html`<div part="base"><p part="empty">${this.strings.empty}</p></div>`;
    const several = this.narratives.length > 1;
    return html`<div part="base" class=${several ? 'several' : 'single'}>
      ${this.renderPlayer(chosen)} ${several ? this.renderList() : nothing}
    </div>`;
  }

  private renderMeta(narrative: Narrative, withDate: boolean): TemplateResult[] {
    const lang = this.effectiveLang;
    const duration = formatDuration(narrative.duration, lang);
    const items = [html`<span part="role">${this.common.roles[narrative.role]}</span>`];
    if (withDate && narrative.date) items.push(html`<time datetime=${narrative.date}>${formatDate(narrative.date, lang)}</time>`);
    if (duration) items.push(html`<span><span class="visually-hidden">${this.strings.duration} </span>${duration}</span>`);
    return items.map((item, index) => (index ? html`<span class="separator" aria-hidden="true"> · </span>${item}` : item));
  }

  private renderList(): TemplateResult {
    const lang = this.effectiveLang;
    return html`<div class="choices">
      <p part="list-label" id="list-label">${this.strings.list}</p>
      <ul part="list" role="list" aria-labelledby="list-label">
        ${this.narratives.map((narrative) => {
          const poster = imageUrl(narrative.poster);
          return html`<li>
            <button part="choice" type="button" aria-pressed=${narrative.id === this.chosenId ? 'true' : 'false'} @click=${() => { this.choose(narrative); }}>
              ${poster ? html`<img part="choice-poster" src=${poster} alt="" loading="lazy" />` : nothing}
              <span class="choice-text">
                <span part="choice-title" dir="auto" lang=${langOf(narrative.title, lang)}>${localize(narrative.title, lang)}</span>
                <span part="choice-meta">${this.renderMeta(narrative, false)}</span>
              </span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderPlayer(narrative: Narrative): TemplateResult {
    const lang = this.effectiveLang;
    const strings = this.strings;
    const title = localize(narrative.title, lang);
    const paragraphs = localizeParagraphs(narrative.transcript, lang);
    const indicators = (narrative.indicators ?? []).flatMap((id) => {
      const indicator = this.monitorData?.indicators.get(id);
      return indicator ? [{ id, title: indicator.title }] : [];
    });
    return html`<article part="player" aria-labelledby=${TITLE_ID}>
      ${heading(clampLevel(this.headingLevel, 3), 'title', html`<span lang=${langOf(narrative.title, lang)}>${title}</span>`, { id: TITLE_ID, focusTarget: true })}
      <p part="meta">${this.renderMeta(narrative, true)}</p>
      ${PLAYERS[this.player](this.renderVideo(narrative, title))}
      <details part="transcript">
        <summary part="transcript-summary">${strings.transcript}</summary>
        <div part="transcript-text" lang=${langOf(narrative.transcript, lang)}>${paragraphs.map((paragraph) => html`<p dir="auto">${paragraph}</p>`)}</div>
      </details>
      ${indicators.length
        ? html`<div part="indicators">
            <p id="indicators-label">${strings.indicators}</p>
            <ul aria-labelledby="indicators-label">
              ${indicators.map(
                (indicator) =>
                  html`<li><a part="indicator-link" href=${`#stroomop-indicator-${indicator.id}`} dir="auto" lang=${langOf(indicator.title, lang)} @click=${this.onLocalLink}>${localize(indicator.title, lang)}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}
    </article>`;
  }

  /** Follows the in-page link across shadow roots (see src/base/local-links.ts). */
  private readonly onLocalLink = (event: MouseEvent): void => {
    followLocalLink(event, this);
  };

  private renderVideo(narrative: Narrative, title: string): TemplateResult {
    const lang = this.effectiveLang;
    const strings = this.strings;
    const video = narrative.video;
    const poster = imageUrl(narrative.poster);
    const unavailable = html`<p part="unavailable">${strings.unavailable}</p>`;
    if (video.kind === 'file') {
      const src = gateUrl(video.src);
      if (!src) return unavailable;
      const tracks = captionTracks(video.captions, lang);
      // Captions from another origin load only with CORS.
      const needsCors = crossOrigin(tracks.map((track) => track.src), location.origin);
      return html`<video part="video" controls preload="none" poster=${poster ?? nothing} crossorigin=${needsCors ? 'anonymous' : nothing} aria-labelledby=${TITLE_ID}>
        <source src=${src} type=${video.type ?? nothing} />
        ${tracks.map((track) => html`<track kind="captions" src=${track.src} srclang=${track.srclang} label=${track.label} ?default=${track.isDefault} />`)}
      </video>`;
    }
    const provider = video.kind;
    const name = PROVIDER_NAMES[provider];
    const url = embedUrl(provider, video.id);
    if (!url) return unavailable;
    if (this.consented.has(narrative.id))
      return html`<iframe
        part="embed"
        src=${url}
        title=${strings.embedTitle(title, name)}
        allow="autoplay; fullscreen; picture-in-picture"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    return html`<div part="consent">
      ${poster ? html`<img part="poster" src=${poster} alt=${localize(narrative.posterAlt, lang)} />` : nothing}
      <div class="consent-panel">
        <p part="consent-text">${strings.consent(name)}</p>
        <button part="consent-button" type="button" @click=${() => { this.agree(narrative, provider); }}>
          ${strings.load}<span class="visually-hidden">: ${title}</span>
        </button>
      </div>
    </div>`;
  }
}
