import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/main.js';
import { minimalDocument } from '../../test/helpers/fixtures.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

test('validate exits 0 on a valid document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'ok.json');
  writeFileSync(file, JSON.stringify(minimalDocument()));
  const { io, out } = capture();
  assert.equal(await main(['validate', file], io), 0);
  assert.match(out.join('\n'), /0 fouten/);
});

test('validate exits 1 and prints each error with its path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'bad.json');
  const document = minimalDocument({ observations: [{ indicator: 'uitval', area: 'GM0344', period: '2024', value: '12,5' as unknown as number, status: 'final' }] });
  writeFileSync(file, JSON.stringify(document));
  const { io, err } = capture();
  assert.equal(await main(['validate', '--lang', 'en', file], io), 1);
  assert.ok(err.some((line) => line.includes('observations[0].value: expected a number or null, got "12,5"')), err.join('\n'));
});

test('validate reports malformed JSON and a missing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stroomop-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{"formatVersion": "1.0",');
  const { io, err } = capture();
  assert.equal(await main(['validate', '--lang', 'en', file, join(dir, 'absent.json')], io), 1);
  assert.ok(err.some((line) => line.includes('broken.json') && line.includes('not valid JSON')));
  assert.ok(err.some((line) => line.includes('absent.json') && line.includes('cannot read')));
});

test('wrong use exits 2', async () => {
  const { io } = capture();
  assert.equal(await main(['frobnicate'], io), 2);
});
