import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDocuments } from 'stroomop-monitor-elements/format';
import type { Mapping } from '../src/mapping.js';
import { convertFiles, example, find, run, simpleRows } from './helpers.js';

const valid = (document: unknown) => {
  const issues = validateDocuments([{ document }])[0]!.issues.filter((issue) => issue.severity === 'error');
  assert.deepEqual(issues, [], 'the document validates');
};

test('records: the provider export becomes a valid document whose figures match the rows', async () => {
  const result = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'internal']);
  assert.equal(result.code, 0, result.err.join('\n'));
  valid(result.document);
  const document = result.document!;
  // Count straight from the CSV, without the pipeline's reader.
  const [header, ...rows] = simpleRows(readFileSync(example('provider-records.csv'), 'utf8'));
  const dropped = header!.indexOf('Voortijdig beëindigd');
  const team = header!.indexOf('Team');
  const yes = rows.filter((row) => row[dropped] === 'ja').length;
  const organisation = find(document, 'uitval', 'ORG-LINDE', '2024')!;
  assert.equal(organisation.n, rows.length);
  assert.equal(organisation.numerator, yes);
  assert.ok(Math.abs(organisation.value! - (100 * yes) / rows.length) < 1e-9);
  assert.ok(organisation.ci && organisation.ci.lower < organisation.value! && organisation.value! < organisation.ci.upper);
  const north = rows.filter((row) => row[team] === 'Team Noord');
  assert.equal(find(document, 'trajecten', 'T-NOORD', '2024')!.value, north.length);
  // Team West has 14 trajectories: its year is published, its half years are not.
  assert.equal(find(document, 'trajecten', 'T-WEST', '2024')!.value, 14);
  assert.equal(find(document, 'trajecten', 'T-WEST', '2024-H1')!.status, 'suppressed');
  // Mean scores with their t interval; decimal commas read.
  const satisfaction = find(document, 'tevredenheid', 'ORG-LINDE', '2024')!;
  const scoreColumn = header!.indexOf('Tevredenheid (1-10)');
  const scores = rows.map((row) => row[scoreColumn]!).filter(Boolean).map((score) => Number(score.replace(',', '.')));
  assert.equal(satisfaction.n, scores.length);
  assert.ok(Math.abs(satisfaction.value! - scores.reduce((a, b) => a + b, 0) / scores.length) < 1e-9);
  assert.ok(satisfaction.ci);
  // The role breakdown only for satisfaction.
  assert.ok(find(document, 'tevredenheid', 'ORG-LINDE', '2024', { rol: 'youth' }));
  assert.equal(find(document, 'uitval', 'ORG-LINDE', '2024', { rol: 'youth' }), undefined);
  // Every row accounted for.
  const report = result.report!;
  assert.equal(report.rows.read, rows.length);
  assert.equal(report.rows.used + report.rows.suppressed + report.rows.withheld + report.rows.rejected + report.rows.ignored, report.rows.read);
  assert.ok(result.err.some((line) => line.startsWith('rows read: 389; used: 389')), result.err.join('\n'));
});

test('aggregated: numerators and denominators, roll-up to the region, a mean with its sd, statuses, rounding', async () => {
  const result = await convertFiles(example('aggregated.mapping.json'), [example('aggregated.csv')]);
  assert.equal(result.code, 0, result.err.join('\n'));
  valid(result.document);
  const document = result.document!;
  const rows = simpleRows(readFileSync(example('aggregated.csv'), 'utf8')).slice(2);
  const uitval2024 = rows.filter((row) => row[0] === 'uitval' && row[2] === '2024');
  const numerator = uitval2024.reduce((sum, row) => sum + Number(row[3]), 0);
  const denominator = uitval2024.reduce((sum, row) => sum + Number(row[4]), 0);
  const region = find(document, 'uitval', 'JR-LEK', '2024')!;
  assert.ok(Math.abs(region.value! - (100 * numerator) / denominator) < 1e-9, 'the region is the sum of its municipalities');
  assert.equal(region.status, 'provisional', 'a region of provisional parts is provisional');
  // Rounding to 5 (the mapping says so) for published counts, values unrounded.
  for (const observation of document.observations!) {
    for (const count of [observation.n, observation.numerator, observation.denominator]) if (count !== undefined) assert.equal(count % 5, 0, JSON.stringify(observation));
    if (observation.indicator === 'jeugdigen' && observation.value !== null) assert.equal(observation.value % 5, 0);
  }
  // Lopik's 9 closed trajectories are not published, nor is a second municipality (or Lopik could be derived from the region).
  assert.equal(find(document, 'uitval', 'GM0331', '2024')!.status, 'suppressed');
  assert.equal(document.observations!.filter((observation) => observation.indicator === 'uitval' && observation.period === '2024' && observation.status === 'suppressed').length, 2);
  // A given mean with n and sd gets a t interval.
  const houten = find(document, 'tevredenheid', 'GM0321', '2022')!;
  assert.equal(houten.value, 7.7);
  assert.ok(houten.ci && houten.ci.lower < 7.7 && houten.ci.upper > 7.7);
  // The point in the value cell: missing, with CBS's reason.
  const missing = find(document, 'tevredenheid', 'GM1961', '2022')!;
  assert.equal(missing.status, 'missing');
  assert.equal(missing.value, null);
  assert.equal(result.report!.rows.read, rows.length);
});

