// `npm test`: every check a change must pass, in order, with one closing line
// `N passed, N failed` that counts the tests of every runner.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function step(name, action) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const ok = await action();
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(name);
}

const npx = (args, options) => run('npx', args, options);

await step('generated', async () => {
  // Files generated from a source of truth must match it: schema → types, tokens.json → theme CSS, stories → index.
  const checks = [['scripts/generate.js', '--check'], ['scripts/build-themes.mjs', '--check'], ['scripts/index-stories.mjs', '--check']];
  let ok = true;
  for (const args of checks) ok = (await run('node', args)).code === 0 && ok;
  return ok;
});
await step('lint', async () => (await npx(['eslint', '.', '--max-warnings', '0'])).code === 0);
await step('typecheck', async () => {
  const elements = (await npx(['tsc', '--noEmit', '-p', 'tsconfig.json'])).code === 0;
  const pipeline = (await npx(['tsc', '--noEmit', '-p', 'pipeline/tsconfig.json'])).code === 0;
  return elements && pipeline;
});
await step('manifest', async () => {
  // The analyzer rewrites custom-elements.json and package.json's customElements field: put both back after comparing.
  const packageJson = readFileSync('package.json', 'utf8');
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  const { code } = await npx(['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
  const fresh = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  writeFileSync('package.json', packageJson);
  writeFileSync('custom-elements.json', committed);
  if (code !== 0) return false;
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    return false;
  }
  return true;
});
await step('build', async () => (await npx(['rollup', '-c', 'rollup.config.mjs', '--silent'])).code === 0 && (await run('node', ['pipeline/scripts/build.mjs', '--no-types'])).code === 0 &&
  // The integrity hashes in docs/embedding.md must be those of the files just built (`node scripts/sri.mjs --write`).
  (await run('node', ['scripts/sri.mjs', '--check'])).code === 0);
await step('node-tests', async () => {
  // The pipeline package's tests too; the condition lets them import the elements package's format from its source.
  const files = ['test/node', 'pipeline/test'].flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.test.ts')).map((file) => join(dir, file)));
  const { code, output } = await run('node', ['--conditions=stroomop-source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files], { capture: true });
  const pass = Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? (code === 0 ? 0 : 1));
  passed += pass;
  failed += fail;
  return code === 0;
});
/** Adds a runner's closing `N passed, N failed` line to the totals; a runner that failed without one counts as one failure. */
function countClosingLine({ code, output }) {
  const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  passed += Number(counts?.[1] ?? 0);
  failed += Number(counts?.[2] ?? (code === 0 ? 0 : 1));
  return code === 0;
}

await step('browser-tests', async () => countClosingLine(await npx(['web-test-runner', '--static-logging'], { capture: true })));
// The static Storybook as a visitor gets it: built, then every story opened in Chromium.
await step('storybook', async () => countClosingLine(await run('node', ['scripts/test-storybook.mjs'], { capture: true })));
// The packed tarballs installed into empty projects, as a user installs them.
await step('consumers', async () => countClosingLine(await run('node', ['scripts/test-consumers.mjs'], { capture: true })));

if (failures.length) console.error(`\nFailed steps: ${failures.join(', ')}`);
// A failed step with no failed test still fails the run.
if (failures.length && failed === 0) failed = failures.length;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
