/**
 * Renders every story, as Storybook does (args, render, decorators, loaders, the
 * theme and language container of .storybook/preview.ts), waits until its
 * elements settle, and checks that it is not blank and has no axe violations
 * (WCAG 2.1 AA and 2.2 AA) in the default theme; then the colour contrast in
 * every other theme.
 *
 * The story files come from test/stories.index.generated.ts (scripts/index-stories.mjs;
 * `--check` fails when it is stale), and every element in custom-elements.json is also
 * imported directly from stories/<folder>.stories.ts, so an element's stories are tested
 * even before the index is regenerated, and an element without stories fails.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import { axeViolations } from './helpers/axe.js';
import { storyFiles } from './stories.index.generated.js';
import { DEFAULT_THEME, THEMES, containerClass, themeById } from '../stories/support/themes.js';

type Args = Record<string, unknown>;
type Globals = Record<string, unknown>;
interface StoryContext {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: Globals;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  abortSignal: AbortSignal;
  canvasElement: HTMLElement;
}
type Rendered = TemplateResult | Node | string | null | undefined;
type RenderFunction = (args: Args, context: StoryContext) => Rendered;
type Decorator = (story: (update?: unknown) => Rendered, context: StoryContext) => Rendered;
type Loader = (context: StoryContext) => Promise<Record<string, unknown> | undefined> | Record<string, unknown> | undefined;
interface Annotations {
  title?: string;
  component?: string;
  name?: string;
  args?: Args;
  globals?: Globals;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[] | Decorator;
  loaders?: Loader[] | Loader;
  render?: RenderFunction;
  includeStories?: (string | RegExp)[] | RegExp;
  excludeStories?: (string | RegExp)[] | RegExp;
  tags?: string[];
}
interface Story {
  file: string;
  exportName: string;
  title: string;
  name: string;
  meta: Annotations;
  story: Annotations;
  render: RenderFunction;
}

const list = <T>(value: T[] | T | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function matches(name: string, pattern: (string | RegExp)[] | RegExp | undefined): boolean | undefined {
  if (pattern === undefined) return undefined;
  return list(pattern).some((entry) => (typeof entry === 'string' ? entry === name : entry.test(name)));
}

/** "MyStoryName" → "My Story Name", as Storybook names a story without `name`. */
const storyName = (exportName: string): string =>
  exportName.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** The default render of @storybook/web-components: the component's tag with every arg as a property. */
function defaultRender(meta: Annotations): RenderFunction {
  return (args) => {
    if (!meta.component) throw new Error('a story without render needs `component` in its default export');
    const element = document.createElement(meta.component) as unknown as Record<string, unknown>;
    Object.entries(args).forEach(([key, value]) => { element[key] = value; });
    return element as unknown as HTMLElement;
  };
}

function storiesOf(file: string, module: Record<string, unknown>): Story[] {
  const meta = (module.default ?? {}) as Annotations;
  const title = meta.title ?? file.replace(/^stories\//, '').replace(/\.stories\.ts$/, '');
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default' && exportName !== '__namedExportsOrder')
    .filter(([exportName]) => matches(exportName, meta.includeStories) ?? true)
    .filter(([exportName]) => !(matches(exportName, meta.excludeStories) ?? false))
    .filter(([, value]) => typeof value === 'function' || (typeof value === 'object' && value !== null))
    .map(([exportName, value]) => {
      const story = (typeof value === 'function' ? { render: value } : value) as Annotations;
      return { file, exportName, title, name: story.name ?? storyName(exportName), meta, story, render: story.render ?? meta.render ?? defaultRender(meta) };
    });
}

/** The stroomop-* elements under a node, through open shadow roots. */
function stroomopElements(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.localName.startsWith('stroomop-')) found.push(element);
    if (element.shadowRoot) found.push(...stroomopElements(element.shadowRoot));
  }
  return found;
}

/** A Lit element's pending update, or nothing to wait for. */
const updated = (element: HTMLElement): Promise<unknown> => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve();

const nextFrame = (): Promise<void> => new Promise((resolve) => { requestAnimationFrame(() => { resolve(); }); });

