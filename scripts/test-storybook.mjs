// The static Storybook, as a visitor of the published site sees it (issue #19):
//   1. package.json's `sideEffects` keeps every module that defines an element (src/, stories/):
//      the bundler drops a side-effect import of a module the list calls pure, and the static
//      build then shows no element at all (the dev server does not tree-shake, so only the
//      built site shows it);
//   2. `storybook build` into a temporary directory;
//   3. the build contains no token values of a theme package whose licence does not allow
//      redistribution (stories/support/themes.ts lists the theme packages; the licence is read
//      from each package's own package.json);
//   4. every entry of the built index.json (stories and docs pages) opened in headless
//      Chromium from a node:http server on 127.0.0.1: it fails when the story root is empty,
//      when an element is not defined, when a stroomop-* element has an empty shadow root or
//      no height, and on every console error or uncaught exception.
// One line per failure, then `N passed, N failed` (one test per entry, plus the checks of 1 and 3).
//
//   node scripts/test-storybook.mjs                 build, check, remove the build
//   node scripts/test-storybook.mjs --dir <path>    check an existing build (no build)
//   node scripts/test-storybook.mjs --keep          keep the build (its path is printed)
//   node scripts/test-storybook.mjs --only <text>   only the entries whose id contains <text>
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
/* global window, document, customElements, requestAnimationFrame -- the functions passed to page.evaluate run in the page */
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, applyChromiumEnv, findChromium } from './chromium.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

/**
 * Files asked for on purpose although they do not exist: the "Error: 404" and "Missing view"
 * stories, and the favicon Chromium asks every site for.
 */
const EXPECTED_MISSING = new Set(['/examples/data/bestaat-niet.json', '/examples/views/bestaat-niet.json', '/favicon.ico']);
/** Licences that allow bundling a package's files into a published site. */
const REDISTRIBUTABLE = /^(EUPL-1\.[12]|MIT|CC0-1\.0|Apache-2\.0|ISC|BSD-[23]-Clause|0BSD|MPL-2\.0|OFL-1\.1)$/;
const ENTRY_TIMEOUT = 20_000;

let passed = 0;
let failed = 0;
const fail = (name, reasons) => {
  failed += 1;
  console.log(`✘ ${name}: ${reasons.join('; ')}`);
};
const pass = () => {
  passed += 1;
};
const finish = () => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

// ---------------------------------------------------------------------------------------------
// 1. sideEffects covers every module that defines an element.

