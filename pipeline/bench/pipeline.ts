/**
 * `npm run bench:pipeline`: converts 1,000,000 generated record rows with
 * both engines, side by side in one run, and prints time and peak memory.
 *
 * The rows are generated deterministically (a seeded generator) as a Dutch
 * Excel export: `;`, decimal comma, day-first dates, a BOM. Each engine runs
 * in its own child process, so its peak memory (max RSS from
 * process.resourceUsage(), which counts native memory such as DuckDB's too)
 * is its own; a child that only loads the code gives the baseline. Each
 * child does the whole conversion: read, check, aggregate, roll up, protect,
 * build and validate the document, and write it. The documents' hashes show
 * whether the engines agree.
 *
 *   node --import tsx bench/pipeline.ts [--rows 1000000] [--runs 1] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mapping } from '../src/mapping.js';

const ENGINES = ['arquero', 'duckdb'] as const;
type Engine = (typeof ENGINES)[number];

interface ChildResult {
  engine: Engine | 'baseline';
  seconds: number;
  maxRssMb: number;
  rows: number;
  observations: number;
  suppressed: number;
  hash: string;
  error?: string;
}

const self = fileURLToPath(import.meta.url);

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** mulberry32: small, fast, seeded. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TEAMS = 120;
const ORGANISATIONS = 12;
const REGIONS = 3;
const teamCode = (index: number) => `T${String(index + 1).padStart(3, '0')}`;

export function benchMapping(): Mapping {
  const areas: NonNullable<Mapping['areas']> = [{ code: 'NL01', name: 'Nederland', level: 'national' }];
  for (let region = 0; region < REGIONS; region += 1) areas.push({ code: `R${region + 1}`, name: `Regio ${region + 1}`, level: 'youth-care-region', parent: 'NL01' });
  for (let organisation = 0; organisation < ORGANISATIONS; organisation += 1)
    areas.push({ code: `O${String(organisation + 1).padStart(2, '0')}`, name: `Organisatie ${organisation + 1}`, level: 'organisation', parent: `R${(organisation % REGIONS) + 1}` });
  for (let team = 0; team < TEAMS; team += 1) areas.push({ code: teamCode(team), name: `Team ${team + 1}`, level: 'team', parent: `O${String((team % ORGANISATIONS) + 1).padStart(2, '0')}` });
  return {
    kind: 'records',
    csv: { delimiter: ';', decimal: ',' },
    document: { title: 'Benchmark', publisher: { name: 'Benchmark' }, license: 'CC-BY-4.0', audience: 'public', illustrative: true },
    areas,
    columns: { area: 'Team', date: 'Einddatum' },
    period: { granularity: ['year', 'quarter'] },
    rollUp: true,
    breakdowns: [
      {
        id: 'leeftijd',
        name: 'Leeftijd',
        column: 'Leeftijdsgroep',
        categories: [
          { id: '0-11', name: '0-11', values: ['0-11 jaar'] },
          { id: '12-17', name: '12-17', values: ['12-17 jaar'] },
          { id: '18-22', name: '18-22', values: ['18-22 jaar'] },
        ],
      },
      { id: 'rol', name: 'Rol', column: 'Ingevuld door', categories: [{ id: 'youth', name: 'Jeugdige', values: ['Jeugdige'] }, { id: 'parent', name: 'Ouder', values: ['Ouder'] }], indicators: ['tevredenheid'] },
    ],
    indicators: [
      { id: 'trajecten', title: 'Trajecten', unit: 'count', decimals: 0, polarity: 'neutral', measure: 'count' },
      { id: 'uitval', title: 'Uitval', unit: 'percent', decimals: 1, polarity: 'lower-is-better', measure: 'proportion', column: 'Voortijdig beëindigd' },
      { id: 'doelen', title: 'Doelen behaald', unit: 'percent', decimals: 1, polarity: 'higher-is-better', measure: 'proportion', column: 'Doelen behaald' },
      { id: 'tevredenheid', title: 'Tevredenheid', unit: 'mean-score', scale: { min: 1, max: 10 }, decimals: 1, polarity: 'higher-is-better', measure: 'mean', column: 'Tevredenheid', precision: 1 },
    ],
    privacy: { threshold: 10 },
    audience: { levels: { team: 'internal' } },
  };
}

/** Writes `rows` record rows as a Dutch Excel export; the same rows every time. */
export function generateRows(file: string, rows: number): void {
  const random = generator(20_250_601);
  const descriptor = openSync(file, 'w');
  writeSync(descriptor, '\uFEFFTrajectnummer;Team;Einddatum;Leeftijdsgroep;Zorgvorm;Voortijdig beëindigd;Doelen behaald;Tevredenheid;Ingevuld door\r\n');
  const ages = ['0-11 jaar', '12-17 jaar', '18-22 jaar'];
  const care = ['Ambulant', 'Dagbehandeling', '"Verblijf; gezinshuis"'];
  let buffer = '';
  for (let row = 0; row < rows; row += 1) {
    // Teams differ in size (a skewed draw), and the last ten are tiny, so their cells fall below the threshold.
    const team = random() < 0.0002 ? teamCode(TEAMS - 1 - Math.floor(random() * 10)) : teamCode(Math.floor(random() ** 1.6 * (TEAMS - 10)));
    const year = random() < 0.5 ? 2023 : 2024;
    const date = `${1 + Math.floor(random() * 28)}-${1 + Math.floor(random() * 12)}-${year}`;
    const dropped = random() < 0.16;
    const goals = random() < 0.1 ? '' : random() < (dropped ? 0.3 : 0.78) ? 'ja' : 'nee';
    const answered = random() < 0.6;
    const score = answered ? String(Math.min(10, Math.max(1, Math.round((5.5 + random() * 4.5) * 2) / 2))).replace('.', ',') : '';
    const role = answered ? (random() < 0.5 ? 'Jeugdige' : 'Ouder') : '';
    buffer += `B${row};${team};${date};${ages[Math.floor(random() * 3)]!};${care[Math.floor(random() * 3)]!};${dropped ? 'ja' : 'nee'};${goals};${score};${role}\r\n`;
    if (buffer.length > 1 << 20) {
      writeSync(descriptor, buffer);
      buffer = '';
    }
  }
  writeSync(descriptor, buffer);
  closeSync(descriptor);
}

