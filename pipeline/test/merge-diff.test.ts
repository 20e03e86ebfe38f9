import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MonitorDocument } from 'stroomop-monitor-elements/format';
import { validateDocuments } from 'stroomop-monitor-elements/format';
import { diffDocuments } from '../src/diff.js';
import { mergeDocuments } from '../src/merge.js';
import { convertFiles, example, find, readJson, run, tempDir } from './helpers.js';

async function converted(name: string, flags: string[] = []): Promise<MonitorDocument> {
  const result = await convertFiles(example(`${name}.mapping.json`), [example(`${name}.csv`)], flags);
  assert.equal(result.code, 0, result.err.join('\n'));
  return result.document!;
}

test('merge: first definition wins, conflicts are reported, the result validates', async () => {
  const provider = await converted('provider-records');
  const region = await converted('aggregated');
  const { document, report } = mergeDocuments([
    { document: provider, source: 'provider.json' },
    { document: region, source: 'region.json' },
  ]);
  assert.deepEqual(validateDocuments([{ document }])[0]!.issues.filter((issue) => issue.severity === 'error'), []);
  assert.equal(document.areas!.filter((area) => area.code === 'NL01').length, 1);
  // Both define uitval; the provider's definition (with a description) stays and the difference is reported.
  assert.equal(document.indicators!.find((indicator) => indicator.id === 'uitval')!.description !== undefined, true);
  assert.ok(report.conflicts.some((conflict) => conflict.path === 'indicators[uitval]' && conflict.source === 'region.json'));
  assert.ok(find(document, 'uitval', 'ORG-LINDE', '2024'));
  assert.ok(find(document, 'uitval', 'JR-LEK', '2024'));
  assert.equal(document.observations!.length, provider.observations!.length + region.observations!.length);
  // Merging a document with itself changes nothing and reports nothing.
  const twice = mergeDocuments([
    { document: region, source: 'a' },
    { document: region, source: 'b' },
  ]);
  assert.deepEqual(twice.report.conflicts, []);
  assert.equal(twice.document.observations!.length, region.observations!.length);
});

test('merge never widens an audience: internal items stay marked, and --audience public drops them', async () => {
  const internal = await converted('provider-records', ['--audience', 'internal']);
  const region = await converted('aggregated');
  const merged = mergeDocuments([
    { document: region, source: 'region.json' },
    { document: internal, source: 'provider.json' },
  ]);
  assert.equal(merged.document.meta.audience, 'internal', 'the strictest input');
  assert.ok(merged.document.observations!.some((observation) => observation.area === 'T-NOORD' && observation.audience === undefined));
  const forPublic = mergeDocuments(
    [
      { document: region, source: 'region.json' },
      { document: internal, source: 'provider.json' },
    ],
    { audience: 'public' },
  );
  assert.ok(!forPublic.document.observations!.some((observation) => observation.area === 'T-NOORD'));
  assert.ok(find(forPublic.document, 'uitval', 'ORG-LINDE', '2024'));
  assert.ok(forPublic.report.withheld > 0);
});

test('merge and diff on the command line', async () => {
  const dir = tempDir();
  const first = join(dir, 'first.json');
  const second = join(dir, 'second.json');
  const merged = join(dir, 'merged.json');
  writeFileSync(first, JSON.stringify(await converted('aggregated')));
  writeFileSync(second, JSON.stringify(await converted('cbs-jeugdhulp')));
  const result = await run(['merge', '--lang', 'en', '-o', merged, '--title', 'Samen', first, second]);
  assert.equal(result.code, 0, result.err.join('\n'));
  const document = readJson<MonitorDocument>(merged);
  assert.equal(document.meta.title, 'Samen');
  assert.equal((await run(['validate', merged])).code, 0);
  const bad = await run(['merge', join(dir, 'absent.json')]);
  assert.equal(bad.code, 2);
  assert.equal((await run(['diff', first])).code, 2);
});

test('diff: new periods, revised values marked with the old value, status changes', async () => {
  const dir = tempDir();
  const csv = readFileSync(example('aggregated.csv'), 'utf8');
  // The next release: Houten's 2024 dropout corrected, 2024 final now, and 2025 added.
  const next = csv
    .replace(/^uitval;Houten;2024;(\d+);(\d+)/m, (_, numerator: string, denominator: string) => `uitval;Houten;2024;${Number(numerator) + 9};${denominator}`)
    .replace(/voorlopig/g, 'definitief')
    .concat('uitval;Houten;2025;30;300;;;;voorlopig\r\n');
  writeFileSync(join(dir, 'next.csv'), next);
  const mapping = readJson<{ document: Record<string, unknown> }>(example('aggregated.mapping.json'));
  const before = await converted('aggregated');
  const afterRun = await convertFiles({ ...mapping, document: { ...mapping.document, release: '2025-10' } }, [join(dir, 'next.csv')]);
  const after = afterRun.document!;
  const result = diffDocuments(before, after);
  assert.deepEqual(result.newPeriods.uitval, ['2025']);
  const revised = result.changes.filter((change) => change.kind === 'revised');
  assert.ok(revised.some((change) => change.indicator === 'uitval' && change.area === 'GM0321' && change.period === '2024'));
  // The region's sum moved with it.
  assert.ok(revised.some((change) => change.area === 'JR-LEK' && change.period === '2024' && change.indicator === 'uitval'));
  const marked = find(result.marked, 'uitval', 'GM0321', '2024')!;
  assert.equal(marked.status, 'revised');
  assert.match(JSON.stringify(marked.statusReason), /in release 2025-04 was dit 13,1%/);
  assert.ok(result.changes.some((change) => change.kind === 'status' && change.before?.status === 'provisional' && change.after?.status === 'final'));
  assert.equal(find(result.marked, 'uitval', 'GM0356', '2024')!.status, 'final', 'an unchanged value is not marked');
  assert.deepEqual(validateDocuments([{ document: result.marked }])[0]!.issues.filter((issue) => issue.severity === 'error'), []);

  // And through the command line.
  const oldFile = join(dir, 'old.json');
  const newFile = join(dir, 'new.json');
  const markedFile = join(dir, 'marked.json');
  writeFileSync(oldFile, JSON.stringify(before));
  writeFileSync(newFile, JSON.stringify(after));
  const cli = await run(['diff', '--lang', 'en', oldFile, newFile, '-o', markedFile]);
  assert.equal(cli.code, 0, cli.err.join('\n'));
  assert.ok(cli.out.includes('new periods uitval: 2025'), cli.out.join('\n'));
  assert.ok(cli.out.some((line) => line.startsWith('revised: uitval GM0321 2024')));
  assert.equal(find(readJson<MonitorDocument>(markedFile), 'uitval', 'GM0321', '2024')!.status, 'revised');
  const json = await run(['diff', '--json', oldFile, newFile]);
  assert.ok((JSON.parse(json.out.join('\n')) as { counts: { revised: number } }).counts.revised >= 2);
});
