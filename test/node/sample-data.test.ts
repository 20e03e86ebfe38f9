/**
 * The sample documents in examples/data/: valid when read together, each broken
 * example fails for its own reason, the generator reproduces them byte for byte,
 * they use every concept of the format, and docs/format.md names every field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDocuments, type ValidationIssue } from '../../src/format/validate.js';
import type { MonitorDocument } from '../../src/format/types.generated.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = join(root, 'examples', 'data');
const invalidDir = join(dataDir, 'invalid');
const schemaPath = join(root, 'schema', 'monitor-document.schema.json');

const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));

function readDocuments(): { file: string; document: MonitorDocument }[] {
  return jsonFiles(dataDir).map((file) => ({ file, document: JSON.parse(readFileSync(file, 'utf8')) as MonitorDocument }));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

test('the sample documents, validated together, have no errors and no unknown fields', () => {
  const documents = readDocuments();
  assert.ok(documents.length >= 3, 'expected at least the national, regional and organisation documents');
  const results = validateDocuments(documents.map(({ file, document }) => ({ document, source: relative(root, file) })));
  const issues: ValidationIssue[] = results.flatMap((result) => result.issues);
  const errors = issues.filter((issue) => issue.severity === 'error');
  assert.deepEqual(errors.map((issue) => `${issue.source ?? ''}: ${issue.path}: ${issue.message.en}`), []);
  assert.deepEqual(issues.filter((issue) => issue.code === 'unknown-property').map((issue) => issue.path), []);
});

test('the sample documents are marked illustrative and point editors at the schema', () => {
  for (const { file, document } of readDocuments()) {
    assert.equal(document.meta.illustrative, true, file);
    assert.equal(document.$schema, '../../schema/monitor-document.schema.json', file);
    assert.ok(existsSync(join(dataDir, document.$schema)), `${file}: $schema points at a missing file`);
    const title = typeof document.meta.title === 'string' ? document.meta.title : document.meta.title.nl;
    assert.match(title, /voorbeeldgegevens/, file);
  }
});

const EXPECTED_CODES: Record<string, string> = {
  'bad-period.json': 'pattern',
  'ci-outside-value.json': 'interval',
  'duplicate-id.json': 'duplicate-id',
  'missing-required.json': 'required',
  'n-below-threshold.json': 'privacy',
  'suppressed-value-present.json': 'suppressed-value',
  'unknown-major-version.json': 'version',
  'unknown-reference.json': 'unknown-reference',
  'wrong-type.json': 'type',
};

test('each broken example yields at least one error with a path, of its own kind', () => {
  const files = jsonFiles(invalidDir);
  assert.ok(files.length >= 6, 'expected one broken document per kind of error');
  for (const file of files) {
    const name = relative(invalidDir, file);
    const text = readFileSync(file, 'utf8');
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      assert.equal(name, 'malformed-json.json', `${name} is not valid JSON`);
      continue;
    }
    const [result] = validateDocuments([{ document, source: name }]);
    const errors = result!.issues.filter((issue) => issue.severity === 'error');
    assert.ok(errors.length > 0, `${name}: expected an error`);
    for (const error of errors) assert.ok(error.path.length > 0, `${name}: an error without a path`);
    const expected = EXPECTED_CODES[name];
    assert.ok(expected, `${name}: add it to EXPECTED_CODES`);
    assert.ok(
      errors.every((error) => error.code === expected),
      `${name}: expected only "${expected}" errors, got ${errors.map((error) => `${error.code} at ${error.path}`).join(', ')}`,
    );
  }
});

test('media the narratives point at exist next to the documents', () => {
  for (const { file, document } of readDocuments()) {
    for (const narrative of document.narratives ?? []) {
      const local = [narrative.poster, ...(narrative.video.kind === 'file' ? [narrative.video.src, ...narrative.video.captions.map((track) => track.src)] : [])].filter((url) => url.startsWith('./'));
      for (const url of local) assert.ok(existsSync(join(dataDir, url)), `${relative(root, file)}: ${narrative.id} points at missing ${url}`);
      if (narrative.video.kind === 'file') {
        for (const track of narrative.video.captions) assert.match(readFileSync(join(dataDir, track.src), 'utf8'), /^WEBVTT/, track.src);
      }
    }
  }
});

test('the sample documents use every concept of the format', () => {
  const documents = readDocuments().map(({ document }) => document);
  const all = <T>(pick: (document: MonitorDocument) => T[] | undefined): T[] => documents.flatMap((document) => pick(document) ?? []);
  const observations = all((d) => d.observations);
  const interpretations = all((d) => d.interpretations);
  const used = {
    status: new Set(observations.map((o) => o.status)),
    actionStatus: new Set(interpretations.flatMap((i) => i.actions ?? []).map((a) => a.status)),
    resourceKind: new Set(all((d) => d.spotlights).flatMap((s) => s.resources ?? []).map((r) => r.kind)),
    level: new Set(all((d) => d.areas).map((a) => a.level)),
    unit: new Set(all((d) => d.indicators).map((i) => i.unit)),
    polarity: new Set(all((d) => d.indicators).map((i) => i.polarity)),
    producer: new Set(all((d) => d.indicators).flatMap((i) => i.sources).map((s) => s.producer)),
    audience: new Set([...documents.map((d) => d.meta.audience), ...observations.map((o) => o.audience), ...interpretations.map((i) => i.audience), ...all((d) => d.quotes).map((q) => q.audience)]),
    quoteRole: new Set(all((d) => d.quotes).map((q) => q.role)),
    narrativeRole: new Set(all((d) => d.narratives).map((n) => n.role)),
    perspective: new Set(interpretations.flatMap((i) => i.perspectives ?? []).map((p) => p.role)),
    videoKind: new Set(all((d) => d.narratives).map((n) => n.video.kind)),
    periodKind: new Set(observations.map((o) => (o.period.includes('-H') ? 'half' : o.period.includes('-Q') ? 'quarter' : /^\d{4}$/.test(o.period) ? 'year' : 'other'))),
  };
  const expect = (name: keyof typeof used, values: string[]) => {
    for (const value of values) assert.ok(used[name].has(value as never), `no sample uses ${name} "${value}"`);
  };
  expect('status', ['final', 'provisional', 'revised', 'estimated', 'suppressed', 'missing', 'not-applicable']);
  expect('actionStatus', ['planned', 'in-progress', 'done', 'stalled', 'stopped']);
  expect('resourceKind', ['podcast', 'talk', 'publication', 'video', 'event']);
  expect('level', ['national', 'province', 'youth-care-region', 'municipality', 'organisation', 'team']);
  expect('unit', ['percent', 'count', 'mean-score', 'distribution']);
  expect('polarity', ['higher-is-better', 'lower-is-better', 'neutral']);
  expect('producer', ['cbs', 'provider', 'panel', 'other']);
  expect('audience', ['public', 'network', 'internal']);
  expect('quoteRole', ['youth', 'parent', 'professional']);
  expect('narrativeRole', ['youth', 'parent', 'professional']);
  expect('perspective', ['youth', 'parent', 'professional', 'researcher', 'policy']);
  expect('videoKind', ['file', 'youtube', 'vimeo']);
  expect('periodKind', ['year', 'half', 'quarter']);
  assert.ok(observations.some((o) => o.seriesBreak), 'no series break');
  assert.ok(observations.some((o) => o.breakdown), 'no breakdown');
  assert.ok(observations.some((o) => o.ci && o.n !== undefined && o.numerator !== undefined), 'no observation with interval, n and numerator');
  assert.ok(all((d) => d.panelStatements).length >= 3, 'fewer than 3 panel statements');
  assert.ok(all((d) => d.quotes).length >= 15, 'fewer than 15 quotes');
  assert.ok(all((d) => d.spotlights).length >= 4, 'fewer than 4 spotlights');
  // One interpretation is stale: written for an older period than the newest figures of its indicator.
  assert.ok(
    interpretations.some((i) => i.writtenFor && observations.some((o) => o.indicator === i.indicator && o.period > i.writtenFor!.latestPeriod && /^\d{4}$/.test(o.period))),
    'no stale interpretation',
  );
});

test('suppressed cells carry no value, numerator or interval', () => {
  for (const observation of readDocuments().flatMap(({ document }) => document.observations ?? [])) {
    if (observation.status !== 'suppressed') continue;
    assert.equal(observation.value, null);
    assert.equal(observation.numerator, undefined);
    assert.equal(observation.ci, undefined);
  }
});

/** Every property name the schema defines, at any depth. */
function schemaPropertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaPropertyNames(item, names);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) names.add(name);
      schemaPropertyNames(value, names);
    }
  }
  return names;
}