/** How long an element may stay loading before the story counts as a loading-state story. */
const LOADING_LIMIT_MS = 5000;

/**
 * Waits until every stroomop-* element (also those an element renders inside its own
 * shadow root once loaded) has updated and, when it loads documents, has fired
 * stroomop-load or stroomop-error.
 */
async function settle(container: HTMLElement, settled: WeakSet<EventTarget>): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const elements = stroomopElements(container);
    await Promise.all(elements.map(updated));
    const loading = elements.filter(
      (element) => (element as unknown as { loadState?: string }).loadState === 'loading' && !settled.has(element),
    );
    if (!loading.length && stroomopElements(container).length === elements.length) break;
    await Promise.all(
      loading.map(
        (element) =>
          new Promise<void>((resolve) => {
            const done = (): void => {
              clearTimeout(timer);
              element.removeEventListener('stroomop-load', done);
              element.removeEventListener('stroomop-error', done);
              resolve();
            };
            // A story that stays loading is tested in its loading state, once.
            const timer = setTimeout(() => {
              settled.add(element);
              done();
            }, LOADING_LIMIT_MS);
            element.addEventListener('stroomop-load', done);
            element.addEventListener('stroomop-error', done);
          }),
      ),
    );
  }
  // Layout-driven drawing (ResizeObserver) happens in the next frames.
  await nextFrame();
  await nextFrame();
  await Promise.all(stroomopElements(container).map(updated));
}

let stylesheetsLoaded: Promise<void> | undefined;
/** The stylesheets .storybook/preview.ts loads: every theme and the story container. */
function loadStylesheets(): Promise<void> {
  const urls = [...new Set([...THEMES.flatMap(({ stylesheets }) => stylesheets), '/stories/support/story.css'])];
  stylesheetsLoaded ??= Promise.all(
    urls.map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          link.onload = () => { resolve(); };
          link.onerror = () => { reject(new Error(`stylesheet ${href} did not load`)); };
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
  return stylesheetsLoaded;
}

interface Rendering {
  container: HTMLElement;
  errors: string[];
  cleanup: () => void;
}

/** Renders a story the way .storybook/preview.ts does, in the given theme. */
async function renderStory(entry: Story, themeId?: string): Promise<Rendering> {
  await loadStylesheets();
  const globals: Globals = { theme: DEFAULT_THEME, lang: 'nl', ...entry.meta.globals, ...entry.story.globals, ...(themeId ? { theme: themeId } : {}) };
  const parameters = { ...entry.meta.parameters, ...entry.story.parameters };
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => { errors.push(event.message); };
  const onRejection = (event: PromiseRejectionEvent): void => { errors.push(String(event.reason)); };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const settled = new WeakSet<EventTarget>();
  const mark = (event: Event): void => { event.composedPath().forEach((target) => settled.add(target)); };
  canvas.addEventListener('stroomop-load', mark);
  canvas.addEventListener('stroomop-error', mark);
  const controller = new AbortController();
  const context: StoryContext = {
    id: `${entry.title}--${entry.exportName}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    name: entry.name,
    title: entry.title,
    args: { ...entry.meta.args, ...entry.story.args },
    argTypes: {},
    globals,
    parameters,
    loaded: {},
    viewMode: 'story',
    abortSignal: controller.signal,
    canvasElement: canvas,
  };
  for (const loader of [...list(entry.meta.loaders), ...list(entry.story.loaders)]) Object.assign(context.loaded, await loader(context));

  // Story decorators innermost, then the file's, then the container of .storybook/preview.ts.
  let storyFn = (): Rendered => entry.render(context.args, context);
  for (const decorator of [...list(entry.story.decorators), ...list(entry.meta.decorators)]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  const theme = themeById(globals.theme);
  const lang = globals.lang === 'en' ? 'en' : 'nl';
  const template =
    parameters.stroomopContainer === false ? html`${storyFn()}` : html`<div class=${containerClass(theme)} lang=${lang}>${storyFn()}</div>`;
  render(template, canvas);
  await settle(canvas, settled);
  return {
    container: canvas,
    errors,
    cleanup: () => {
      controller.abort();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      render(html``, canvas);
      canvas.remove();
    },
  };
}

interface AxeRunner {
  run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
}

/** Runs axe with only the rules a theme changes. */
async function contrastViolations(context: Element): Promise<string[]> {
  const page = window as unknown as { axe?: AxeRunner };
  // test/helpers/axe.ts loads axe-core on its first run.
  if (!page.axe) await axeViolations(context);
  const axe = page.axe!;
  const result = await axe.run(context, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? `\n  ${node.failureSummary}` : ''}`),
  );
}

