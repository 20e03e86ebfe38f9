import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MonitorDocument, Observation } from 'stroomop-monitor-elements/format';
import { CellTable, findRelations } from '../src/cells.js';
import { applyPrivacy, roundCount } from '../src/privacy.js';
import { containingPeriod, nestingKind, type NestingKind } from '../src/periods.js';
import type { Mapping } from '../src/mapping.js';
import { convertFiles, example, find, readJson } from './helpers.js';

const stats = (n: number) => ({ n, sum: Math.round(n / 3), sumsq: 0, den: n });

test('primary and complementary suppression along an area hierarchy', () => {
  const table = new CellTable();
  table.add('x', 'ORG', '2024', undefined, stats(100), 'rollup');
  table.add('x', 'A', '2024', undefined, stats(50), 'input');
  table.add('x', 'B', '2024', undefined, stats(45), 'input');
  table.add('x', 'C', '2024', undefined, stats(5), 'input');
  const parents: Record<string, string> = { A: 'ORG', B: 'ORG', C: 'ORG' };
  const cells = table.values();
  const outcome = applyPrivacy(cells, findRelations(cells, (code) => parents[code]), { threshold: 10, complementary: true });
  assert.deepEqual(outcome, { primary: 1, complementary: 1 });
  assert.equal(table.get('x', 'C', '2024')!.suppressed, 'primary');
  assert.equal(table.get('x', 'B', '2024')!.suppressed, 'complementary', 'the next-smallest sibling');
  assert.equal(table.get('x', 'A', '2024')!.suppressed, undefined);
  assert.equal(table.get('x', 'ORG', '2024')!.suppressed, undefined);
});

test('complementary suppression along breakdown categories, and its cascade into another relation', () => {
  const table = new CellTable();
  // Team A total and its age categories; the organisation with teams A and B.
  table.add('x', 'A', '2024', undefined, stats(60), 'input');
  table.add('x', 'A', '2024', { age: 'young' }, stats(8), 'input');
  table.add('x', 'A', '2024', { age: 'middle' }, stats(22), 'input');
  table.add('x', 'A', '2024', { age: 'old' }, stats(30), 'input');
  table.add('x', 'B', '2024', { age: 'young' }, stats(40), 'input');
  table.add('x', 'ORG', '2024', { age: 'young' }, stats(48), 'rollup');
  const parents: Record<string, string> = { A: 'ORG', B: 'ORG' };
  const cells = table.values();
  applyPrivacy(cells, findRelations(cells, (code) => parents[code]), { threshold: 10, complementary: true });
  assert.equal(table.get('x', 'A', '2024', { age: 'young' })!.suppressed, 'primary');
  assert.equal(table.get('x', 'A', '2024', { age: 'middle' })!.suppressed, 'complementary', 'smallest other category');
  // A-young is also one of ORG-young's parts: with B-young visible it could be derived, so B-young goes too.
  assert.equal(table.get('x', 'B', '2024', { age: 'young' })!.suppressed, 'complementary');
  assert.equal(table.get('x', 'A', '2024', { age: 'old' })!.suppressed, undefined);
});

test('a parent with one child: the child cannot hide behind it', () => {
  const table = new CellTable();
  table.add('x', 'ORG', '2024', undefined, stats(12), 'rollup');
  table.add('x', 'A', '2024', undefined, stats(7), 'input');
  const cells = table.values();
  applyPrivacy(cells, findRelations(cells, (code) => (code === 'A' ? 'ORG' : undefined)), { threshold: 10, complementary: true });
  assert.equal(table.get('x', 'ORG', '2024')!.suppressed, 'complementary');
});

test('rounding: to the nearest multiple, never below the threshold a value passed', () => {
  assert.equal(roundCount(12, 5, 10), 10);
  assert.equal(roundCount(13, 5, 10), 15);
  assert.equal(roundCount(11, 5, 11), 15, 'a published n stays at or above the threshold');
  assert.equal(roundCount(2, 5, 10), 0, 'a small numerator may round to 0');
  assert.equal(roundCount(12, undefined, 10), 12);
});

/**
 * The attacker: for every suppressed observation, every sum it is part of
 * (a parent area and its children, a total and the categories of one
 * breakdown, a year and its half years) is tried; if every other member of
 * the sum is visible, the suppressed n follows by subtraction. Absent cells
 * count as zero, as an attacker would assume. Written apart from the
 * pipeline's own relation finder.
 */
