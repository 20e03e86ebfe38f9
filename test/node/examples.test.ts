/**
 * The example pages in headless Chromium, served from the project root as `npm start` does, against the
 * built dist/ (`npm test` builds first; run alone, this test builds when dist/ is missing or older than src/).
 *
 * Every page: no console errors, no uncaught errors, no failed requests, no request to another host, no
 * element in its error state, zero axe violations (WCAG 2.0/2.1 A and AA, 2.2 AA). The strict-CSP page
 * (and the embed, which has the same policy) reports zero securitypolicyviolation events. The iframe host
 * resizes its iframe to the height the embed posts. The embed turns bad parameters into a message and
 * never into markup.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateView } from '../../src/view/view-model.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface ChromiumModule {
  findChromium: () => Promise<{ executablePath: string; env: Record<string, string>; packaged: boolean }>;
  applyChromiumEnv: (browser: { env: Record<string, string> }) => void;
  CHROMIUM_ARGS: string[];
}
// scripts/chromium.js is plain JavaScript without a declaration file: import it by URL, typed here.
const chromiumModule = new URL('../../scripts/chromium.js', import.meta.url).href;
interface SriModule {
  hashes: (directory?: string) => { file: string; integrity: string }[];
}
const sriModule = new URL('../../scripts/sri.mjs', import.meta.url).href;

/** The newest modification time under a folder (files only). */
function newest(folder: string): number {
  let time = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

function ensureBuild(): void {
  const bundle = join(root, 'dist', 'cdn', 'stroomop-monitor.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(join(root, 'src'))) return;
  const build = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  assert.equal(build.status, 0, 'the build failed');
}

interface Visit {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

interface ElementState {
  tag: string;
  state: string;
  error: string;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof startDevServer>>;
let origin = '';

async function open(path: string): Promise<Visit> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const visit: Visit = { page, consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  // tsx (esbuild) wraps named functions in __name(); functions sent to the page need the helper there.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  // Listen before anything loads, so no violation or message is missed.
  await page.evaluateOnNewDocument(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        log.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(`${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => visit.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) visit.foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A media element or an aborted fetch (a newer request replaced it) cancels its request: no failure.
    if (reason === 'net::ERR_ABORTED') return;
    visit.failedRequests.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) visit.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(`${origin}/examples/${path}`, { waitUntil: 'load' });
  return visit;
}

/** Every StroomOP element in a frame, inside shadow roots too, with its state and any error text. */
function elementStates(frame: Frame | Page): Promise<ElementState[]> {
  return frame.evaluate(() => {
    const found: { tag: string; state: string; error: string }[] = [];
    const walk = (scope: Document | ShadowRoot) => {
      for (const element of Array.from(scope.querySelectorAll('*'))) {
        if (element.localName.startsWith('stroomop-')) {
          const host = element as HTMLElement & { loadState?: string };
          const error = element.shadowRoot?.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
          found.push({ tag: element.localName, state: host.loadState ?? 'undefined', error });
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Waits until every element has settled (ready or error) and the network is quiet. */
async function settle(frame: Frame | Page, page: Page): Promise<ElementState[]> {
  try {
    await frame.waitForFunction(
      () => {
        const states: string[] = [];
        const walk = (scope: Document | ShadowRoot) => {
          for (const element of Array.from(scope.querySelectorAll('*'))) {
            if (element.localName.startsWith('stroomop-')) {
              if (!customElements.get(element.localName)) states.push('undefined');
              else states.push((element as HTMLElement & { loadState?: string }).loadState ?? 'undefined');
            }
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        return states.length > 0 && states.every((state) => state === 'ready' || state === 'error');
      },
      { timeout: 15_000, polling: 100 },
    );
  } catch (error) {
    const states = await elementStates(frame);
    assert.fail(`${frame.url()}: the elements did not settle (${String(error)}):\n${states.map((state) => `${state.tag}: ${state.state} ${state.error}`).join('\n') || 'no StroomOP elements (is the bundle defining them?)'}`);
  }
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15_000 });
  return elementStates(frame);
}

const axeSource = () => readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations in one frame, as readable lines. */
async function axeViolations(frame: Frame | Page): Promise<string[]> {
  // Evaluated through DevTools rather than a <script> tag, which the strict policy's Trusted Types would refuse.
  await frame.evaluate(axeSource());
  return frame.evaluate(async (tags: string[]) => {
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}${node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
    );
  }, WCAG_TAGS);
}

const cspViolations = (frame: Frame | Page) => frame.evaluate(() => [...(window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []]);

/** The checks every page must pass. */
async function checkPage(path: string, { csp = false, minimumElements = 1, extra = undefined as ((page: Page) => Promise<void>) | undefined } = {}): Promise<Visit> {
  const visit = await open(path);
  const { page } = visit;
  try {
    const states = await settle(page, page);
    assert.ok(states.length >= minimumElements, `${path}: expected at least ${minimumElements} StroomOP elements, found ${states.length}`);
    const broken = states.filter((state) => state.state !== 'ready');
    assert.deepEqual(broken, [], `${path}: elements not ready:\n${broken.map((state) => `${state.tag}: ${state.state} ${state.error}`).join('\n')}`);
    // Snapshot the policy violations before axe runs: axe's own DOM work is not the page's.
    const violations = await cspViolations(page);
    if (csp) assert.deepEqual(violations, [], `${path}: Content-Security-Policy violations`);
    const axe = await axeViolations(page);
    assert.deepEqual(axe, [], `${path}: axe violations:\n${axe.join('\n')}`);
    assert.deepEqual(visit.pageErrors, [], `${path}: uncaught errors`);
    assert.deepEqual(visit.consoleErrors, [], `${path}: console errors`);
    assert.deepEqual(visit.failedRequests, [], `${path}: failed requests`);
    assert.deepEqual(visit.foreignRequests, [], `${path}: requests to another host`);
    if (extra) await extra(page);
  } finally {
    await page.close();
  }
  return visit;
}

describe('example pages', { timeout: 150_000 }, () => {
  before(async () => {
    ensureBuild();
    const { findChromium, applyChromiumEnv, CHROMIUM_ARGS } = (await import(chromiumModule)) as ChromiumModule;
    const chromium = await findChromium();
    applyChromiumEnv(chromium);
    server = await startDevServer({
      config: { rootDir: root, hostname: 'localhost', nodeResolve: false, watch: false },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    const address = server.server?.address();
    assert.ok(address && typeof address === 'object', 'the dev server has no address');
    origin = `http://localhost:${address.port}`;
    browser = await puppeteer.launch({ executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  test('index.html: the landing page', async () => {
    await checkPage('index.html', { minimumElements: 2 });
  });

  test('landelijk.html: every element and a whole view for NL01', async () => {
    const visit = await open('landelijk.html');
    try {
      const states = await settle(visit.page, visit.page);
      const tags = new Set(states.map((state) => state.tag));
      for (const tag of ['stroomop-monitor-view', 'stroomop-indicator-chart', 'stroomop-interpretation-note', 'stroomop-spotlight', 'stroomop-quote-stream', 'stroomop-narrative-panel'])
        assert.ok(tags.has(tag), `landelijk.html has no ${tag}`);
    } finally {
      await visit.page.close();
    }
    await checkPage('landelijk.html', { minimumElements: 6 });
  });

  test('gemeente.html: one script tag and the Utrecht house style', async () => {
    const html = readFileSync(join(root, 'examples', 'gemeente.html'), 'utf8');
    assert.equal(html.match(/<script\b/g)?.length, 1, 'the municipal page has exactly one script tag');
    await checkPage('gemeente.html', {
      minimumElements: 3,
      // The house style reaches the elements: Utrecht's text colour is the chart's text colour.
      extra: async (page) => {
        const colours = await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--utrecht-document-color)';
          document.body.append(probe);
          const utrecht = getComputedStyle(probe).color;
          probe.remove();
          const chart = document.querySelector('stroomop-indicator-chart')!;
          const heading = chart.shadowRoot?.querySelector('[part~="heading"]');
          return { utrecht, token: getComputedStyle(chart).getPropertyValue('--stroomop-color-text').trim(), heading: heading ? getComputedStyle(heading).color : 'no heading' };
        });
        assert.notEqual(colours.token, '', 'the bridge sets --stroomop-color-text');
        assert.equal(colours.heading, colours.utrecht, 'the chart\'s heading takes Utrecht\'s text colour');
      },
    });
  });

  test('gemeente-denhaag.html: one script tag and the Den Haag house style', async () => {
    const html = readFileSync(join(root, 'examples', 'gemeente-denhaag.html'), 'utf8');
    assert.equal(html.match(/<script\b/g)?.length, 1, 'the municipal page has exactly one script tag');
    await checkPage('gemeente-denhaag.html', {
      minimumElements: 2,
      // The house style reaches the elements: Den Haag's link colour is the chart's link token.
      extra: async (page) => {
        const colours = await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--denhaag-link-color)';
          document.body.append(probe);
          const denhaag = getComputedStyle(probe).color;
          probe.style.color = 'var(--stroomop-color-link)';
          const token = getComputedStyle(probe).color;
          probe.remove();
          const chart = document.querySelector('stroomop-indicator-chart')!;
          return { denhaag, token, set: getComputedStyle(chart).getPropertyValue('--stroomop-color-link').trim() };
        });
        assert.notEqual(colours.set, '', 'the bridge sets --stroomop-color-link');
        assert.equal(colours.token, colours.denhaag, 'the link token takes Den Haag\'s link colour');
      },
    });
  });

  test('aanbieder.html: own, regional and national documents, internal audience', async () => {
    await checkPage('aanbieder.html', { minimumElements: 4 });
  });

  test('strict-csp.html: works under the strict policy with zero violations', async () => {
    const html = readFileSync(join(root, 'examples', 'strict-csp.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style\b|\sstyle=/, 'no inline style');
    assert.match(html, /require-trusted-types-for 'script'/);
    await checkPage('strict-csp.html', { csp: true, minimumElements: 6 });
  });

  test('strict-csp.html: the table, the downloads and click-to-load video work under the policy', async () => {
    const visit = await open('strict-csp.html');
    const { page } = visit;
    try {
      await settle(page, page);
      const downloads: string[] = [];
      let allStarted: () => void = () => undefined;
      const threeDownloads = new Promise<void>((done) => {
        allStarted = done;
      });
      const session = await page.createCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: mkdtempSync(join(tmpdir(), 'stroomop-downloads-')), eventsEnabled: true });
      session.on('Browser.downloadWillBegin', (event) => {
        downloads.push(event.suggestedFilename);
        if (downloads.length === 3) allStarted();
      });
      const clickChartButton = (label: string) =>
        page.evaluate((text: string) => {
          const chart = document.querySelector('stroomop-indicator-chart');
          const button = [...(chart?.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent.trim() === text);
          button?.click();
          return Boolean(button);
        }, label);
      assert.ok(await clickChartButton('Toon tabel'), 'the chart has a "Toon tabel" button');
      await page.waitForFunction(() => Boolean(document.querySelector('stroomop-indicator-chart')?.shadowRoot?.querySelector('table')?.checkVisibility()));
      for (const format of ['CSV', 'SVG', 'PNG']) assert.ok(await clickChartButton(format), `the chart has a ${format} button`);
      // A guard, not a timing: the assertion below says which download did not start.
      await Promise.race([threeDownloads, new Promise((done) => setTimeout(done, 5_000))]);
      assert.deepEqual(downloads.map((name) => name.replace(/^.*\./, '')).sort(), ['csv', 'png', 'svg'], `downloads: ${downloads.join(', ')}`);

      // Click-to-load: nothing from YouTube or Vimeo before the click; after it, only the chosen platform.
      assert.deepEqual(visit.foreignRequests, [], 'no request to another host before consent');
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (new URL(request.url()).origin === origin) void request.continue();
        else void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' });
      });
      const provider = await page.evaluate(async () => {
        const panel = document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('stroomop-narrative-panel');
        const root = panel?.shadowRoot;
        if (!panel || !root) return '';
        for (const choice of [...root.querySelectorAll<HTMLButtonElement>('[part~="choice"]')]) {
          if (root.querySelector('[part~="consent-button"]')) break;
          choice.click();
          await panel.updateComplete;
        }
        return root.querySelector('[part~="consent-button"]') ? 'found' : '';
      });
      assert.equal(provider, 'found', 'the narrative panel offers a YouTube or Vimeo story');
      await page.evaluate(() => {
        document.querySelector('stroomop-narrative-panel')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="consent-button"]')?.click();
      });
      const embed = await page.waitForFunction(() => document.querySelector('stroomop-narrative-panel')?.shadowRoot?.querySelector('iframe')?.src ?? '', { timeout: 5_000 });
      const host = new URL(await embed.jsonValue()).host;
      assert.ok(['www.youtube-nocookie.com', 'player.vimeo.com'].includes(host), `the player comes from ${host}`);
      assert.ok(visit.foreignRequests.every((url) => new URL(url).host === host), `only the chosen platform: ${visit.foreignRequests.join(', ')}`);
      assert.deepEqual(await cspViolations(page), [], 'no policy violations from the table, the downloads or the player');
      assert.deepEqual(visit.pageErrors, []);
    } finally {
      await page.close();
    }
  });

  test('embed.html: a view by its checked parameters, under the strict policy', async () => {
    await checkPage('embed.html?view=uitkomsten&area=GM0344&lang=nl&theme=utrecht', { csp: true });
    await checkPage('embed.html?view=stemmen&lang=en&theme=dark', { csp: true });
    await checkPage('embed.html?view=uitkomsten&area=GM0344&lang=nl&theme=denhaag', { csp: true });
  });

  test('embed.html: bad parameters give a message, never markup or a request', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const visit = await open(`embed.html?view=..%2F..%2Fpackage&area=${hostile}&lang=fr&theme=${hostile}`);
    const { page } = visit;
    try {
      await page.waitForSelector('[role="alert"]');
      const result = await page.evaluate(() => ({
        alert: document.querySelector('[role="alert"]')?.textContent ?? '',
        images: document.querySelectorAll('img').length,
        elements: document.querySelectorAll('stroomop-monitor-view').length,
        lang: document.documentElement.lang,
      }));
      assert.equal(result.images, 0);
      assert.equal(result.elements, 0);
      assert.equal(result.lang, 'nl');
      assert.match(result.alert, /kan niet worden getoond/);
      assert.match(result.alert, /uitkomsten, stemmen/);
      assert.doesNotMatch(result.alert, /onerror|<img/);
      assert.ok(!visit.failedRequests.some((request) => request.includes('package')), 'no request for an unlisted view');
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await page.close();
    }
  });

  test('examples/views: every view definition is valid (schema and the elements\' own validator)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema', 'monitor-view.schema.json'), 'utf8')) as object;
    const ajvValidate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const files = readdirSync(join(root, 'examples', 'views')).filter((file) => file.endsWith('.json'));
    assert.ok(files.length >= 3);
    for (const file of files) {
      const view = JSON.parse(readFileSync(join(root, 'examples', 'views', file), 'utf8')) as unknown;
      assert.ok(ajvValidate(view), `${file}: ${JSON.stringify(ajvValidate.errors)}`);
      const { definition, issues } = validateView(view, file);
      assert.ok(definition, `${file}: ${issues.map((issue) => `${issue.path}: ${issue.message.en}`).join('; ')}`);
      for (const source of definition.sources ?? []) assert.ok(existsSync(join(root, 'examples', 'views', source)), `${file}: ${source} exists`);
    }
  });

  test('embed.js: its list of views is the public views in examples/views', () => {
    const script = readFileSync(join(root, 'examples', 'embed.js'), 'utf8');
    const listed = JSON.parse((/export const VIEWS = (\[[^\]]*\])/.exec(script)?.[1] ?? '[]').replaceAll("'", '"')) as string[];
    const publicViews = readdirSync(join(root, 'examples', 'views'))
      .filter((file) => file.endsWith('.json'))
      .filter((file) => {
        const view = JSON.parse(readFileSync(join(root, 'examples', 'views', file), 'utf8')) as { audience?: string };
        return (view.audience ?? 'public') === 'public';
      })
      .map((file) => file.replace(/\.json$/, ''));
    assert.deepEqual([...listed].sort(), publicViews.sort());
  });

  test('stroomop-monitor.js: one script tag, and a page with only quotes never downloads the chart code', async () => {
    // The embed page with no view loads the single-tag bundle and shows no element; then a quote stream is added.
    const visit = await open('embed.html?view=');
    const { page } = visit;
    try {
      const scripts = new Map<string, number>();
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        void response.buffer().then(
          (body) => scripts.set(new URL(response.url()).pathname, body.length),
          () => undefined,
        );
      });
      await page.waitForSelector('[role="alert"]');
      await page.evaluate(() => {
        const quotes = document.createElement('stroomop-quote-stream');
        quotes.setAttribute('src', 'data/nationaal.json');
        document.querySelector('main')!.append(quotes);
      });
      const states = await settle(page, page);
      assert.deepEqual(states.map((state) => `${state.tag}: ${state.state}`), ['stroomop-quote-stream: ready']);
      const loaded = [...scripts.keys()];
      assert.ok(loaded.includes('/dist/cdn/quote-stream.js'), `the quote stream's code was loaded on demand: ${loaded.join(', ')}`);
      assert.ok(!loaded.some((path) => path.includes('indicator-chart')), `the chart's code was downloaded: ${loaded.join(', ')}`);
      const total = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
      assert.ok(total < 150_000, `a quotes-only page loads ${total} bytes of script`);
    } finally {
      await page.close();
    }
  });

  test('sri.mjs: the browser accepts the printed hash and refuses a wrong one', async () => {
    const { hashes } = (await import(sriModule)) as SriModule;
    const entry = hashes(join(root, 'dist', 'cdn')).find((row) => row.file === 'quote-stream.js');
    assert.ok(entry, 'dist/cdn/quote-stream.js has a hash');
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/examples/index.html`, { waitUntil: 'load' });
      const load = (integrity: string) =>
        page.evaluate(
          (src: string, hash: string) =>
            new Promise<string>((done) => {
              const script = document.createElement('script');
              script.type = 'module';
              script.crossOrigin = 'anonymous';
              script.integrity = hash;
              script.src = `${src}?${hash.slice(7, 15)}`;
              script.onload = () => { done('loaded'); };
              script.onerror = () => { done('refused'); };
              document.head.append(script);
            }),
          '/dist/cdn/quote-stream.js',
          integrity,
        );
      assert.equal(await load(entry.integrity), 'loaded');
      assert.equal(await load(`sha384-${'A'.repeat(64)}`), 'refused');
    } finally {
      await page.close();
    }
  });

  test('iframe-host.html: the host resizes the iframe to the height the embed posts', async () => {
    const visit = await open('iframe-host.html');
    const { page } = visit;
    try {
      const handle = await page.waitForSelector('#stroomop-monitor');
      const frame = await handle?.contentFrame();
      assert.ok(frame, 'the iframe has a frame');
      const states = await settle(frame, page);
      assert.ok(states.length > 0 && states.every((state) => state.state === 'ready'), JSON.stringify(states));
      // The embed posts on every change of size; wait until the iframe has followed the last one.
      await page.waitForFunction(
        () => {
          const iframe = document.querySelector<HTMLIFrameElement>('#stroomop-monitor');
          const inner = iframe?.contentDocument?.documentElement;
          if (!iframe || !inner) return false;
          const wanted = Math.ceil(inner.getBoundingClientRect().height);
          return iframe.style.height === `${wanted}px` && Math.abs(iframe.clientHeight - wanted) <= 1;
        },
        { timeout: 10_000, polling: 100 },
      );
      const { height, content } = await page.evaluate(() => {
        const iframe = document.querySelector<HTMLIFrameElement>('#stroomop-monitor')!;
        return { height: iframe.clientHeight, content: iframe.contentDocument!.documentElement.getBoundingClientRect().height };
      });
      assert.ok(height > 400, `the iframe grew to its content (${height}px)`);
      assert.ok(Math.abs(height - content) <= 1, `iframe ${height}px, content ${content}px`);
      // A message from another window is ignored: the host checks event.source. The probe's listener
      // is added after the host's, so when it runs the host has already seen (and ignored) the message.
      const { before, after } = await page.evaluate(
        () =>
          new Promise<{ before: string; after: string }>((done) => {
            const iframe = document.querySelector<HTMLIFrameElement>('#stroomop-monitor')!;
            const before = iframe.style.height;
            window.addEventListener('message', () => { done({ before, after: iframe.style.height }); }, { once: true });
            window.postMessage({ type: 'stroomop-height', height: 123 }, '*');
          }),
      );
      assert.equal(after, before);
      assert.deepEqual(await cspViolations(frame), [], 'the embed inside the iframe: no policy violations');
      const axe = [...(await axeViolations(page)), ...(await axeViolations(frame))];
      assert.deepEqual(axe, [], `axe violations:\n${axe.join('\n')}`);
      assert.deepEqual(visit.pageErrors, [], 'uncaught errors');
      assert.deepEqual(visit.consoleErrors, [], 'console errors');
      assert.deepEqual(visit.failedRequests, [], 'failed requests');
      assert.deepEqual(visit.foreignRequests, [], 'requests to another host');
    } finally {
      await page.close();
    }
  });
});