test('docs/format.md names every property of the schema', () => {
  const docs = readFileSync(join(root, 'docs', 'format.md'), 'utf8');
  const names = schemaPropertyNames(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.ok(names.size > 50, `expected many properties, found ${names.size}`);
  const missing = [...names].filter((name) => !docs.includes(`\`${name}\``)).sort();
  assert.deepEqual(missing, [], `docs/format.md does not mention (in backticks): ${missing.join(', ')}`);
});

test('the example documents in docs/format.md are valid, and the full example uses every field', () => {
  const docs = readFileSync(join(root, 'docs', 'format.md'), 'utf8');
  const blocks = [...docs.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
  const documents = blocks.map((block) => JSON.parse(block) as unknown).filter((value): value is MonitorDocument => !!value && typeof value === 'object' && 'formatVersion' in value);
  assert.ok(documents.length >= 2, 'expected a first document and a full example');
  for (const document of documents) {
    const [result] = validateDocuments([{ document, source: 'docs/format.md' }]);
    assert.deepEqual(result!.issues.map((issue) => `${issue.path}: ${issue.message.en}`), []);
  }
  const full = /<!-- full-example -->\n```json\n([\s\S]*?)\n```/.exec(docs);
  assert.ok(full, 'docs/format.md marks its full example with <!-- full-example -->');
  const used = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        used.add(key);
        collect(inner);
      }
    }
  };
  collect(JSON.parse(full[1]!));
  const names = schemaPropertyNames(JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert.deepEqual([...names].filter((name) => !used.has(name)).sort(), [], 'the full example leaves out these fields');
});

test('the generator reproduces the committed sample files byte for byte', () => {
  const out = mkdtempSync(join(tmpdir(), 'stroomop-sample-'));
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'make-sample-data.mjs'), '--out', out], { stdio: 'pipe' });
    const written = listFiles(out).map((file) => relative(out, file)).sort();
    assert.ok(written.length > 0);
    for (const name of written) {
      const committed = join(dataDir, name);
      assert.ok(existsSync(committed), `${name} is generated but not committed: run npm run sample-data`);
      assert.ok(readFileSync(join(out, name)).equals(readFileSync(committed)), `${name} differs from what the generator writes: run npm run sample-data`);
    }
    // Nothing stale: every committed file comes from the generator (the video is made once, with --video).
    const committed = listFiles(dataDir).map((file) => relative(dataDir, file)).filter((name) => !name.endsWith('.webm')).sort();
    assert.deepEqual(committed, written);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
