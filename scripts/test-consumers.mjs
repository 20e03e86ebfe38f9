/* global document */
// The packages as their users get them: both packed with `npm pack`, installed with a plain `npm install` into fresh
// projects in a temporary folder (no overrides, this machine's registry), then used there:
//   - the elements tarball holds a .d.ts for every export entry, and installs no arquero, DuckDB or native binary;
//   - a plain HTML page with one script tag from the installed dist/cdn draws a chart from the packaged sample data;
//   - a Vite app that imports the npm package builds and draws;
//   - the pipeline's `stroomop-monitor --help`, `convert --help` and `validate` work from the installed bin.
// Prints a line per check and closes with `N passed, N failed`. `--keep` keeps the temporary folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium, applyChromiumEnv, CHROMIUM_ARGS } from './chromium.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const work = mkdtempSync(join(tmpdir(), 'stroomop-consumers-'));
const keep = process.argv.includes('--keep');
const results = [];
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: result.status ?? 1, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

async function check(name, action) {
  try {
    await action();
    results.push(true);
    console.log(`✔ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`✘ ${name}\n    ${String(error?.message ?? error).split('\n').slice(0, 12).join('\n    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function dirSize(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

let browser;
async function drawnChart(url) {
  browser ??= await (async () => {
    const chromium = await findChromium();
    applyChromiumEnv(chromium);
    return puppeteer.launch({ executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS });
  })();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  await page.goto(url, { waitUntil: 'load' });
  const lines = await page
    .waitForFunction(
      () => {
        const chart = document.querySelector('stroomop-indicator-chart');
        const paths = chart?.shadowRoot?.querySelectorAll('svg path') ?? [];
        return paths.length > 0 ? paths.length : false;
      },
      { timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => 0);
  await page.close();
  assert(problems.length === 0, problems.join('\n'));
  assert(lines > 0, `no chart drawn at ${url}`);
}

try {
  // Packing runs each package's prepare/prepack: the elements' full build with types, then the pipeline's.
  const packed = sh('npm', ['pack', '--pack-destination', work, '--json'], root);
  assert(packed.code === 0, packed.out);
  const packedPipeline = sh('npm', ['pack', '-w', 'stroomop-monitor-pipeline', '--pack-destination', work, '--json'], root);
  assert(packedPipeline.code === 0, packedPipeline.out);
  const elementsTgz = join(work, readdirSync(work).find((name) => name.startsWith('stroomop-monitor-elements-')));
  const pipelineTgz = join(work, readdirSync(work).find((name) => name.startsWith('stroomop-monitor-pipeline-')));

  await check('the elements tarball holds a .d.ts for every export entry', () => {
    const listing = new Set(execFileSync('tar', ['-tzf', elementsTgz], { encoding: 'utf8' }).split('\n').map((line) => line.replace(/^package\//, '')));
    const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const missing = [];
    for (const [entry, target] of Object.entries(exports)) {
      if (typeof target !== 'object' || !target.types) continue;
      if (!listing.has(target.types.replace(/^\.\//, ''))) missing.push(`${entry}: ${target.types}`);
      if (!listing.has(target.default.replace(/^\.\//, ''))) missing.push(`${entry}: ${target.default}`);
    }
    assert(missing.length === 0, `missing from the tarball: ${missing.join(', ')}`);
  });

  const web = join(work, 'web-app');
  mkdirSync(web);
  writeFileSync(join(web, 'package.json'), JSON.stringify({ name: 'web-app', private: true, type: 'module' }));
  await check('a web app installs the elements tarball with a plain npm install', () => {
    const installed = sh('npm', ['install', elementsTgz], web);
    assert(installed.code === 0, installed.out);
  });
  await check('the web app has no arquero, DuckDB or pipeline in node_modules, and the package is at most 3 MB', () => {
    for (const name of ['arquero', '@duckdb', '@uwdata', 'stroomop-monitor-pipeline']) assert(!existsSync(join(web, 'node_modules', name)), `${name} was installed`);
    const size = dirSize(join(web, 'node_modules', 'stroomop-monitor-elements'));
    console.log(`    installed size of stroomop-monitor-elements: ${(size / 1024 / 1024).toFixed(2)} MB`);
    assert(size <= 3 * 1024 * 1024, `installed size ${size} bytes is over 3 MB`);
  });

  await check('a plain HTML page with one script tag draws a chart from the packaged sample data', async () => {
    writeFileSync(
      join(web, 'plain.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Gemeente</title>
<script type="module" src="/node_modules/stroomop-monitor-elements/dist/cdn/indicator-chart.js"></script></head>
<body><stroomop-indicator-chart src="/node_modules/stroomop-monitor-elements/examples/data/nationaal.json" indicator="uitval"></stroomop-indicator-chart></body></html>`,
    );
    const server = await serve(web);
    try {
      await drawnChart(`http://127.0.0.1:${server.address().port}/plain.html`);
    } finally {
      server.close();
    }
  });

  await check('a Vite app with the npm package builds and draws a chart', async () => {
    const viteVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'vite', 'package.json'), 'utf8')).version;
    const installed = sh('npm', ['install', '--save-dev', `vite@${viteVersion}`], web);
    assert(installed.code === 0, installed.out);
    mkdirSync(join(web, 'public'), { recursive: true });
    writeFileSync(join(web, 'public', 'nationaal.json'), readFileSync(join(web, 'node_modules', 'stroomop-monitor-elements', 'examples', 'data', 'nationaal.json')));
    writeFileSync(join(web, 'main.js'), `import 'stroomop-monitor-elements/indicator-chart';\nconst chart = document.createElement('stroomop-indicator-chart');\nchart.setAttribute('src', '/nationaal.json');\nchart.setAttribute('indicator', 'uitval');\ndocument.body.append(chart);\n`);
    writeFileSync(join(web, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>App</title></head><body><script type="module" src="/main.js"></script></body></html>`);
    const built = sh('npx', ['vite', 'build', '--logLevel', 'warn'], web);
    assert(built.code === 0, built.out);
    const server = await serve(join(web, 'dist'));
    try {
      await drawnChart(`http://127.0.0.1:${server.address().port}/`);
    } finally {
      server.close();
    }
  });

  const cli = join(work, 'data-project');
  mkdirSync(cli);
  writeFileSync(join(cli, 'package.json'), JSON.stringify({ name: 'data-project', private: true }));
  await check('a data project installs both tarballs with a plain npm install', () => {
    const installed = sh('npm', ['install', elementsTgz, pipelineTgz], cli);
    assert(installed.code === 0, installed.out);
    assert(existsSync(join(cli, 'node_modules', 'arquero')), 'arquero is missing');
  });
  for (const args of [['--help'], ['convert', '--help'], ['validate', '--help'], ['merge', '--help'], ['diff', '--help']]) {
    await check(`npx stroomop-monitor ${args.join(' ')} exits 0 and lists its options`, () => {
      const { code, out } = sh('npx', ['stroomop-monitor', ...args], cli);
      assert(code === 0, `exit ${code}: ${out}`);
      assert(/--lang|--mapping|--output|-o/.test(out), `no options listed: ${out}`);
    });
  }
  await check('npx stroomop-monitor validate accepts the packaged sample documents', () => {
    const data = join(cli, 'node_modules', 'stroomop-monitor-elements', 'examples', 'data');
    const files = readdirSync(data).filter((name) => name.endsWith('.json')).map((name) => join(data, name));
    const { code, out } = sh('npx', ['stroomop-monitor', 'validate', ...files], cli);
    assert(code === 0, `exit ${code}: ${out}`);
  });
} catch (error) {
  results.push(false);
  console.log(`✘ packing: ${error.message}`);
} finally {
  await browser?.close();
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

const passed = results.filter(Boolean).length;
console.log(`\n${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