function derive(document: MonitorDocument): { observation: Observation; n: number; via: string }[] {
  const observations = document.observations ?? [];
  const bd = (observation: Pick<Observation, 'breakdown'>) => JSON.stringify(Object.entries(observation.breakdown ?? {}).sort());
  const key = (indicator: string, area: string, period: string, breakdown: string) => `${indicator}|${area}|${period}|${breakdown}`;
  const byKey = new Map(observations.map((observation) => [key(observation.indicator, observation.area, observation.period, bd(observation)), observation]));
  const children = new Map<string, string[]>();
  for (const area of document.areas ?? []) if (area.parent) children.set(area.parent, [...(children.get(area.parent) ?? []), area.code]);
  const parentOf = new Map((document.areas ?? []).map((area) => [area.code, area.parent]));
  const categories = new Map((document.breakdowns ?? []).map((breakdown) => [breakdown.id, breakdown.categories.map((category) => category.id)]));
  const periodsOf = new Map<string, Set<NestingKind>>();
  for (const observation of observations) {
    const kind = nestingKind(observation.period);
    if (kind) periodsOf.set(observation.indicator, (periodsOf.get(observation.indicator) ?? new Set()).add(kind));
  }
  /** n of a cell when visible (0 when absent), undefined when hidden. */
  const visibleN = (indicator: string, area: string, period: string, breakdown: string): number | undefined => {
    const observation = byKey.get(key(indicator, area, period, breakdown));
    if (!observation) return 0;
    if (observation.status === 'suppressed' || typeof observation.n !== 'number') return undefined;
    return observation.n;
  };
  const sumOf = (members: (number | undefined)[]) => (members.some((member) => member === undefined) ? undefined : members.reduce<number>((sum, member) => sum + member!, 0));
  const found: { observation: Observation; n: number; via: string }[] = [];
  const subPeriods = (period: string, kind: NestingKind): string[] => {
    const year = period.slice(0, 4);
    const all = kind === 'half' ? ['H1', 'H2'].map((h) => `${year}-${h}`) : kind === 'quarter' ? ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `${year}-${q}`) : Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);
    return all.filter((candidate) => containingPeriod(candidate, nestingKind(period)!) === period);
  };
  for (const s of observations.filter((observation) => observation.status === 'suppressed')) {
    const b = bd(s);
    const attempts: [string, number | undefined][] = [];
    // As a child: parent minus the other children.
    const parent = parentOf.get(s.area);
    if (parent && byKey.has(key(s.indicator, parent, s.period, b))) {
      const total = visibleN(s.indicator, parent, s.period, b);
      const others = sumOf((children.get(parent) ?? []).filter((code) => code !== s.area).map((code) => visibleN(s.indicator, code, s.period, b)));
      attempts.push(['parent minus siblings', total === undefined || others === undefined ? undefined : total - others]);
    }
    // As a parent: the sum of its children.
    const kids = children.get(s.area) ?? [];
    if (kids.some((code) => byKey.has(key(s.indicator, code, s.period, b)))) attempts.push(['sum of children', sumOf(kids.map((code) => visibleN(s.indicator, code, s.period, b)))]);
    // Breakdowns: a category is its total minus the other categories; a total is the sum of the categories.
    const entries = Object.entries(s.breakdown ?? {}) as [string, string][];
    for (const [dimension, category] of entries) {
      const rest = entries.filter(([other]) => other !== dimension);
      const restKey = JSON.stringify(rest.sort());
      if (!byKey.has(key(s.indicator, s.area, s.period, restKey))) continue;
      const total = visibleN(s.indicator, s.area, s.period, restKey);
      const others = sumOf((categories.get(dimension) ?? []).filter((other) => other !== category).map((other) => visibleN(s.indicator, s.area, s.period, JSON.stringify([...rest, [dimension, other]].sort()))));
      attempts.push([`total minus other ${dimension}`, total === undefined || others === undefined ? undefined : total - others]);
    }
    for (const [dimension, list] of categories) {
      if (entries.some(([other]) => other === dimension)) continue;
      const parts = list.map((category) => JSON.stringify([...entries, [dimension, category]].sort()));
      if (parts.some((part) => byKey.has(key(s.indicator, s.area, s.period, part)))) attempts.push([`sum of ${dimension}`, sumOf(parts.map((part) => visibleN(s.indicator, s.area, s.period, part)))]);
    }
    // Periods: a half year is the year minus the other half; a year the sum of its halves.
    const kind = nestingKind(s.period);
    for (const coarse of periodsOf.get(s.indicator) ?? []) {
      const total = kind ? containingPeriod(s.period, coarse) : undefined;
      if (total && total !== s.period && byKey.has(key(s.indicator, s.area, total, b))) {
        const others = sumOf(subPeriods(total, kind!).filter((period) => period !== s.period).map((period) => visibleN(s.indicator, s.area, period, b)));
        const totalN = visibleN(s.indicator, s.area, total, b);
        attempts.push([`${coarse} minus other periods`, totalN === undefined || others === undefined ? undefined : totalN - others]);
      }
      if (kind && coarse !== kind && containingPeriod(s.period, coarse) === undefined) {
        const parts = subPeriods(s.period, coarse);
        if (parts.some((period) => byKey.has(key(s.indicator, s.area, period, b)))) attempts.push([`sum of ${coarse}s`, sumOf(parts.map((period) => visibleN(s.indicator, s.area, period, b)))]);
      }
    }
    for (const [via, n] of attempts) if (n !== undefined) found.push({ observation: s, n, via });
  }
  return found;
}

