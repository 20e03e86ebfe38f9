// `node bench/profile.js [page] [query]`: a CPU profile of one benchmark page
// load (default: the CDN page), summarised as self time per function and as total time per function
// name. For finding what to speed up; build with NO_MINIFY=1 for readable names.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChromium, applyChromiumEnv, CHROMIUM_ARGS } from '../scripts/chromium.js';

const [page = 'ours-cdn', query = '?charts=30&areas=3&points=10'] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;
const server = await startDevServer({ config: { rootDir: root, port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const chromium = await findChromium();
applyChromiumEnv(chromium);
const browser = await puppeteer.launch({ executablePath: chromium.executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const session = await tab.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await tab.goto(`http://127.0.0.1:${server.server.address().port}/bench/pages/${page}.html${query}`);
  await tab.waitForFunction(() => window.__drawn !== undefined, { timeout: 120_000 });
  const drawn = await tab.evaluate(() => window.__drawn);
  const { profile } = await session.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  // Total time per function name: its own time and that of everything it called (counted once per sample).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const total = new Map();
  profile.samples.forEach((id, index) => {
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at).callFrame.functionName || '(anonymous)');
    for (const name of names) total.set(name, (total.get(name) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  console.log(`drawn at ${drawn.toFixed(0)} ms`);
  console.log('self time:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(1).padStart(8), 'ms ', key);
  console.log('total time (with callees), named functions:');
  for (const [name, ms] of [...total].filter(([name]) => name.length > 2 && !name.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(1).padStart(8), 'ms ', name);
} finally {
  await browser.close();
  await server.stop();
}
