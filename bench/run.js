// `npm run bench`: the indicator chart against a hand-written Lit SVG baseline
// (and, for information, a hand-written Lit version of its whole figure) and
// Chart.js, side by side in one run of headless Chromium, plus the gzip sizes
// of every element's bundle. Prints a table, writes bench/results.json
// and bench/results.md, and puts the table in the README.
//   BENCH_RUNS=7 (page loads per scenario; the median is reported)
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChromium, applyChromiumEnv, CHROMIUM_ARGS } from '../scripts/chromium.js';
import { pairedRatio, verdict } from './verdict.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const KiB = 1024;

function buildLibrary() {
  const result = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

async function buildBundle(input, file, external = []) {
  const bundle = await rollup({
    input,
    external,
    plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: join(root, 'bench/tsconfig.json'), declaration: false, sourceMap: false, outDir: undefined, noEmitOnError: false }), terser()],
    onwarn: () => {},
  });
  // One file per contender: what a page loads later (messages, English strings) is in it too.
  await bundle.write({ file, format: 'es', inlineDynamicImports: true });
  await bundle.close();
}

/** The gzip size of an entry and every chunk it imports statically; lazy chunks apart. */
function bundleSize(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), match[1]));
    for (const match of code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) lazy.add(join(dirname(file), match[1]));
  };
  visit(entry);
  const gzip = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const lazyOnly = new Set([...lazy].filter((file) => !seen.has(file)));
  for (const file of [...lazyOnly]) {
    // What a lazy chunk imports in turn is lazy too, unless the entry already has it.
    const before = new Set(seen);
    visit(file);
    for (const added of seen) if (!before.has(added)) lazyOnly.add(added);
  }
  return { initial: gzip([...seen].filter((file) => !lazyOnly.has(file))), lazy: gzip(lazyOnly) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One page load with a fresh context and cache: the time to all drawn, and the JS heap after GC. */
async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.__drawn !== undefined, { timeout: 120_000, polling: 50 });
  } catch {
    throw new Error(`${url} never finished drawing ${errors.length ? `(page errors: ${errors.join('; ')})` : ''}`);
  }
  const time = await page.evaluate(() => window.__drawn);
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await context.close();
  return { time, heap: usedSize };
}

/**
 * The contenders of a scenario load by turns, one load each per round, in the reverse order every
 * other round: a machine that slows down or speeds up during the run then shifts every contender
 * alike, where a block of loads per contender put the drift between them.
 */
async function measure(browser, urls) {
  const loads = urls.map(() => ({ times: [], heaps: [] }));
  for (let run = 0; run < RUNS; run += 1) {
    const order = urls.map((_, index) => index);
    if (run % 2) order.reverse();
    for (const index of order) {
      const { time, heap } = await loadOnce(browser, urls[index]);
      loads[index].times.push(time);
      loads[index].heaps.push(heap);
    }
  }
  // Every load is kept, in round order: the targets pair them by round.
  return loads.map(({ times, heaps }) => ({ time: median(times), heap: median(heaps), runs: RUNS, times, heaps }));
}

buildLibrary();
mkdirSync(join(root, 'bench/.build'), { recursive: true });
await buildBundle(join(root, 'bench/baseline.ts'), join(root, 'bench/.build/baseline.js'));
await buildBundle(join(root, 'bench/baseline-figure.ts'), join(root, 'bench/.build/baseline-figure.js'));
await buildBundle(join(root, 'bench/ours.ts'), join(root, 'bench/.build/ours.js'));
await buildBundle(join(root, 'bench/lit-only.js'), join(root, 'bench/.build/lit-only.js'));
const litSize = gzipSync(readFileSync(join(root, 'bench/.build/lit-only.js')), { level: 9 }).length;