/** In the child: one conversion with one engine, measured. */
async function child(engine: Engine | 'baseline', csv: string, mappingFile: string, output: string): Promise<void> {
  const started = performance.now();
  const { readFile } = await import('node:fs/promises');
  const { convert } = await import('../src/convert.js');
  const { fileSource } = await import('../src/csv.js');
  const { parseMapping } = await import('../src/mapping.js');
  const mapping = parseMapping(JSON.parse(await readFile(mappingFile, 'utf8')), mappingFile);
  if (engine === 'baseline') {
    if (ENGINES.includes('duckdb')) await import('@duckdb/node-api').catch(() => undefined);
    const result: ChildResult = { engine, seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, rows: 0, observations: 0, suppressed: 0, hash: '' };
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const measured = performance.now();
  const converted = await convert({ mapping, inputs: [await fileSource(csv)], engine, audience: 'internal', published: '2025-06-01' });
  const json = JSON.stringify(converted.document, null, 2);
  writeFileSync(output, json);
  const result: ChildResult = {
    engine,
    seconds: (performance.now() - measured) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    rows: converted.report.rows.read,
    observations: converted.document.observations?.length ?? 0,
    suppressed: converted.report.cells.suppressed,
    hash: createHash('sha256').update(json).digest('hex').slice(0, 16),
    ...(converted.valid ? {} : { error: 'the document does not validate' }),
  };
  process.stdout.write(JSON.stringify(result));
}

function runChild(engine: Engine | 'baseline', csv: string, mappingFile: string, output: string): ChildResult {
  const spawned = spawnSync(process.execPath, ['--conditions=stroomop-source', '--import', 'tsx', self, '--child', engine, csv, mappingFile, output], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (spawned.status !== 0) {
    const reason = (spawned.stderr || spawned.stdout || `exit ${String(spawned.status)}`).trim().split('\n').slice(-3).join(' ');
    return { engine, seconds: NaN, maxRssMb: NaN, rows: 0, observations: 0, suppressed: 0, hash: '', error: reason };
  }
  return JSON.parse(spawned.stdout) as ChildResult;
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

async function parent(): Promise<void> {
  const rows = argument('rows', 1_000_000);
  const runs = argument('runs', 1);
  const dir = join(tmpdir(), 'stroomop-bench-pipeline');
  rmSync(dir, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `records-${rows}.csv`);
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(benchMapping(), null, 2));
  let started = performance.now();
  generateRows(csv, rows);
  const { statSync } = await import('node:fs');
  console.log(`generated ${rows.toLocaleString('en')} rows (${(statSync(csv).size / 1_048_576).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${csv}`);
  started = performance.now();
  const baseline = runChild('baseline', csv, mappingFile, join(dir, 'baseline.json'));
  const results: ChildResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const engine of ENGINES) {
      const result = runChild(engine, csv, mappingFile, join(dir, `${engine}.json`));
      const best = results.find((item) => item.engine === engine);
      if (!best) results.push(result);
      else if (result.seconds < best.seconds) results[results.indexOf(best)] = { ...result, maxRssMb: Math.max(result.maxRssMb, best.maxRssMb) };
      else best.maxRssMb = Math.max(result.maxRssMb, best.maxRssMb);
    }
  }
  console.log('');
  console.log(`${pad('engine', 9)} ${pad('time (s)', 9, true)} ${pad('rows/s', 10, true)} ${pad('peak RSS (MB)', 14, true)} ${pad('observations', 13, true)} ${pad('suppressed', 11, true)}  document`);
  for (const result of results) {
    if (result.error && !result.hash) {
      console.log(`${pad(result.engine, 9)} failed: ${result.error}`);
      continue;
    }
    console.log(
      `${pad(result.engine, 9)} ${pad(result.seconds.toFixed(2), 9, true)} ${pad(Math.round(result.rows / result.seconds).toLocaleString('en'), 10, true)} ${pad(result.maxRssMb.toFixed(0), 14, true)} ${pad(String(result.observations), 13, true)} ${pad(String(result.suppressed), 11, true)}  sha256 ${result.hash}${result.error ? ` (${result.error})` : ''}`,
    );
  }
  console.log(`${pad('baseline', 9)} ${pad('', 9)} ${pad('', 10)} ${pad(baseline.maxRssMb.toFixed(0), 14, true)}  (a child that only loads the code and both engines)`);
  const [arquero, duckdb] = [results.find((item) => item.engine === 'arquero'), results.find((item) => item.engine === 'duckdb')];
  console.log('');
  if (arquero?.hash && duckdb?.hash) {
    console.log(`identical documents: ${arquero.hash === duckdb.hash ? 'yes' : 'NO'}`);
    const ratio = arquero.seconds / duckdb.seconds;
    console.log(`default engine (arquero) within 2x of DuckDB: ${ratio <= 2 ? 'yes' : 'NO'} (arquero takes ${ratio.toFixed(2)}x DuckDB's time; memory ${(arquero.maxRssMb / duckdb.maxRssMb).toFixed(2)}x)`);
  } else console.log('DuckDB did not run (is @duckdb/node-api installed?); no comparison');
  console.log(`children ran ${((performance.now() - started) / 1000).toFixed(1)} s in all; runs per engine: ${runs}${runs > 1 ? ' (best time, highest peak)' : ''}`);
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  if (arquero && duckdb && arquero.hash !== duckdb.hash) process.exitCode = 1;
}

const childIndex = process.argv.indexOf('--child');
if (childIndex !== -1) {
  const [engine, csv, mappingFile, output] = process.argv.slice(childIndex + 1) as [Engine | 'baseline', string, string, string];
  await child(engine, csv, mappingFile, output);
} else if (existsSync(self)) {
  await parent();
}
