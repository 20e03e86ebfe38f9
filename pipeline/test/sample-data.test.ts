/** The command line on the sample documents of the elements package (examples/data/). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

const dataDir = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const invalidDir = join(dataDir, 'invalid');
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

test('the command line exits 1 on each broken example and prints the error with its path', async () => {
  for (const file of jsonFiles(invalidDir)) {
    const { io, err } = capture();
    assert.equal(await main(['validate', '--lang', 'en', file], io), 1, file);
    const line = err.find((entry) => entry.startsWith('error: '));
    assert.ok(line, `${file}: no error printed`);
    // "error: FILE: PATH: message"
    assert.match(line, new RegExp(`^error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S+: .+`), line);
  }
});

test('the command line accepts the sample documents together', async () => {
  const { io, out, err } = capture();
  assert.equal(await main(['validate', '--lang', 'en', ...jsonFiles(dataDir)], io), 0, err.join('\n'));
  assert.match(out.join('\n'), /0 errors/);
});