const server = await startDevServer({ config: { rootDir: root, port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const base = `http://127.0.0.1:${server.server.address().port}`;
const chromium = await findChromium();
applyChromiumEnv(chromium);
const browser = await puppeteer.launch({ executablePath: chromium.executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
console.log(`Chromium ${await browser.version()}, ${RUNS} page loads per scenario (median)\n`);

const scenarios = {
  // ours and the baselines are each one script built the same way; ours-cdn loads the code-split CDN bundles, for information.
  // baseline-figure (information) hand-writes the chart's whole figure; baseline (the target's) draws three bare paths.
  page30: { label: '30 charts (3 series × 10 points)', query: '?charts=30&areas=3&points=10', contenders: ['ours', 'baseline', 'baseline-figure', 'chartjs', 'ours-cdn'] },
  large: { label: '1 chart, 3 series × 10,000 points', query: '?charts=1&areas=3&points=10000', contenders: ['ours', 'chartjs'] },
};
const results = { date: new Date().toISOString(), chromium: await browser.version(), runs: RUNS, scenarios: {}, sizes: {}, targets: [] };
try {
  for (const [key, scenario] of Object.entries(scenarios)) {
    results.scenarios[key] = { label: scenario.label };
    const outcomes = await measure(
      browser,
      scenario.contenders.map((contender) => `${base}/bench/pages/${contender}.html${scenario.query}`),
    );
    scenario.contenders.forEach((contender, index) => {
      const outcome = outcomes[index];
      results.scenarios[key][contender] = outcome;
      console.log(`${scenario.label.padEnd(36)} ${contender.padEnd(9)} ${outcome.time.toFixed(0).padStart(6)} ms  ${(outcome.heap / 1024 / 1024).toFixed(1).padStart(6)} MiB heap`);
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

const cdn = join(root, 'dist/cdn');
for (const file of readdirSync(cdn).filter((name) => name.endsWith('.js'))) {
  const size = bundleSize(join(cdn, file));
  // The single-tag entry loads nothing but a small loader at first (Lit comes with the elements it loads).
  results.sizes[file.replace(/\.js$/, '')] = { ...size, beyondLit: Math.max(0, size.initial - litSize) };
}
results.sizes.lit = { initial: litSize, lazy: 0, beyondLit: 0 };

const page30 = results.scenarios.page30;
const large = results.scenarios.large;
const chart = results.sizes['indicator-chart'];
/** A ratio of two contenders' loads, paired by round: its median and 95 % interval. */
const compare = (what, ours, other, measure, limit) => {
  const { ratio, low, high } = pairedRatio(ours[measure], other[measure]);
  return { what, value: ratio, low, high, limit, unit: '×' };
};
results.targets.push(
  compare('30-chart page: time to drawn vs hand-written baseline', page30.ours, page30.baseline, 'times', 1.3),
  compare('30-chart page: JS heap vs hand-written baseline', page30.ours, page30.baseline, 'heaps', 1.3),
  compare('30-chart page: time vs the hand-written figure (information)', page30.ours, page30['baseline-figure'], 'times'),
  compare('30-chart page: JS heap vs the hand-written figure (information)', page30.ours, page30['baseline-figure'], 'heaps'),
  // What drawing the chart's content costs at all, before any of the element's work: the floor under the first target.
  compare('30-chart page: time of the hand-written figure vs the bare baseline (information)', page30['baseline-figure'], page30.baseline, 'times'),
  compare('3 × 10,000 points: time to drawn vs Chart.js', large.ours, large.chartjs, 'times', 1.0),
  { what: 'indicator chart bundle, first load (gzip)', value: chart ? chart.initial / KiB : NaN, limit: 90, unit: 'KiB' },
);
for (const name of ['interpretation-note', 'spotlight', 'quote-stream', 'narrative-panel']) {
  if (results.sizes[name]) results.targets.push({ what: `${name} bundle beyond Lit (gzip)`, value: results.sizes[name].beyondLit / KiB, limit: 15, unit: 'KiB' });
}
// A size is exact; a ratio of loads is met only when its whole interval is.
for (const target of results.targets)
  if (target.limit !== undefined) target.verdict = target.low === undefined ? (target.value <= target.limit ? 'met' : 'not met') : verdict(target, target.limit);

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const measured = (target) => `${fmt(target.value, 2)} ${target.unit}${target.low === undefined ? '' : ` (${fmt(target.low, 2)}–${fmt(target.high, 2)})`}`;
const VERDICTS = { met: 'yes', 'not met': '**no**', undecided: '**too close to tell**' };
const lines = [
  `Measured ${results.date.slice(0, 10)} with \`npm run bench\` in headless ${results.chromium}; medians of ${RUNS} page loads with fresh caches on a 2-core machine, the contenders of a scenario loading by turns (reversed every other round), so that the machine's drift during the run falls on all alike. A ratio is the median of the rounds' ratios (each round's loads were taken under the same machine state) with its 95 % bootstrap interval in brackets; a target is met when the whole interval is at or under its limit, not met when it is all above, and too close to tell otherwise. The chart and the baselines each load as one script built the same way (rollup, terser); the bare baseline draws three paths per chart (the targets' baseline), the hand-written figure shows what the chart shows for this data (caption, summary, legend, axes, markers, labels, buttons, source) without the element's checks, general data path or keyboard, measuring its widths in one layout as the element does; the CDN row loads dist/cdn's code-split bundles from the local test server. Drawn means: the frame after Chart.js's constructors return, after the baselines' updates complete, and after every stroomop chart's plot holds its lines (seen by a mutation observer; the legend's SVG swatches do not count).`,
  '',
  '| scenario | contender | time to all drawn | JS heap after GC |',
  '| --- | --- | ---: | ---: |',
  ...Object.values(results.scenarios).flatMap((scenario) =>
    Object.entries(scenario)
      .filter(([key]) => key !== 'label')
      .map(([contender, outcome]) => `| ${scenario.label} | ${{ ours: 'stroomop-indicator-chart', 'ours-cdn': 'stroomop-indicator-chart, CDN bundles (code-split)', baseline: 'hand-written Lit SVG (three bare paths)', 'baseline-figure': 'hand-written Lit figure (the chart\'s content, no checks)', chartjs: 'Chart.js 4' }[contender]} | ${fmt(outcome.time, 0)} ms | ${fmt(outcome.heap / 1024 / 1024)} MiB |`),
  ),
  '',
  '| target | measured | limit | met |',
  '| --- | ---: | ---: | :---: |',
  ...results.targets.map((target) =>
    target.limit === undefined
      ? `| ${target.what} | ${measured(target)} | none | – |`
      : `| ${target.what} | ${measured(target)} | ${target.limit} ${target.unit} | ${VERDICTS[target.verdict]} |`,
  ),
  '',
  '| bundle (dist/cdn) | first load gzip | lazy gzip | beyond Lit |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(results.sizes).map(([name, size]) => `| ${name} | ${fmt(size.initial / KiB)} KiB | ${fmt(size.lazy / KiB)} KiB | ${fmt(size.beyondLit / KiB)} KiB |`),
];
const table = lines.join('\n');
console.log(`\n${table}\n`);
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(root, 'bench/results.md'), `# Benchmark results\n\n${table}\n`);
const readmePath = join(root, 'README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (marked.test(readme)) writeFileSync(readmePath, readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
}
