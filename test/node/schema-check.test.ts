// The browser validator interprets the schema itself (no eval, small). This
// proves it agrees with Ajv, the reference implementation, on a valid document
// and on hundreds of broken variants of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkSchema, formatPath } from '../../src/format/schema-check.js';
import { monitorDocumentSchema } from '../../src/format/schema.generated.js';
import { minimalDocument, observation } from '../helpers/fixtures.js';

const fullSchema = JSON.parse(readFileSync(new URL('../../schema/monitor-document.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(fullSchema);

function richDocument(): Record<string, unknown> {
  return minimalDocument({
    breakdowns: [{ id: 'age', name: 'Leeftijd', categories: [{ id: '12-17', name: '12 tot 18 jaar' }] }],
    observations: [
      observation({ period: '2024', ci: { lower: 10, upper: 14, level: 0.95 }, breakdown: { age: '12-17' }, seriesBreak: { nl: 'Nieuwe methode' } }),
      observation({ period: '2023-H1', value: null, status: 'suppressed', statusReason: 'n < 10' }),
    ],
    panelStatements: [
      {
        id: 's1',
        statement: 'Ik word gehoord',
        topic: 'matching',
        period: '2024-Q2',
        categories: [
          { id: 'oneens', label: 'Oneens' },
          { id: 'eens', label: { nl: 'Eens', en: 'Agree' } },
        ],
        neutral: 'eens',
        responses: [{ role: 'youth', counts: { oneens: 3, eens: 9 }, n: 12, responseRate: 0.4 }],
      },
    ],
    interpretations: [
      {
        id: 'd1',
        indicator: 'uitval',
        title: 'Duiding',
        body: { nl: ['Eerste alinea.'], en: ['First paragraph.'] },
        authors: ['Expertraad'],
        date: '2025-06-01',
        writtenFor: { release: '2025-06', latestPeriod: '2024' },
        perspectives: [{ role: 'youth', text: 'Tekst' }],
        questions: ['Herken je dit?'],
        actions: [{ text: 'Actie', status: 'stalled', expected: '2025-Q4', owner: 'Regio', note: 'Geen budget' }],
      },
    ],
    quotes: [{ id: 'q1', text: 'Fijn', role: 'parent', date: '2025-01-02', topic: 'matching' }],
    spotlights: [
      {
        id: 'sp1',
        month: '2025-03',
        topic: 'matching',
        title: 'Thema',
        summary: ['Samenvatting'],
        insights: ['Inzicht'],
        indicators: ['uitval'],
        resources: [{ kind: 'podcast', title: 'Podcast', url: 'https://example.org/p', duration: 'PT25M' }],
      },
    ],
    narratives: [
      {
        id: 'n1',
        title: 'Verhaal',
        role: 'youth',
        video: { kind: 'file', src: './media/v.webm', captions: [{ src: './media/v.vtt', lang: 'nl', label: 'Nederlands' }] },
        poster: './media/p.svg',
        transcript: ['Tekst'],
      },
      { id: 'n2', title: 'Verhaal 2', role: 'parent', video: { kind: 'youtube', id: 'abc_DEF-1' }, poster: '/p.svg', transcript: ['Tekst'] },
    ],
  }) as unknown as Record<string, unknown>;
}

const WRONG_VALUES: unknown[] = [null, 42, 'text', true, [], {}, -1, 1.5, '', 'javascript:alert(1)'];

/** Every variant of the document with one value replaced, one key removed or one key added. */
function* mutations(value: unknown, path: (string | number)[] = []): Generator<{ path: string; apply: (root: unknown) => void }> {
  const at = (root: unknown) => path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) {
    for (const wrong of WRONG_VALUES) {
      yield { path: `${formatPath(path)} = ${JSON.stringify(wrong)}`, apply: (root) => { at(root)[last] = structuredClone(wrong); } };
    }
    if (typeof last === 'string') yield { path: `delete ${formatPath(path)}`, apply: (root) => { Reflect.deleteProperty(at(root), last); } };
  }
  if (value && typeof value === 'object') {
    if (!Array.isArray(value)) yield { path: `${formatPath(path)}.extra`, apply: (root) => { (path.length ? (at(root)[last!] as Record<string, unknown>) : (root as Record<string, unknown>)).zzz = 1; } };
    for (const [key, child] of Object.entries(value)) yield* mutations(child, [...path, Array.isArray(value) ? Number(key) : key]);
  }
}

test('the rich document is valid for both validators', () => {
  const document = richDocument();
  assert.equal(ajvValidate(document), true, JSON.stringify(ajvValidate.errors));
  assert.deepEqual(checkSchema(document, monitorDocumentSchema), []);
});

test('both validators agree on every single mutation', () => {
  const base = richDocument();
  let count = 0;
  const disagreements: string[] = [];
  for (const mutation of mutations(base)) {
    const document = structuredClone(base);
    mutation.apply(document);
    const ajvValid = ajvValidate(document);
    const ours = checkSchema(document, monitorDocumentSchema);
    if (ajvValid !== (ours.length === 0)) disagreements.push(`${mutation.path}: ajv ${ajvValid ? 'valid' : 'invalid'}, ours ${ours.length ? 'invalid' : 'valid'}`);
    count += 1;
  }
  assert.ok(count > 500, `only ${count} mutations`);
  assert.deepEqual(disagreements, []);
});

test('our problems point at the same places as Ajv errors', () => {
  const document = richDocument();
  (document.observations as Record<string, unknown>[])[0]!.value = '12,5';
  (document.quotes as Record<string, unknown>[])[0]!.role = 'teacher';
  ajvValidate(document);
  const ajvPaths = new Set((ajvValidate.errors ?? []).map((error) => error.instancePath));
  const ourPaths = checkSchema(document, monitorDocumentSchema).map((problem) => `/${problem.path.join('/')}`);
  for (const path of ourPaths) assert.ok(ajvPaths.has(path), `${path} not among Ajv's ${[...ajvPaths].join(', ')}`);
  assert.deepEqual(new Set(ourPaths), new Set(['/observations/0/value', '/quotes/0/role']));
});