test('CBS: period codes, region codes, symbols and ValueAttribute become statuses; other measures are ignored, not lost', async () => {
  const result = await convertFiles(example('cbs-jeugdhulp.mapping.json'), [example('cbs-jeugdhulp.csv')]);
  assert.equal(result.code, 0, result.err.join('\n'));
  valid(result.document);
  const document = result.document!;
  assert.equal(find(document, 'jongeren-met-jeugdhulp', 'NL01', '2022')!.status, 'final');
  const revised = find(document, 'jongeren-met-jeugdhulp', 'NL01', '2023')!;
  assert.equal(revised.value, 474000, '474 in thousands');
  assert.equal(revised.status, 'revised', 'nader voorlopig');
  assert.match(JSON.stringify(revised.statusReason), /Nader voorlopig/);
  assert.equal(find(document, 'aandeel-met-jeugdhulp', 'NL01', '2023')!.value, 10.6);
  assert.equal(find(document, 'aandeel-met-jeugdhulp', 'NL01', '2024')!.status, 'provisional');
  assert.equal(find(document, 'jongeren-met-jeugdhulp', 'NL01', '2023', { geslacht: 'vrouw' })!.value, 224700);
  assert.equal(find(document, 'jongeren-met-jeugdhulp', 'GM0344', '2024-H1')!.value, 200, '2024HJ01 is 2024-H1');
  assert.equal(find(document, 'jongeren-met-jeugdhulp', 'GM0321', '2024')!.status, 'missing', 'ValueAttribute NotAvailable');
  assert.equal(find(document, 'aandeel-met-jeugdhulp', 'GM0321', '2024')!.status, 'missing', 'the point');
  assert.equal(find(document, 'jongeren-met-jeugdhulp', 'GM0331', '2023')!.status, 'suppressed', 'Confidential');
  assert.equal(find(document, 'aandeel-met-jeugdhulp', 'GM0331', '2023', { geslacht: 'man' })!.status, 'not-applicable', 'Impossible');
  assert.ok(document.areas!.some((area) => area.code === 'NL01'), 'NL01 with its padding trimmed');
  assert.equal(result.report!.rows.ignored, 2);
  assert.deepEqual(result.report!.ignored.map((row) => row.line), [27, 28]);
});

const SMALL_MAPPING: Mapping = {
  kind: 'records',
  document: { title: 'Test', publisher: { name: 'Test' }, license: 'CC-BY-4.0', area: 'ORG' },
  areas: [
    { code: 'ORG', name: 'Organisatie', level: 'organisation' },
    { code: 'A', name: 'Team A', level: 'team', parent: 'ORG' },
    { code: 'B', name: 'Team B', level: 'team', parent: 'ORG' },
  ],
  columns: { area: 'team', date: 'datum' },
  period: { granularity: 'year' },
  indicators: [
    { id: 'uitval', title: 'Uitval', unit: 'percent', decimals: 1, polarity: 'lower-is-better', measure: 'proportion', column: 'uitval' },
    { id: 'score', title: 'Score', unit: 'mean-score', scale: { min: 1, max: 10 }, decimals: 1, polarity: 'higher-is-better', measure: 'mean', column: 'score' },
  ],
};

test('rejected rows are reported with their line numbers and reasons; the document is written only with --allow-rejects', async () => {
  const rows = ['team;datum;uitval;score;opmerking'];
  for (let index = 0; index < 12; index += 1) rows.push(`A;1-3-2024;nee;7;`);
  rows.push('A;2-3-2024;ja;8;"een opmerking\nover twee regels"'); // lines 14-15
  rows.push('C;1-3-2024;nee;7;'); // 16: unknown team
  rows.push('A;31-02-2024;nee;7;'); // 17: no such date
  rows.push('A;1-3-2024;misschien;7;'); // 18: not yes or no
  rows.push('A;1-3-2024;nee;11;'); // 19: outside the scale
  rows.push('A;1-3-2024;nee;7,5;x;y'); // 20: too many fields
  rows.push('A;1-3-2024;;;'); // 21: no value at all
  rows.push('A;1-3-2024;ja;6;'); // 22: fine
  const input = { name: 'export.csv', text: rows.join('\n') };
  const refused = await convertFiles(SMALL_MAPPING, [input]);
  assert.equal(refused.code, 1);
  assert.equal(refused.document, undefined, 'nothing written');
  assert.deepEqual(
    refused.report!.rejected.map((row) => row.line),
    [16, 17, 18, 19, 20, 21],
  );
  const reasons = refused.report!.rejected.map((row) => row.reason.en);
  assert.match(reasons[0]!, /unknown area "C"/);
  assert.match(reasons[1]!, /not a valid date: "31-02-2024"/);
  assert.match(reasons[2]!, /"misschien" is not yes or no/);
  assert.match(reasons[3]!, /outside the scale 1–10/);
  assert.match(reasons[4]!, /6 fields, the header has 5/);
  assert.match(reasons[5]!, /counts for no indicator/);
  assert.ok(refused.err.some((line) => line.includes('export.csv:16: unknown area "C"')), refused.err.join('\n'));
  assert.ok(refused.err.some((line) => line.includes('6 rows were rejected: the document was not written')));
  assert.equal(refused.report!.rows.read, 20);
  assert.equal(refused.report!.rows.rejected, 6);

  const allowed = await convertFiles(SMALL_MAPPING, [input], ['--allow-rejects']);
  assert.equal(allowed.code, 0);
  valid(allowed.document);
  assert.equal(find(allowed.document!, 'uitval', 'A', '2024')!.n, 14);
  assert.equal(allowed.report!.rows.used, 14, 'the 14 good rows of team A, the multi-line one included');
});