test('no suppressed cell can be derived from the published output (record-level, every audience)', async () => {
  for (const audience of ['internal', 'network', 'public']) {
    const result = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', audience]);
    assert.equal(result.code, 0);
    const leaks = derive(result.document!);
    assert.deepEqual(leaks.map(({ observation, via }) => `${observation.indicator} ${observation.area} ${observation.period} ${JSON.stringify(observation.breakdown ?? {})} via ${via}`), [], audience);
  }
});

test('the attack works when complementary suppression is off: the test can fail, and the derived counts are the true ones', async () => {
  const mapping = readJson<Mapping>(example('provider-records.mapping.json'));
  const unprotected = await convertFiles({ ...mapping, privacy: { threshold: 10, complementary: false } }, [example('provider-records.csv')], ['--audience', 'internal']);
  const truth = await convertFiles({ ...mapping, privacy: { threshold: 1, complementary: false } }, [example('provider-records.csv')], ['--audience', 'internal']);
  const leaks = derive(unprotected.document!);
  assert.ok(leaks.length > 10, `${leaks.length} cells derivable without complementary suppression`);
  for (const { observation, n } of leaks) {
    const actual = find(truth.document!, observation.indicator, observation.area, observation.period, observation.breakdown as Record<string, string> | undefined);
    assert.equal(n, actual!.n, `${observation.indicator} ${observation.area} ${observation.period}`);
    assert.ok(n < 10, 'only small cells are suppressed, and they are exactly what leaks');
  }
  // A leak through each kind of sum.
  const kinds = new Set(leaks.map(({ via }) => via.split(' ')[0]));
  assert.ok(kinds.has('parent') && kinds.has('total') && kinds.has('year'), [...kinds].join(', '));
});

test('aggregated input: a small municipality cannot be derived from the rolled-up region', async () => {
  const result = await convertFiles(example('aggregated.mapping.json'), [example('aggregated.csv')]);
  assert.deepEqual(derive(result.document!), []);
  const unprotected = await convertFiles({ ...readJson<Mapping>(example('aggregated.mapping.json')), privacy: { threshold: 10, complementary: false } }, [example('aggregated.csv')]);
  assert.ok(derive(unprotected.document!).some(({ observation }) => observation.area === 'GM0331'));
});

test('suppressed values leave the output entirely', async () => {
  const result = await convertFiles(example('provider-records.mapping.json'), [example('provider-records.csv')], ['--audience', 'internal']);
  const suppressed = result.document!.observations!.filter((observation) => observation.status === 'suppressed');
  assert.ok(suppressed.length > 0);
  for (const observation of suppressed) {
    assert.equal(observation.value, null);
    for (const field of ['n', 'numerator', 'denominator', 'ci'] as const) assert.equal(observation[field], undefined, field);
    assert.ok(observation.statusReason);
  }
  assert.ok(result.report!.suppressedCells.some((cell) => cell.why === 'primary') && result.report!.suppressedCells.some((cell) => cell.why === 'complementary'));
  assert.equal(result.report!.cells.suppressed, suppressed.length);
});
