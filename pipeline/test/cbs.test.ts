import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cbsRegionLevel, readStatus } from '../src/cbs.js';
import type { Mapping } from '../src/mapping.js';
import { cbsPeriod, containingPeriod, readPeriod } from '../src/periods.js';
import { progressBar } from '../src/progress.js';
import { convertFiles, find } from './helpers.js';

test('CBS period codes become format periods; others are refused', () => {
  assert.equal(cbsPeriod('2024JJ00'), '2024');
  assert.equal(cbsPeriod('2024HJ01'), '2024-H1');
  assert.equal(cbsPeriod('2024KW02'), '2024-Q2');
  assert.equal(cbsPeriod('2024MM10'), '2024-10');
  assert.equal(cbsPeriod('2024MM13'), undefined);
  assert.equal(cbsPeriod('2024KW05'), undefined);
  assert.equal(cbsPeriod('2020X000'), undefined);
  assert.deepEqual(readPeriod('2023*'), { period: '2023', mark: '*' });
  assert.deepEqual(readPeriod('2023KW04**'), { period: '2023-Q4', mark: '**' });
  assert.deepEqual(readPeriod('2024-11'), { period: '2024-11' });
  assert.equal(containingPeriod('2024-11', 'quarter'), '2024-Q4');
  assert.equal(containingPeriod('2024-Q3', 'half'), '2024-H2');
  assert.equal(containingPeriod('2024', 'quarter'), undefined);
});

test('CBS region codes and status words', () => {
  assert.equal(cbsRegionLevel('NL01'), 'national');
  assert.equal(cbsRegionLevel('PV26'), 'province');
  assert.equal(cbsRegionLevel('JZ15'), 'youth-care-region');
  assert.equal(cbsRegionLevel('GM0344'), 'municipality');
  assert.equal(cbsRegionLevel('WK034401'), undefined);
  assert.equal(readStatus('Nader voorlopig')?.status, 'revised');
  assert.equal(readStatus('Voorlopig')?.status, 'provisional');
  assert.equal(readStatus('*')?.status, 'provisional');
  assert.equal(readStatus('**')?.status, 'revised');
  assert.equal(readStatus('n.v.t.')?.status, 'not-applicable');
  assert.equal(readStatus(''), null);
  assert.equal(readStatus('misschien'), undefined);
});

const CBS_MAPPING: Mapping = {
  kind: 'cbs',
  document: { title: 'CBS', publisher: { name: 'Test' }, license: 'CC-BY-4.0' },
  columns: { indicator: 'Measure', value: 'Value', valueAttribute: 'ValueAttribute', period: 'Perioden', area: 'RegioS', areaName: 'RegioS_label' },
  indicators: [{ id: 'aantal', title: 'Aantal', unit: 'count', decimals: 0, polarity: 'neutral', codes: ['M1'] }],
};

test('CBS symbols in the value cell, ValueAttribute codes, marks on values; regions named from a label column', async () => {
  const csv = [
    'Measure;ValueAttribute;Value;Perioden;RegioS;RegioS_label',
    'M1;None;1200;2022JJ00;GM0344;Utrecht',
    'M1;None;.;2023JJ00;GM0344;Utrecht',
    'M1;None;x;2021JJ00;GM0344;Utrecht',
    'M1;None;-;2020JJ00;GM0344;Utrecht',
    'M1;None;1250*;2024JJ00;GM0344;Utrecht',
    'M1;None;1240**;2023KW04;GM0344;Utrecht',
    'M1;Impossible;;2019JJ00;GM0344;Utrecht',
    'M1;Geheim;5;2018JJ00;GM0344;Utrecht',
    'M2;None;5;2018JJ00;GM0344;Utrecht',
    'M1;None;12;2018JJ00;WK034401;Wijk',
  ].join('\n');
  const result = await convertFiles(CBS_MAPPING, [{ name: 'cbs.csv', text: csv }], ['--allow-rejects']);
  assert.equal(result.code, 0, result.err.join('\n'));
  const document = result.document!;
  assert.equal(find(document, 'aantal', 'GM0344', '2022')!.value, 1200);
  assert.equal(find(document, 'aantal', 'GM0344', '2023')!.status, 'missing');
  assert.equal(find(document, 'aantal', 'GM0344', '2021')!.status, 'suppressed');
  assert.deepEqual([find(document, 'aantal', 'GM0344', '2020')!.value, find(document, 'aantal', 'GM0344', '2020')!.status], [0, 'final']);
  assert.deepEqual([find(document, 'aantal', 'GM0344', '2024')!.value, find(document, 'aantal', 'GM0344', '2024')!.status], [1250, 'provisional']);
  assert.deepEqual([find(document, 'aantal', 'GM0344', '2023-Q4')!.value, find(document, 'aantal', 'GM0344', '2023-Q4')!.status], [1240, 'revised']);
  assert.equal(find(document, 'aantal', 'GM0344', '2019')!.status, 'not-applicable');
  assert.deepEqual(document.areas, [{ code: 'GM0344', name: 'Utrecht', level: 'municipality', cbsCode: 'GM0344' }]);
  const reasons = result.report!.rejected.map((row) => `${row.line}: ${row.reason.en}`);
  assert.deepEqual(reasons, [
    '9: unknown ValueAttribute "Geheim": add it under cbs.symbols in the mapping file',
    '10: measure code "M2" is not in any indicator\'s codes',
    '11: unknown area "WK034401": add it to areas or areaValues in the mapping file',
  ]);
  // With the attribute added and other measures ignored, nothing is rejected.
  const tuned = await convertFiles({ ...CBS_MAPPING, cbs: { ignoreOtherMeasures: true, symbols: { Geheim: { status: 'suppressed' } } } }, [{ name: 'cbs.csv', text: csv.split('\n').slice(0, 10).join('\n') }]);
  assert.equal(tuned.code, 0, tuned.err.join('\n'));
  assert.equal(find(tuned.document!, 'aantal', 'GM0344', '2018')!.status, 'suppressed');
  assert.equal(tuned.report!.rows.ignored, 1);
});

test('the progress bar draws only in a terminal, only after a second, and clears itself', () => {
  let time = 0;
  const written: string[] = [];
  const write = (text: string) => {
    written.push(text);
    return true;
  };
  const terminal = { isTTY: true, columns: 80, write };
  const bar = progressBar(terminal, 'lezen', { now: () => time });
  bar.update(10, 100);
  assert.equal(written.length, 0, 'quiet during the first second');
  time = 1500;
  bar.update(50, 100);
  assert.match(written.at(-1)!, /^\rlezen \[#+-+\] {2}50% /);
  bar.finish();
  assert.equal(written.at(-1), '\r\u001b[2K');
  const pipe = { isTTY: false, write };
  const count = written.length;
  const silent = progressBar(pipe, 'lezen', { now: () => 5000 });
  silent.update(1, 2);
  silent.finish();
  assert.equal(written.length, count, 'nothing in a pipe or a log');
});