test('wrong use: a missing column, a bad mapping, an unknown flag exit 2 with a message', async () => {
  const missing = await convertFiles(SMALL_MAPPING, [{ name: 'x.csv', text: 'team;uitval;score\nA;ja;7\n' }]);
  assert.equal(missing.code, 2);
  assert.ok(missing.err.some((line) => line.includes('no column "datum"')), missing.err.join('\n'));
  const badMapping = await convertFiles({ ...SMALL_MAPPING, kind: 'rows' }, [{ name: 'x.csv', text: 'a\n1\n' }]);
  assert.equal(badMapping.code, 2);
  assert.ok(badMapping.err.some((line) => line.includes('kind: expected "records", "aggregated" or "cbs"')), badMapping.err.join('\n'));
  const flag = await run(['convert', '--frobnicate']);
  assert.equal(flag.code, 2);
  const noMapping = await run(['convert', 'x.csv']);
  assert.equal(noMapping.code, 2);
});

test('audience: public gets the organisation only, internal also the teams; items more open than the document are marked', async () => {
  const publicRun = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'public']);
  const internalRun = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'internal']);
  valid(publicRun.document);
  valid(internalRun.document);
  const publicDocument = publicRun.document!;
  const internalDocument = internalRun.document!;
  assert.equal(publicDocument.meta.audience, 'public');
  assert.ok(publicDocument.observations!.every((observation) => observation.area === 'ORG-LINDE'));
  assert.ok(!publicDocument.areas!.some((area) => area.level === 'team'), 'team names stay internal too');
  assert.ok(publicDocument.observations!.every((observation) => observation.audience === undefined));
  assert.ok(publicRun.report!.cells.withheld > 0);
  assert.equal(internalDocument.meta.audience, 'internal');
  assert.ok(internalDocument.observations!.some((observation) => observation.area === 'T-NOORD' && observation.audience === undefined));
  assert.ok(internalDocument.observations!.some((observation) => observation.area === 'ORG-LINDE' && observation.audience === 'public'));
  // The same figure in both: suppression is decided once, for all audiences.
  const organisationPublic = publicDocument.observations!.filter((observation) => observation.area === 'ORG-LINDE');
  const organisationInternal = internalDocument.observations!.filter((observation) => observation.area === 'ORG-LINDE').map((observation) => {
      const copy = { ...observation };
      delete copy.audience;
      return copy;
    });
  assert.deepEqual(organisationPublic, organisationInternal);
});

test('rounding and threshold from the command line', async () => {
  const rounded = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'internal', '--round', '5']);
  valid(rounded.document);
  for (const observation of rounded.document!.observations!) {
    for (const count of [observation.n, observation.numerator, observation.denominator]) if (count !== undefined) assert.equal(count % 5, 0);
    if (observation.indicator === 'trajecten' && observation.value !== null) assert.equal(observation.value % 5, 0);
  }
  assert.equal(find(rounded.document!, 'trajecten', 'T-WEST', '2024')!.value, 15, '14 rounds to 15');
  const strict = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'internal', '--threshold', '50']);
  valid(strict.document);
  assert.equal(strict.document!.meta.privacyThreshold, 50);
  for (const observation of strict.document!.observations!) if (observation.value !== null && observation.n !== undefined) assert.ok(observation.n >= 50);
  assert.equal(find(strict.document!, 'trajecten', 'T-WEST', '2024')!.status, 'suppressed');
});

test('several input files with one mapping are read as one', async () => {
  const header = 'team;datum;uitval;score';
  const first = Array.from({ length: 6 }, () => 'A;1-3-2024;ja;7').join('\n');
  const second = Array.from({ length: 6 }, () => 'A;1-9-2024;nee;8').join('\n');
  const result = await convertFiles(SMALL_MAPPING, [{ name: 'jan.csv', text: `${header}\n${first}\n` }, { name: 'jul.csv', text: `${header}\n${second}\n` }]);
  assert.equal(result.code, 0, result.err.join('\n'));
  assert.equal(find(result.document!, 'uitval', 'A', '2024')!.n, 12);
  assert.deepEqual(result.report!.inputs.map((input) => input.rows), [6, 6]);
});
