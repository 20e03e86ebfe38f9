import { LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Audience, MonitorDocument } from '../format/types.generated.js';
import type { Lang } from '../format/text.js';
import { formatIssue, type ValidationIssue } from '../format/problems.js';
import type { MonitorDataset } from '../data/dataset.js';
import { datasetFrom, loadDataset, parseSrc, forgetSources, type LoadResult } from '../data/loader.js';
import { resolveLang, onLangChange } from '../i18n/lang.js';
import { commonUi, type CommonStrings } from '../i18n/common.strings.js';
import type { UiStrings } from '../i18n/strings.js';
import { emit, type StroomopErrorDetail, type StroomopLoadDetail, type StroomopWarningDetail } from './events.js';

type ErrorViewModule = typeof import('./error-view.js');
let errorViewModule: ErrorViewModule | undefined;
let errorViewLoading: Promise<unknown> | undefined;

/**
 * What every StroomOP element shares: reading monitor documents from `src` or
 * `data`, the language, the audience, and the loading and error states.
 * Subclasses implement `renderContent(dataset)`.
 */
export abstract class MonitorElement extends LitElement {
  // Reactive properties are declared here rather than with decorators, which would each cost a helper call
  // in every bundle. The fields are `declare`d (no class field may shadow Lit's accessors) and get their
  // defaults in the constructor.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    lang: { reflect: true },
    audience: { reflect: true },
    loadState: { state: true },
    monitorData: { state: true },
    issues: { state: true },
    inheritedLang: { state: true },
  };

  /** One or more URLs of monitor documents, separated by spaces. Each URL is fetched once per page. */
  declare src: string;

  /** One or more monitor documents, already parsed. Takes precedence over `src`. */
  declare data: MonitorDocument | MonitorDocument[] | undefined;

  /** Language: `nl` or `en`. Without it, the nearest ancestor's `lang`, else Dutch. */
  declare lang: string;

  /** The widest audience whose items may be shown: `public` (default), `network` or `internal`. */
  declare audience: Audience;

  /**
   * The element's own UI strings. Dutch ships with the element; the English ones (and the common ones) load the
   * first time it speaks English, and until they are in it shows nothing of its own: no flash of Dutch.
   */
  protected static uiStrings: UiStrings<unknown>[] = [];

  protected declare loadState: 'idle' | 'loading' | 'ready' | 'error';
  protected declare monitorData: MonitorDataset | undefined;
  protected declare issues: ValidationIssue[];
  private declare inheritedLang: Lang;

  private loadController: AbortController | undefined;
  /** What updateComplete waits for besides the update: strings, messages or code loading on demand. */
  private readonly waits = new Set<Promise<unknown>>();
  private stopWatchingLang: (() => void) | undefined;

  constructor() {
    super();
    this.src = '';
    this.lang = '';
    this.audience = 'public';
    this.loadState = 'idle';
    this.issues = [];
    this.inheritedLang = 'nl';
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.waits.size) {
      await Promise.all(this.waits);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Makes updateComplete wait for `promise` too, and for the update that follows it. */
  protected waitFor(promise: Promise<unknown>): void {
    const wait = promise.finally(() => this.waits.delete(wait));
    this.waits.add(wait);
  }

  /** The strings that have yet to load before the element can speak English (none when it speaks Dutch). */
  private get missingEnglish(): UiStrings<unknown>[] {
    return this.effectiveLang === 'en' ? [commonUi, ...(this.constructor as typeof MonitorElement).uiStrings].filter((strings) => !strings.en) : [];
  }

  /** The language the element speaks now. */
  get effectiveLang(): Lang {
    if (this.lang) return this.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
    return this.inheritedLang;
  }

  protected get common(): CommonStrings {
    return commonUi.in(this.effectiveLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.inheritedLang = resolveLang(this.parentElement ?? this);
    this.stopWatchingLang = onLangChange(() => {
      this.inheritedLang = resolveLang(this.parentElement ?? this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.loadController?.abort();
    this.loadController = undefined;
    // Reconnecting must load again, as the abort above left the data unloaded.
    if (this.loadState === 'loading') this.loadState = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const missing = this.missingEnglish;
    if (missing.length) {
      this.waitFor(
        Promise.all(missing.map((strings) => strings.load())).then(() => {
          this.requestUpdate();
        }),
      );
    }
    if (changed.has('src') || changed.has('data') || changed.has('audience') || (this.loadState === 'idle' && this.isConnected)) {
      void this.load();
    }
  }

  /** Reads the sources again; with `fresh`, fetches the URLs again instead of using the page's shared copy. */
  protected async load(fresh = false): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    if (this.data !== undefined) {
      const documents = Array.isArray(this.data) ? this.data : [this.data];
      const result = datasetFrom(documents.map((document) => ({ document })), this.audience);
      if (!(result instanceof Promise)) {
        this.settle(result);
        return;
      }
      // Problems need their messages first (a module loaded on demand); updateComplete waits for them.
      const pending = result.then((settled) => {
        if (this.loadController === controller) this.settle(settled);
      });
      this.waitFor(pending);
      await pending;
      return;
    }
    const urls = this.sourceUrls();
    if (!urls.length) {
      this.loadState = 'idle';
      return;
    }
    if (fresh) forgetSources(urls);
    else this.loadState = 'loading';
    try {
      const result = await loadDataset(urls, controller.signal, this.audience);
      if (this.loadController === controller) this.settle(result);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.settle({
        ok: false,
        issues: [{ severity: 'error', path: 'src', code: 'internal', message: { nl: `onverwachte fout: ${String(error)}`, en: `unexpected error: ${String(error)}` } }],
      });
    }
  }

  /** The URLs to read; an element that finds its sources elsewhere (a view definition) overrides this. */
  protected sourceUrls(): string[] {
    return parseSrc(this.src);
  }

  private settle(result: LoadResult): void {
    if (result.ok) {
      this.monitorData = result.dataset;
      this.issues = result.warnings;
      this.loadState = 'ready';
      emit<StroomopLoadDetail>(this, 'stroomop-load', { dataset: result.dataset, warnings: result.warnings });
      this.announce(result.warnings);
    } else {
      this.monitorData = undefined;
      this.issues = result.issues;
      this.loadState = 'error';
      const first = result.issues[0];
      emit<StroomopErrorDetail>(this, 'stroomop-error', { issues: result.issues, message: first ? formatIssue(first, 'en') : 'unknown error' });
    }
  }

  /**
   * Adds a warning about what the element left out (a link it would not make from an attribute, say) to its
   * warnings, the console and a `stroomop-warning` event; the same warning is told once.
   */
  protected warn(issue: ValidationIssue): void {
    if (this.issues.some((known) => known.code === issue.code && known.path === issue.path && known.message.en === issue.message.en)) return;
    this.issues = [...this.issues, issue];
    this.announce([issue]);
  }

  /** Every warning is said in the console and fired: what was left out never goes unsaid. */
  private announce(warnings: ValidationIssue[]): void {
    if (!warnings.length) return;
    for (const warning of warnings) console.warn(`${this.localName}: ${formatIssue(warning, 'en')}`);
    emit<StroomopWarningDetail>(this, 'stroomop-warning', { issues: warnings, message: formatIssue(warnings[0]!, 'en') });
  }

  /** The warnings of the data shown: what was left out or withheld, each with its path and message. */
  get warnings(): ValidationIssue[] {
    return this.loadState === 'ready' ? this.issues.filter(({ severity }) => severity === 'warning') : [];
  }

  /** Reports a problem found while rendering (an unknown indicator, say) the same way as a load error. */
  protected reportProblem(issue: ValidationIssue): void {
    if (this.loadState === 'error' && this.issues.some((known) => known.code === issue.code && known.path === issue.path)) return;
    this.issues = [issue];
    this.loadState = 'error';
    emit<StroomopErrorDetail>(this, 'stroomop-error', { issues: [issue], message: formatIssue(issue, 'en') });
  }

  protected abstract renderContent(dataset: MonitorDataset): TemplateResult | typeof nothing;

  protected renderLoading(): TemplateResult {
    return html`<div part="status" role="status" aria-live="polite">${this.common.loading}</div>`;
  }

  protected renderIdle(): TemplateResult | typeof nothing {
    return html`<div part="status">${this.common.empty}</div>`;
  }

  /** The error state. Its module loads the first time an element on the page has a problem to show. */
  protected renderError(issues: ValidationIssue[] = this.issues): TemplateResult | typeof noChange {
    if (errorViewModule) return errorViewModule.errorView(issues, this.effectiveLang);
    errorViewLoading ??= import('./error-view.js').then((module) => (errorViewModule = module));
    this.waitFor(
      errorViewLoading.then(() => {
        this.requestUpdate();
      }),
    );
    return this.keepShown();
  }

  /** While something the element needs is loading: what is shown stays (the first time: the status part, empty, which reserves its space). */
  private keepShown(): TemplateResult | typeof noChange {
    return this.hasUpdated ? noChange : html`<div part="status"></div>`;
  }

  protected override render(): TemplateResult | typeof nothing | typeof noChange {
    // No word of Dutch while the English strings load.
    return this.missingEnglish.length ? this.keepShown() : this.renderState();
  }

  /** The loading, error, idle or ready state. */
  protected renderState(): TemplateResult | typeof nothing | typeof noChange {
    switch (this.loadState) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError();
      case 'ready':
        return this.monitorData ? this.renderContent(this.monitorData) : this.renderIdle();
      default:
        return this.renderIdle();
    }
  }
}