/** A package.json `sideEffects` pattern as a RegExp over a path from the package root (no leading ./). */
function patternRegExp(pattern) {
  let source = pattern.replace(/^\.\//, '');
  // As webpack and Vite read it: a pattern without a slash matches the file name in any folder.
  if (!source.includes('/')) source = `**/${source}`;
  let out = '';
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '*' && source[index + 1] === '*') {
      out += source[index + 2] === '/' ? '(?:.*/)?' : '.*';
      index += source[index + 2] === '/' ? 2 : 1;
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else out += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function sourceFiles(directory) {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(?:ts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function checkSideEffects() {
  const name = 'package.json sideEffects keeps every module that defines an element';
  const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (sideEffects === true || sideEffects === undefined) return pass();
  if (!Array.isArray(sideEffects)) return fail(name, [`sideEffects is ${JSON.stringify(sideEffects)}: every define module is dropped`]);
  const patterns = sideEffects.map(patternRegExp);
  const defining = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'stories'))]
    .filter((file) => /^(?!\s*(?:\/\/|\*)).*customElements\.define\(/m.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file).split(sep).join('/'));
  const missing = defining.filter((file) => !patterns.some((pattern) => pattern.test(file)));
  if (!defining.length) return fail(name, ['found no module that calls customElements.define in src/ or stories/']);
  if (missing.length) return fail(name, missing.map((file) => `${file} calls customElements.define but is not in sideEffects: a bundler drops its import`));
  pass();
}

// ---------------------------------------------------------------------------------------------
// 2. The build.

function build(outputDir) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn('npx', ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', outputDir], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      console.log(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s, exit code ${code}`);
      if (code !== 0) process.stdout.write(output);
      resolvePromise(code === 0);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 3. No token values of a package whose licence does not allow redistribution.

function filesUnder(directory, test) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/** The custom properties a stylesheet (or a bundle holding one) gives a value: `--name:` not inside var(). */
function definedProperties(text) {
  const names = new Set();
  for (const match of text.matchAll(/(?<![\w-]|var\(\s*)(--[a-z][\w-]*)\s*:/gi)) names.add(match[1]);
  return names;
}

/** Every theme package stories/support/themes.ts names, with its licence and the custom properties its CSS defines. */
function themePackages() {
  const themesSource = readFileSync(join(root, 'stories/support/themes.ts'), 'utf8');
  const names = [...new Set([...themesSource.matchAll(/\/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g)].map((match) => match[1]))];
  return names.map((name) => {
    const directory = join(root, 'node_modules', name);
    if (!existsSync(join(directory, 'package.json'))) return { name, installed: false };
    const { license } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    const redistributable = typeof license === 'string' && license.split(/\s+OR\s+/).some((id) => REDISTRIBUTABLE.test(id.replace(/[()]/g, '')));
    const properties = new Set();
    for (const file of filesUnder(join(directory, 'dist'), (file) => file.endsWith('.css'))) for (const property of definedProperties(readFileSync(file, 'utf8'))) properties.add(property);
    return { name, installed: true, license: license ?? '(none)', redistributable, properties };
  });
}

function checkLicences(outputDir) {
  const name = 'the build holds no token values of a package that may not be redistributed';
  const packages = themePackages().filter((entry) => entry.installed);
  const restricted = packages.filter((entry) => !entry.redistributable);
  const allowed = packages.filter((entry) => entry.redistributable);
  // Properties our own themes define, or an allowed package defines too (Den Haag defines --utrecht-* component tokens), prove nothing.
  const shared = new Set();
  for (const file of filesUnder(join(root, 'themes'), (file) => file.endsWith('.css'))) for (const property of definedProperties(readFileSync(file, 'utf8'))) shared.add(property);
  for (const entry of allowed) for (const property of entry.properties) shared.add(property);
  const built = new Set();
  for (const file of filesUnder(outputDir, (file) => /\.(?:css|js|html)$/.test(file))) for (const property of definedProperties(readFileSync(file, 'utf8'))) built.add(property);
  const reasons = [];
  for (const entry of restricted) {
    const own = [...entry.properties].filter((property) => !shared.has(property));
    const found = own.filter((property) => built.has(property));
    console.log(`  ${entry.name} (${entry.license}): not redistributable; ${found.length} of its ${own.length} own properties in the build`);
    if (found.length) reasons.push(`${entry.name} (licence ${entry.license}) is bundled: ${found.length} of its properties have values in the build, e.g. ${found.slice(0, 3).join(', ')}`);
  }
  for (const entry of allowed) {
    // The same detection must find an allowed package the preview bundles, or it proves nothing.
    const own = [...entry.properties].filter((property) => !restricted.some((other) => other.properties.has(property)));
    const found = own.filter((property) => built.has(property));
    console.log(`  ${entry.name} (${entry.license}): redistributable; ${found.length} of its ${own.length} properties in the build`);
    if (own.length && !found.length) reasons.push(`${entry.name} (licence ${entry.license}) is missing from the build: the check cannot see bundled tokens, or the theme was dropped`);
  }
  if (reasons.length) return fail(name, reasons);
  pass();
}

// ---------------------------------------------------------------------------------------------
// 4. Every entry in the browser.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(directory) {
  const base = resolve(directory);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = resolve(base, `.${decodeURIComponent(pathname)}`);
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Cached, so the browser compiles Storybook's bundles once for all entries.
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise(server)));
}

/** Hooks Storybook's channel before the preview creates it; sets window.__stroomopStatus. */
function hookChannel() {
  const done = { storyRendered: 'rendered', docsRendered: 'rendered', storyErrored: 'errored', storyThrewException: 'threw', storyMissing: 'missing', playFunctionThrewException: 'play threw' };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const [event, status] of Object.entries(done)) {
        value.on(event, (detail) => {
          if (!window.__stroomopStatus || window.__stroomopStatus.status === 'rendered') {
            const message = detail && typeof detail === 'object' ? (detail.description ?? detail.message ?? detail.title ?? '') : String(detail ?? '');
            window.__stroomopStatus = { status, message: String(message).slice(0, 300) };
          }
        });
      }
    },
  });
}

/** In the page: waits for every element under the root to finish updating. */
async function settle(rootSelector) {
  const all = (node, out = []) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) all(element.shadowRoot, out);
    }
    return out;
  };
  const frame = () => new Promise((resolveFrame) => requestAnimationFrame(() => resolveFrame()));
  for (let round = 0; round < 5; round += 1) {
    const rootNode = document.querySelector(rootSelector);
    if (!rootNode) return;
    const pending = all(rootNode).filter((element) => element.updateComplete instanceof Promise);
    const results = await Promise.all(pending.map((element) => element.updateComplete.catch(() => true)));
    await frame();
    await frame();
    if (results.every((complete) => complete === true)) return;
  }
}

