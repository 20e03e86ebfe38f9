import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArqueroEngine, arqueroRollup } from '../src/engines/arquero.js';
import { duckDbQuery, DuckDbEngine, loadDuckDb } from '../src/engines/duckdb.js';
import { checkSpec, decodeGroups, type AggregationSpec, type RecordBatch } from '../src/engines/spec.js';
import type { Mapping } from '../src/mapping.js';
import { convertFiles, example } from './helpers.js';

const duckdbAvailable = await loadDuckDb().then(
  () => true,
  () => false,
);
const needsDuckDb = duckdbAvailable ? {} : { skip: '@duckdb/node-api is not installed' };

const SPEC: AggregationSpec = {
  keys: ['area', 'period'],
  values: ['v0'],
  measures: [
    { as: 'rows', op: 'count' },
    { as: 'm1', op: 'valid', column: 'v0' },
    { as: 'm2', op: 'sum', column: 'v0' },
    { as: 'm3', op: 'sumsq', column: 'v0' },
  ],
};

/** Areas a (0) and b (1), no area (-1); one period (0). */
const DICTIONARIES = [['a', 'b'], ['2024']];
async function* batches(): AsyncGenerator<RecordBatch> {
  yield await Promise.resolve({ size: 3, keys: [Int32Array.from([0, 0, 1]), Int32Array.from([0, 0, 0])], values: [Float64Array.from([2, NaN, 3])] });
  yield { size: 2, keys: [Int32Array.from([0, -1]), Int32Array.from([0, 0])], values: [Float64Array.from([4, 5])] };
}

test('one spec, two translations', () => {
  assert.deepEqual(Object.keys(arqueroRollup(SPEC)), ['rows', 'm1', 'm2', 'm3']);
  assert.equal(duckDbQuery(SPEC), 'SELECT area, period, count(*) AS rows, count(v0) AS m1, sum(CAST(v0 AS HUGEINT)) AS m2, sum(CAST(v0 AS HUGEINT) * CAST(v0 AS HUGEINT)) AS m3 FROM records GROUP BY area, period');
  assert.throws(() => { checkSpec({ ...SPEC, keys: ['area; DROP TABLE records'] }); }, /not a plain identifier/);
});

test('arquero engine: groups, null keys, missing values', async () => {
  const groups = decodeGroups(await new ArqueroEngine().aggregate(SPEC, batches()), DICTIONARIES);
  assert.deepEqual(groups, [
    { keys: [null, '2024'], measures: [1, 1, 5, 25] },
    { keys: ['a', '2024'], measures: [3, 2, 6, 20] },
    { keys: ['b', '2024'], measures: [1, 1, 3, 9] },
  ]);
});

test('duckdb engine: the same groups', needsDuckDb, async () => {
  const groups = decodeGroups(await new DuckDbEngine().aggregate(SPEC, batches()), DICTIONARIES);
  assert.deepEqual(groups, decodeGroups(await new ArqueroEngine().aggregate(SPEC, batches()), DICTIONARIES));
});

test('both engines give the same document for the provider export (deep-equal JSON)', needsDuckDb, async () => {
  for (const audience of ['internal', 'public']) {
    const arquero = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', audience, '--engine', 'arquero']);
    const duckdb = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', audience, '--engine', 'duckdb']);
    assert.equal(arquero.code, 0);
    assert.equal(duckdb.code, 0);
    assert.equal(JSON.stringify(duckdb.document), JSON.stringify(arquero.document));
    assert.deepEqual({ ...duckdb.report, engine: 'arquero' }, arquero.report);
  }
});

/** A larger generated export with decimals, a rate, a filtered count, months rolled up to quarters and years, and breakdowns. */
function generated(rows: number): string {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = ['team;datum;uitval;score;incidenten;dagen;rol;leeftijd'];
  for (let index = 0; index < rows; index += 1) {
    const team = ['A', 'B', 'C', 'D'][Math.floor(random() ** 2 * 4)]!;
    const month = 1 + Math.floor(random() * 12);
    const score = random() < 0.3 ? '' : (1 + Math.round(random() * 18) / 2).toFixed(1).replace('.', ',');
    lines.push([team, `${1 + Math.floor(random() * 28)}-${month}-2024`, random() < 0.15 ? 'ja' : 'nee', score, String(Math.floor(random() * 3)), (random() * 90).toFixed(2).replace('.', ','), random() < 0.5 ? 'jeugdige' : 'ouder', ['jong', 'oud'][Math.floor(random() * 2)]!].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

const GENERATED_MAPPING: Mapping = {
  kind: 'records',
  document: { title: 'Gegenereerd', publisher: { name: 'Test' }, license: 'CC-BY-4.0' },
  areas: [
    { code: 'ORG', name: 'Organisatie', level: 'organisation' },
    ...['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Team ${code}`, level: 'team' as const, parent: 'ORG' })),
  ],
  columns: { area: 'team', date: 'datum' },
  period: { granularity: ['year', 'quarter', 'month'] },
  breakdowns: [
    { id: 'rol', name: 'Rol', column: 'rol', categories: [{ id: 'youth', name: 'Jeugdige', values: ['jeugdige'] }, { id: 'parent', name: 'Ouder', values: ['ouder'] }] },
    { id: 'leeftijd', name: 'Leeftijd', column: 'leeftijd', categories: [{ id: 'jong', name: 'Jong' }, { id: 'oud', name: 'Oud' }] },
  ],
  indicators: [
    { id: 'uitval', title: 'Uitval', unit: 'percent', decimals: 1, polarity: 'lower-is-better', measure: 'proportion', column: 'uitval' },
    { id: 'score', title: 'Score', unit: 'mean-score', scale: { min: 1, max: 10 }, decimals: 1, polarity: 'higher-is-better', measure: 'mean', column: 'score', precision: 1 },
    { id: 'incidenten', title: 'Incidenten per 1.000 dagen', unit: 'rate-per-1000', decimals: 1, polarity: 'lower-is-better', measure: 'rate', numerator: 'incidenten', denominator: 'dagen' },
    { id: 'jeugdigen', title: 'Trajecten van jeugdigen', unit: 'count', decimals: 0, polarity: 'neutral', measure: 'count', where: { column: 'rol', values: ['jeugdige'] } },
  ],
  privacy: { threshold: 10, rounding: 5 },
};

test('both engines give the same document for 20,000 generated rows with every measure', needsDuckDb, async () => {
  const input = { name: 'generated.csv', text: generated(20_000) };
  const arquero = await convertFiles(GENERATED_MAPPING, [input], ['--engine', 'arquero']);
  const duckdb = await convertFiles(GENERATED_MAPPING, [input], ['--engine', 'duckdb']);
  assert.equal(arquero.code, 0, arquero.err.join('\n'));
  assert.equal(duckdb.code, 0, duckdb.err.join('\n'));
  assert.ok(arquero.document!.observations!.length > 500);
  assert.ok(arquero.document!.observations!.some((observation) => observation.status === 'suppressed'));
  assert.equal(JSON.stringify(duckdb.document), JSON.stringify(arquero.document));
});