interface ManifestModule {
  path: string;
  declarations?: { customElement?: boolean; tagName?: string }[];
}

/** Each element in custom-elements.json with the story file it must have (stories/<folder>.stories.ts). */
async function elementStoryFiles(): Promise<{ tagName: string; file: string }[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: ManifestModule[] };
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const folder = /^src\/components\/([^/]+)\//.exec(module.path)?.[1] ?? declaration.tagName!.replace(/^stroomop-/, '');
        return { tagName: declaration.tagName!, file: `stories/${folder}.stories.ts` };
      }),
  );
}

/** A file's text, or undefined when it does not exist (the file command throws then). */
async function fileText(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch {
    return undefined;
  }
}

// Mocha needs the tests before it starts: collect the stories at the top level.
const modules = new Map<string, Record<string, unknown>>(Object.entries(storyFiles));
const elementFiles = await elementStoryFiles();
const missing: { tagName: string; file: string }[] = [];
for (const { tagName, file } of elementFiles) {
  if (modules.has(file)) continue;
  if ((await fileText(`../${file}`)) === undefined) {
    missing.push({ tagName, file });
    continue;
  }
  // Not in the index yet (node scripts/index-stories.mjs adds it): tested all the same.
  modules.set(file, (await import(`/${file}`)) as Record<string, unknown>);
}
const stories = [...modules].flatMap(([file, module]) => storiesOf(file, module));

describe('stories: the index', () => {
  it('every element in custom-elements.json has a story file', () => {
    expect(missing.map(({ tagName, file }) => `${tagName}: ${file}`)).to.deep.equal([]);
  });

  it('every story file in the index exports stories', () => {
    for (const [file, module] of modules) expect(storiesOf(file, module).length, file).to.be.greaterThan(0);
  });
});

for (const entry of stories) {
  describe(`story ${entry.title} › ${entry.name}`, () => {
    it('renders something and has no axe violations (WCAG 2.1 AA, 2.2 AA)', async () => {
      const { container, errors, cleanup } = await renderStory(entry);
      try {
        expect(errors, 'uncaught errors while rendering').to.deep.equal([]);
        // The story's own elements (not those they render inside their shadow roots) each show text.
        const elements = [...container.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('stroomop-'));
        for (const element of elements) {
          const text = (element.shadowRoot ?? element).textContent.trim();
          expect(text.length, `<${element.localName}> in ${entry.file} › ${entry.exportName} is blank`).to.be.greaterThan(0);
        }
        if (!elements.length) expect(container.textContent.trim().length, `${entry.file} › ${entry.exportName} renders no text`).to.be.greaterThan(0);
        const violations = await axeViolations(container);
        expect(violations, `${entry.file} › ${entry.exportName}:\n${violations.join('\n')}`).to.deep.equal([]);
      } finally {
        cleanup();
      }
    });

    for (const theme of THEMES.filter(({ id }) => id !== DEFAULT_THEME)) {
      it(`keeps colour contrast in the theme ${theme.title}`, async function () {
        if (entry.story.globals?.theme !== undefined || entry.story.parameters?.stroomopContainer === false) {
          this.skip(); // the story fixes its own theme
        }
        const { container, cleanup } = await renderStory(entry, theme.id);
        try {
          const violations = await contrastViolations(container);
          expect(violations, `${entry.file} › ${entry.exportName} in ${theme.title}:\n${violations.join('\n')}`).to.deep.equal([]);
        } finally {
          cleanup();
        }
      });
    }
  });
}