/** In the page: what is wrong with the rendered entry, as a list of reasons. */
function inspect(rootSelector, isStory) {
  const reasons = [];
  const rootNode = document.querySelector(rootSelector);
  if (!rootNode) return [`no ${rootSelector} in the page`];
  if (!rootNode.children.length && !rootNode.textContent.trim()) return ['the story root is empty'];
  const all = (node, out = []) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) all(element.shadowRoot, out);
    }
    return out;
  };
  const elements = all(rootNode);
  const custom = elements.filter((element) => element.localName.includes('-'));
  const notDefined = [...new Set(custom.filter((element) => !customElements.get(element.localName)).map((element) => element.localName))];
  for (const tag of notDefined) reasons.push(`<${tag}> is not defined (its define module is not in the build)`);
  const ours = custom.filter((element) => element.localName.startsWith('stroomop-') && customElements.get(element.localName));
  const emptyShadow = new Set();
  for (const element of ours) {
    const shadow = element.shadowRoot;
    if (!shadow || (!shadow.querySelector('*') && !shadow.textContent.trim())) emptyShadow.add(element.localName);
  }
  for (const tag of emptyShadow) reasons.push(`<${tag}> has an empty shadow root`);
  // The elements the story itself places (not those inside another element's shadow root) take up room.
  const flat = new Set();
  for (const element of rootNode.querySelectorAll('*')) {
    if (!element.localName.startsWith('stroomop-') || !customElements.get(element.localName) || element.hidden) continue;
    const box = element.getBoundingClientRect();
    if (box.height < 1 || box.width < 1) flat.add(`${element.localName} (${Math.round(box.width)} x ${Math.round(box.height)} px)`);
  }
  for (const tag of flat) reasons.push(`<${tag}> is not drawn`);
  if (isStory && !ours.length && !notDefined.length) reasons.push('the story shows no stroomop-* element');
  const errorDisplay = document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent?.trim() : '';
  if (errorDisplay) reasons.push(`Storybook shows an error: ${errorDisplay.slice(0, 200)}`);
  return reasons;
}

async function checkEntries(outputDir) {
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries ?? {}).filter((entry) => !options.only || entry.id.includes(options.only));
  if (!entries.length) {
    fail('index.json', ['lists no story']);
    return;
  }
  const server = await serve(outputDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chromium = await findChromium();
  applyChromiumEnv(chromium);
  const browser = await puppeteer.launch({ executablePath: chromium.executablePath, args: [...CHROMIUM_ARGS, '--window-size=1200,900'], defaultViewport: { width: 1200, height: 900 } });
  const started = Date.now();
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(hookChannel);
    let problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${String(error?.message ?? error).split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const url = message.location()?.url ?? '';
      if (/^Failed to load resource/.test(message.text()) && url && EXPECTED_MISSING.has(new URL(url).pathname)) return;
      problems.push(`console error: ${message.text().split('\n')[0].slice(0, 300)}${url && /^Failed to load resource/.test(message.text()) ? ` (${url.replace(origin, '')})` : ''}`);
    });
    page.on('requestfailed', (request) => {
      const url = request.url();
      // An element that aborts its own fetch (a new src, or disconnected) is no failure.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      if (url.startsWith(origin) && !EXPECTED_MISSING.has(new URL(url).pathname)) problems.push(`request failed: ${url.replace(origin, '')} (${request.failure()?.errorText ?? 'unknown'})`);
    });
    for (const entry of entries) {
      problems = [];
      const isStory = entry.type === 'story';
      const rootSelector = isStory ? '#storybook-root' : '#storybook-docs';
      const label = `${entry.id} (${entry.title} › ${entry.name})`;
      try {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isStory ? 'story' : 'docs'}`, { waitUntil: 'load', timeout: ENTRY_TIMEOUT });
        await page.waitForFunction(() => window.__stroomopStatus !== undefined, { timeout: ENTRY_TIMEOUT, polling: 50 });
        const status = await page.evaluate(() => window.__stroomopStatus);
        if (status.status !== 'rendered') problems.push(`Storybook reports the story ${status.status}${status.message ? `: ${status.message}` : ''}`);
        // Elements that fetch their data draw after the response.
        await page.waitForNetworkIdle({ idleTime: 150, timeout: ENTRY_TIMEOUT }).catch(() => problems.push('the network did not go idle'));
        await page.evaluate(settle, rootSelector);
        problems.push(...(await page.evaluate(inspect, rootSelector, isStory)));
      } catch (error) {
        problems.push(`did not render within ${ENTRY_TIMEOUT / 1000} s: ${String(error?.message ?? error).split('\n')[0]}`);
      }
      if (problems.length) fail(label, [...new Set(problems)]);
      else pass();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${entries.length} entries opened in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------

checkSideEffects();
const outputDir = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'stroomop-storybook-'));
try {
  if (!options.dir && !(await build(outputDir))) fail('storybook build', ['exited with an error (output above)']);
  else if (!existsSync(join(outputDir, 'index.json'))) fail('storybook build', [`no index.json in ${outputDir}`]);
  else {
    checkLicences(outputDir);
    await checkEntries(outputDir);
  }
} finally {
  if (!options.dir && !options.keep) rmSync(outputDir, { recursive: true, force: true });
  else if (!options.dir) console.log(`build kept in ${outputDir}`);
}
finish();
