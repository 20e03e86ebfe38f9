import { expect } from '@open-wc/testing';
import { combineDocuments } from '../../data/dataset.js';
import { summarizeIndicator, summarySentence } from '../../data/summary.js';
import type { MonitorDocument } from '../../format/types.generated.js';
import { tableFor, toCsv } from './table-model.js';
import { layoutDistribution } from './chart-layout.js';
import { drawChart } from './render-svg.js';
import { buildChartModel, describeValue, moveFocus, navRows, parseBreakdown, parsePeriodRange, resolveRequest, type ChartModel, type ChartRequest, type SeriesModel } from './chart-model.js';
import {
  baseDocument,
  breakDocument,
  breakdownDocument,
  longSeriesDocument,
  observationOf,
  onePeriodDocument,
  panelStatement,
  provisionalDocument,
  statementDocument,
  suppressedDocument,
  threeAreasDocument,
} from './sample-documents.js';

// Straight to the dataset, without the validator: the model must hold even for documents the validator would refuse.
const datasetOf = (document: MonitorDocument) => combineDocuments([{ document }]);
const request = (overrides: Partial<ChartRequest> = {}): ChartRequest => ({ indicator: 'uitval', areas: '', periods: '', breakdown: '', type: 'auto', ...overrides });

function modelOf(document: MonitorDocument, overrides: Partial<ChartRequest> = {}, lang: 'nl' | 'en' = 'nl'): ChartModel {
  const result = buildChartModel(datasetOf(document), request(overrides), lang);
  if (!result.ok) throw new Error(result.issue.message.en);
  return result.model;
}

function seriesModelOf(document: MonitorDocument, overrides: Partial<ChartRequest> = {}, lang: 'nl' | 'en' = 'nl'): SeriesModel {
  const model = modelOf(document, overrides, lang);
  if (model.kind !== 'line' && model.kind !== 'bar') throw new Error(`expected a series model, got ${model.kind}`);
  return model;
}

describe('chart-model', () => {
  describe('the periods attribute', () => {
    const ok = (text: string) => {
      const result = parsePeriodRange(text);
      if (!result.ok) throw new Error(result.message.en);
      const day = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString().slice(0, 10));
      return { from: day(result.value.from?.start), to: day(result.value.to?.end) };
    };

    it('reads closed, open and single ranges', () => {
      expect(ok('')).to.deep.equal({ from: undefined, to: undefined });
      expect(ok('2019..2024')).to.deep.equal({ from: '2019-01-01', to: '2025-01-01' });
      expect(ok('2020-H1..2024-H2')).to.deep.equal({ from: '2020-01-01', to: '2025-01-01' });
      expect(ok('2022..')).to.deep.equal({ from: '2022-01-01', to: undefined });
      expect(ok('..2023')).to.deep.equal({ from: undefined, to: '2024-01-01' });
      expect(ok('2024')).to.deep.equal({ from: '2024-01-01', to: '2025-01-01' });
      expect(ok(' 2024-W01 .. 2024-W26 ')).to.deep.equal({ from: '2024-01-01', to: '2024-07-01' });
    });

    it('refuses what is not a range, and a range that runs backwards', () => {
      for (const text of ['2019-2024', '2019..2020..2021', '..', 'gisteren', '2024-H3']) expect(parsePeriodRange(text).ok, text).to.equal(false);
      const backwards = parsePeriodRange('2024..2019');
      expect(backwards.ok).to.equal(false);
      if (!backwards.ok) expect(backwards.message.nl).to.contain('begin na het einde');
    });
  });

  describe('the breakdown attribute', () => {
    it('reads fixed categories and one split dimension', () => {
      expect(parseBreakdown('age:12-17 gender:girl')).to.deep.equal({ ok: true, value: { fixed: { age: '12-17', gender: 'girl' } } });
      expect(parseBreakdown('age:*,gender:girl')).to.deep.equal({ ok: true, value: { fixed: { gender: 'girl' }, split: 'age' } });
      expect(parseBreakdown('')).to.deep.equal({ ok: true, value: { fixed: {} } });
    });

    it('refuses bad syntax, a dimension twice and two splits', () => {
      for (const text of ['age', 'age=12-17', 'age:12-17 age:0-11', 'age:* gender:*']) expect(parseBreakdown(text).ok, text).to.equal(false);
    });
  });

  describe('resolving the attributes against the data', () => {
    const dataset = datasetOf(threeAreasDocument());

    it('names the attribute and the problem', () => {
      const problems: [Partial<ChartRequest>, string, string][] = [
        [{ indicator: '' }, 'indicator', 'no-indicator'],
        [{ indicator: 'onbekend' }, 'indicator', 'unknown-indicator'],
        [{ areas: 'GM0344 GM9999' }, 'areas', 'unknown-area'],
        [{ periods: '2024..2019' }, 'periods', 'periods'],
        [{ breakdown: 'gender:girl' }, 'breakdown', 'unknown-breakdown'],
        [{ breakdown: 'age:99' }, 'breakdown', 'unknown-breakdown'],
        [{ breakdown: 'age=99' }, 'breakdown', 'breakdown'],
        [{ type: 'pie' }, 'type', 'type'],
      ];
      for (const [overrides, path, code] of problems) {
        const result = resolveRequest(dataset, request(overrides));
        expect(result.ok, JSON.stringify(overrides)).to.equal(false);
        if (!result.ok) expect([result.issue.path, result.issue.code]).to.deep.equal([path, code]);
      }
      const unknown = resolveRequest(dataset, request({ indicator: 'onbekend' }));
      if (!unknown.ok) expect(unknown.issue.message.en).to.equal('unknown indicator "onbekend"; known: uitval');
    });

    it('defaults to the home area and its parents, nearest first', () => {
      const result = resolveRequest(dataset, request());
      expect(result.ok && result.selection.areas).to.deep.equal(['GM0344', 'JR-UTR', 'NL01']);
    });

    it('leaves out parents without figures of the indicator', () => {
      const document = baseDocument({ observations: [observationOf({ period: '2023' }), observationOf({ period: '2023', area: 'NL01' })] });
      const result = resolveRequest(datasetOf(document), request());
      expect(result.ok && result.selection.areas).to.deep.equal(['GM0344', 'NL01']);
    });
  });

  describe('the series model', () => {
    it('has one series per area, in the order asked, with every point in period order', () => {
      const model = seriesModelOf(threeAreasDocument(), { areas: 'NL01 GM0344' });
      expect(model.kind).to.equal('line');
      expect(model.series.map((series) => series.label)).to.deep.equal(['Nederland', 'Utrecht']);
      expect(model.series.map((series) => series.style)).to.deep.equal([0, 1]);
      expect(model.series[1]!.points.map((point) => point.period)).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024']);
      expect(model.meta).to.equal('Percentage · Nederland en Utrecht · 2019 tot en met 2024');
    });

    it('keeps only the periods in range', () => {
      const model = seriesModelOf(threeAreasDocument(), { periods: '2021..2023' });
      expect(model.periods).to.deep.equal(['2021', '2022', '2023']);
      expect(model.series[0]!.points).to.have.length(3);
    });

    it('never gives a suppressed, missing or not-applicable value to draw, even when the document carries one', () => {
      const document = baseDocument({
        observations: [
          observationOf({ period: '2021', value: 11 }),
          observationOf({ period: '2022', value: 99, status: 'suppressed', statusReason: 'minder dan 10 jongeren' }),
          observationOf({ period: '2023', value: 98, status: 'not-applicable' }),
          observationOf({ period: '2024', value: 12 }),
        ],
      });
      const model = seriesModelOf(document);
      expect(model.series[0]!.points.map((point) => point.value)).to.deep.equal([11, null, null, 12]);
      expect(model.gaps.map((point) => [point.period, point.status, point.reason])).to.deep.equal([
        ['2022', 'suppressed', 'minder dan 10 jongeren'],
        ['2023', 'not-applicable', ''],
      ]);
      expect(model.extent).to.deep.equal([11, 12]);
      // The summary skips them too.
      expect(model.summary).to.contain('12,0% in 2024').and.contain('in 2021').and.not.contain('99');
    });

    it('shows one kind of period when the data mixes years and half years', () => {
      const document = baseDocument({
        observations: [
          ...['2020', '2021', '2022', '2023'].map((period, index) => observationOf({ period, value: 900 - index * 50 })),
          ...['2022-H1', '2022-H2', '2023-H1', '2023-H2'].map((period, index) => observationOf({ period, value: 420 - index * 10, ...(index === 3 ? { status: 'estimated' as const } : {}) })),
        ],
      });
      const years = seriesModelOf(document);
      expect(years.periods).to.deep.equal(['2020', '2021', '2022', '2023']);
      expect(years.periodKind).to.equal('year');
      expect(years.otherKinds).to.deep.equal([{ kind: 'half', first: '2022-H1', last: '2023-H2' }]);
      expect(years.summary).to.contain('in 2023.').and.contain('dan in 2022');
      const halves = seriesModelOf(document, { periods: '2022-H1..' });
      expect(halves.periods).to.deep.equal(['2022-H1', '2022-H2', '2023-H1', '2023-H2']);
      expect(halves.summary).to.contain('2e halfjaar 2023 (geschat)');
    });

    it('shows every period of every series once, in order, whatever order the document has', () => {
      const document = baseDocument({
        observations: [
          ...['2023', '2020', '2021', '2021'].map((period, index) => observationOf({ period, value: 10 + index })),
          ...['2022', '2019', '2021'].map((period, index) => observationOf({ area: 'NL01', period, value: 20 + index })),
          ...['2023-H1', '2022-H1', '2023-H2', '2022-H2'].map((period) => observationOf({ area: 'NL01', period })),
        ],
      });
      const model = seriesModelOf(document, { areas: 'GM0344 NL01' });
      expect(model.periods).to.deep.equal(['2019', '2020', '2021', '2022', '2023']);
      expect(model.parsedPeriods.map((period) => period.text)).to.deep.equal(model.periods);
      expect(model.series.map((series) => series.points.map((point) => point.period))).to.deep.equal([
        ['2020', '2021', '2021', '2023'],
        ['2019', '2021', '2022'],
      ]);
      expect(model.otherKinds).to.deep.equal([{ kind: 'half', first: '2022-H1', last: '2023-H2' }]);
      // One kind of period out of order: sorted all the same.
      const years = baseDocument({ observations: ['2022', '2020', '2023', '2021'].map((period, index) => observationOf({ period, value: index })) });
      expect(seriesModelOf(years).series[0]!.points.map((point) => [point.period, point.value])).to.deep.equal([
        ['2020', 1],
        ['2021', 3],
        ['2022', 0],
        ['2023', 2],
      ]);
      // A range that names half years shows them; the municipality has none.
      const halves = seriesModelOf(document, { areas: 'GM0344 NL01', periods: '2022-H2..' });
      expect(halves.periods).to.deep.equal(['2022-H2', '2023-H1', '2023-H2']);
      expect(halves.emptySeries).to.deep.equal(['Utrecht']);
    });

    it('reads only its indicator\'s observations, all of them, when indicators take turns in the document', () => {
      // Of the same area and periods: only the indicator tells them apart.
      const other = (period: string, area = 'GM0344') => observationOf({ indicator: 'ander', area, period, value: 99 });
      const document = baseDocument({
        observations: [
          other('2019', 'JR-UTR'),
          observationOf({ period: '2019', value: 1 }),
          observationOf({ period: '2020', value: 2 }),
          other('2020'),
          other('2021'),
          observationOf({ period: '2021', value: 3 }),
          other('2022'),
          observationOf({ period: '2022', value: 4 }),
          other('2023'),
        ],
      });
      const model = seriesModelOf(document);
      // The region has figures of the other indicator only, so it is no default area of this one.
      expect(model.series.map((series) => series.area)).to.deep.equal(['GM0344']);
      expect(model.series[0]!.points.map((point) => [point.period, point.value])).to.deep.equal([
        ['2019', 1],
        ['2020', 2],
        ['2021', 3],
        ['2022', 4],
      ]);
    });

    it('gives each series its own periods when it has the first series\' periods, some of them, or others', () => {
      const years = (area: string, periods: unknown[]) => periods.map((period, index) => observationOf({ area, period: period as string, value: index }));
      const document = baseDocument({
        observations: [
          ...years('NL01', ['2019', '2020', '2021', '2022']),
          // The same periods, then ones the first series lacks in their place, then no period past its end.
          ...years('JR-UTR', ['2019', '2020', '2023', '2024', undefined]),
          // One left out, one that is no period (the validator refuses it), one the first has elsewhere.
          ...years('GM0344', ['2020', undefined, '2021', '2019']),
        ],
      });
      const model = seriesModelOf(document, { areas: 'NL01 JR-UTR GM0344', periods: '2020..' });
      expect(model.periods).to.deep.equal(['2020', '2021', '2022', '2023', '2024']);
      expect(model.parsedPeriods.map((period) => period.text)).to.deep.equal(model.periods);
      expect(model.series.map((series) => series.points.map((point) => point.period))).to.deep.equal([
        ['2020', '2021', '2022'],
        ['2020', '2023', '2024'],
        ['2020', '2021'],
      ]);
    });

    it('records series breaks with their explanation, once per period', () => {
      const model = seriesModelOf(breakDocument(), { areas: 'GM0344 NL01' });
      expect(model.breaks).to.have.length(1);
      expect(model.breaks[0]).to.include({ period: '2022', text: 'nieuwe definitie van uitval' });
      expect(model.breaks[0]!.series).to.deep.equal([]);
      expect(new Date(model.breaks[0]!.time).toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    });

    it('does not compare across a series break in the summary', () => {
      const document = baseDocument({
        observations: [observationOf({ period: '2023', value: 14 }), observationOf({ period: '2024', value: 9, seriesBreak: 'nieuwe definitie' })],
      });
      expect(seriesModelOf(document).summary).to.equal('Uitval uit jeugdhulp in Utrecht was 9,0% in 2024. Lager is gunstiger.');
    });

    it('turns one period into bars, and bars show the latest period when asked', () => {
      const bars = seriesModelOf(onePeriodDocument());
      expect(bars.kind).to.equal('bar');
      expect(bars.series.map((series) => series.points.map((point) => point.value))).to.deep.equal([[12.3], [11.1], [10.4]]);
      const forced = seriesModelOf(threeAreasDocument(), { type: 'bar' });
      expect(forced.kind).to.equal('bar');
      expect(forced.periods).to.deep.equal(['2024']);
      expect(forced.parsedPeriods.map((period) => period.text)).to.deep.equal(['2024']);
      expect(seriesModelOf(onePeriodDocument(), { type: 'line' }).kind).to.equal('line');
    });

    it('gives a bar placeholder, not a value, to an area without the period', () => {
      const document = baseDocument({ observations: [observationOf({ period: '2024' }), observationOf({ period: '2023', area: 'NL01' })] });
      const model = seriesModelOf(document, { type: 'bar' });
      expect(model.series[1]!.points[0]).to.include({ value: null, status: 'missing', synthetic: true });
    });

    it('filters a breakdown, or splits it into one series per category', () => {
      const fixed = seriesModelOf(breakdownDocument(), { breakdown: 'age:12-17' });
      expect(fixed.series.map((series) => series.area)).to.deep.equal(['GM0344', 'NL01']);
      expect(fixed.series[0]!.points[0]!.value).to.equal(17);
      expect(fixed.meta).to.contain('Leeftijd: 12 tot 18 jaar');
      const split = seriesModelOf(breakdownDocument(), { areas: 'GM0344', breakdown: 'age:*' });
      expect(split.series.map((series) => series.label)).to.deep.equal(['0 tot 12 jaar', '12 tot 18 jaar']);
      expect(split.series[1]!.breakdown).to.deep.equal({ age: '12-17' });
      const totals = seriesModelOf(breakdownDocument(), { areas: 'GM0344' });
      expect(totals.series[0]!.points[0]!.value).to.equal(14);
    });

    it('is empty, with a message, when nothing is selected', () => {
      const model = modelOf(threeAreasDocument(), { periods: '2030..' });
      expect(model.kind).to.equal('empty');
      if (model.kind === 'empty') expect(model.message).to.equal('Er zijn (nog) geen cijfers van Uitval uit jeugdhulp voor deze selectie.');
    });

    it('says "op" for a day in the summary', () => {
      const model = seriesModelOf(longSeriesDocument(10, ['GM0344']));
      expect(model.summary).to.match(/^Uitval uit jeugdhulp in Utrecht was [\d,]+% op 10 januari 2000\. Dat is .* dan op 9 januari 2000\./);
    });

    it('gives the summary that the indicator\'s own observations give, from the series it has in order', () => {
      // The model hands the summary its first series rather than have it look the observations up
      // and sort them again: every case here must read as the long way round does.
      const shuffled = baseDocument({
        observations: ['2024', '2021', '2023', '2022-H2', '2022', '2022-H1', '2020'].map((period, index) =>
          observationOf({ period, value: 10 + index, ...(period === '2024' ? { status: 'provisional' as const } : {}) }),
        ),
      });
      const cases: [MonitorDocument, Partial<ChartRequest>][] = [
        [threeAreasDocument(), {}],
        [threeAreasDocument(), { periods: '..2022' }],
        [threeAreasDocument(), { periods: '2021..2023' }],
        [threeAreasDocument(), { periods: '2023' }],
        [threeAreasDocument(), { type: 'bar' }],
        [provisionalDocument(), {}],
        [suppressedDocument(), {}],
        [breakDocument(), {}],
        [breakdownDocument(), { breakdown: 'age:12-17' }],
        [breakdownDocument(), { areas: 'GM0344', breakdown: 'age:*' }],
        [onePeriodDocument(), {}],
        [longSeriesDocument(40), { periods: '..2000-01-20' }],
        [shuffled, {}],
        [shuffled, { periods: '2022-H1..2022-H2' }],
        [shuffled, { periods: '..2022' }],
        [shuffled, { periods: '2024' }],
      ];
      for (const [document, overrides] of cases) {
        const dataset = datasetOf(document);
        const model = seriesModelOf(document, overrides);
        const first = model.series[0]!;
        const facts = summarizeIndicator(dataset, model.indicator.id, first.area, first.breakdown, { upTo: model.periods.at(-1)!, ...(model.periodKind ? { kind: model.periodKind } : {}) });
        const sentence = summarySentence(dataset, facts!, 'nl');
        expect(model.summary, JSON.stringify(overrides)).to.equal(first.category ? `${first.category.name}: ${sentence}` : sentence);
      }
    });

    it('speaks English with lang en', () => {
      const model = seriesModelOf(provisionalDocument(), {}, 'en');
      expect(model.title).to.equal('Dropout from youth care');
      expect(model.meta).to.equal('Percentage · Utrecht and Nederland · 2019 to 2024');
      expect(model.summary).to.contain('11.5% in 2024 (provisional)');
    });
  });

  describe('panel statements', () => {
    it('centres the bars on the neutral answer', () => {
      const model = modelOf(statementDocument(), { indicator: 'tevredenheid' });
      expect(model.kind).to.equal('distribution');
      if (model.kind !== 'distribution') return;
      const [youth] = model.statements[0]!.rows;
      expect(youth!.label).to.equal('Jongeren');
      const neutral = youth!.segments.find((segment) => segment.category.side === 'neutral')!;
      expect(neutral.x1).to.be.closeTo(-neutral.share / 2, 1e-9);
      expect(neutral.x2).to.be.closeTo(neutral.share / 2, 1e-9);
      expect(youth!.segments.map((segment) => segment.category.shade)).to.deep.equal([1, 2, 0, 2, 1]);
      expect(youth!.segments.reduce((sum, segment) => sum + segment.share, 0)).to.be.closeTo(100, 1e-9);
      expect(model.summary).to.equal('Eens met "Ik voel me gehoord door mijn hulpverlener": jongeren 63%, ouders 67% en professionals 67%.');
      expect(model.reach).to.equal(80);
    });

    it('splits in the middle without a neutral answer, and shows only the latest round', () => {
      const document = statementDocument();
      document.panelStatements = [
        panelStatement({
          id: 'ja-nee',
          period: '2024-H1',
          neutral: undefined,
          categories: [
            { id: 'nee', label: 'nee' },
            { id: 'ja', label: 'ja' },
          ],
          responses: [{ role: 'youth', counts: { nee: 30, ja: 70 }, n: 100 }],
        }),
        panelStatement({ id: 'ouder', period: '2023-H2' }),
      ];
      const model = modelOf(document, { indicator: 'tevredenheid' });
      if (model.kind !== 'distribution') throw new Error(model.kind);
      expect(model.statements.map((statement) => statement.id)).to.deep.equal(['ja-nee']);
      expect(model.statements[0]!.rows[0]!.segments.map((segment) => [segment.x1, segment.x2])).to.deep.equal([
        [-30, 0],
        [0, 70],
      ]);
    });
  });

  describe('reading the points', () => {
    it('says series, period, value, status, interval and n', () => {
      const model = seriesModelOf(onePeriodDocument());
      const point = model.series[0]!.points[0]!;
      expect(describeValue(point, model.indicator, 'nl')).to.equal('12,3% (voorlopig), 95%-interval 10,1% tot 14,6%, n = 240');
      expect(navRows(model)[0]!.items[0]!.text).to.equal('Utrecht, 1e halfjaar 2024: 12,3% (voorlopig), 95%-interval 10,1% tot 14,6%, n = 240');
      const gaps = seriesModelOf(suppressedDocument());
      expect(navRows(gaps)[0]!.items[2]!.text).to.equal('Utrecht, 2021: geen waarde (onderdrukt: minder dan 10 jongeren)');
    });

    it('moves left and right within a series, up and down to the same period of another', () => {
      const rows = navRows(seriesModelOf(threeAreasDocument()));
      let at = moveFocus(rows, undefined, 'ArrowRight');
      expect(at).to.deep.equal({ row: 0, item: 5 });
      at = moveFocus(rows, at, 'ArrowRight');
      expect(at).to.deep.equal({ row: 0, item: 5 });
      at = moveFocus(rows, at, 'ArrowLeft');
      expect(at).to.deep.equal({ row: 0, item: 4 });
      at = moveFocus(rows, at, 'ArrowDown');
      expect(at).to.deep.equal({ row: 1, item: 4 });
      at = moveFocus(rows, at, 'Home');
      expect(at).to.deep.equal({ row: 1, item: 0 });
      at = moveFocus(rows, at, 'ArrowUp');
      expect(at).to.deep.equal({ row: 0, item: 0 });
      at = moveFocus(rows, at, 'End');
      expect(at).to.deep.equal({ row: 0, item: 5 });
      expect(moveFocus(rows, at, 'a')).to.equal(undefined);
    });

    it('moves between bars with every arrow key', () => {
      const rows = navRows(seriesModelOf(onePeriodDocument()));
      expect(moveFocus(rows, { row: 0, item: 0 }, 'ArrowRight')).to.deep.equal({ row: 1, item: 0 });
      expect(moveFocus(rows, { row: 1, item: 0 }, 'ArrowUp')).to.deep.equal({ row: 0, item: 0 });
    });
  });

  describe('the small-number guard', () => {
    const threshold = 10;
    it('withholds a value whose denominator is under the threshold, with the reason, and nothing that gives it away', () => {
      const document = baseDocument({ observations: [observationOf({ period: '2023', value: 33.3, numerator: 1, denominator: 3 }), observationOf({ period: '2024', value: 12 })] });
      delete document.observations![0]!.n;
      const [point] = seriesModelOf(document, { areas: 'GM0344' }).series[0]!.points;
      expect([point!.value, point!.status, point!.reason, point!.n]).to.deep.equal([null, 'suppressed', `minder dan ${threshold} (privacydrempel)`, undefined]);
      const observed = datasetOf(document).observations[0]!;
      expect([observed.numerator, observed.denominator, observed.ci]).to.deep.equal([undefined, undefined, undefined]);
    });
    it('withholds under the highest threshold of the documents read together', () => {
      const regional = baseDocument({ observations: [observationOf({ period: '2024', value: 20, n: 7 })] });
      regional.meta.privacyThreshold = 5;
      const national = baseDocument({ observations: [] });
      national.meta.privacyThreshold = 10;
      const dataset = combineDocuments([{ document: regional }, { document: national }]);
      expect(dataset.observations.map((entry) => [entry.value, entry.status])).to.deep.equal([[null, 'suppressed']]);
      expect(combineDocuments([{ document: regional }]).observations[0]!.value).to.equal(20);
    });
    it('leaves out an observation whose n disagrees with its denominator and keeps the rest', () => {
      const document = baseDocument({ observations: [observationOf({ period: '2023', value: 10, n: 1500, numerator: 1, denominator: 3 }), observationOf({ period: '2024', value: 12, n: 200, denominator: 200 })] });
      expect(datasetOf(document).observations.map((entry) => entry.period)).to.deep.equal(['2024']);
    });
    it('withholds panel roles with fewer answers than the threshold in the chart, the table, the CSV and the summary, and says why', () => {
      const document = statementDocument();
      document.panelStatements = [
        panelStatement({
          responses: [
            { role: 'youth', counts: { 'zeer-oneens': 8, oneens: 14, neutraal: 22, eens: 46, 'zeer-eens': 30 }, n: 120 },
            { role: 'parent', counts: { 'zeer-oneens': 0, oneens: 1, neutraal: 0, eens: 1, 'zeer-eens': 1 }, n: 3 },
          ],
        }),
      ];
      const model = modelOf(document, { indicator: 'tevredenheid' });
      if (model.kind !== 'distribution') throw new Error(model.kind);
      const [statement] = model.statements;
      expect(statement!.rows.map((row) => row.role)).to.deep.equal(['youth']);
      expect(statement!.withheld.map((role) => role.role)).to.deep.equal(['parent']);
      expect(model.summary).to.contain('ouders (minder dan 10 antwoorden)');
      const table = tableFor(model);
      expect(table.rows.filter((row) => row[1] === 'Ouders')).to.deep.equal([[statement!.text, 'Ouders', 'minder dan 10 antwoorden', '', '', '', '']]);
      const csv = toCsv(model).split('\r\n').filter((line) => line.includes(';parent;'));
      expect(csv).to.deep.equal([`tevredenheid;gehoord;${statement!.text};2024-H2;parent;minder dan 10 antwoorden;;;;`]);
      const layout = layoutDistribution(model, 600);
      expect(layout.rowLabels.map((label) => label.text)).to.include('Ouders: minder dan 10 antwoorden');
      expect(layout.bars).to.have.length(1);
      expect(JSON.stringify(drawChart(model, layout).tree)).not.to.contain('NaN');
    });
  });

  describe('names of Object.prototype as ids, categories and answers', () => {
    const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupGetter__'];
    for (const name of NAMES) {
      it(`"${name}" as indicator, area, breakdown, category and answer`, () => {
        const document = statementDocument();
        document.areas = [...document.areas!, { code: name, name: `Gebied ${name}`, level: 'municipality', parent: 'NL01' }];
        document.breakdowns = [{ id: name, name: 'B', categories: [{ id: name, name: 'C' }] }];
        document.indicators = document.indicators!.map((indicator) => (indicator.id === 'uitval' ? { ...indicator, id: name } : indicator));
        document.observations = [
          observationOf({ indicator: name, area: name, period: '2023', value: 11 }),
          observationOf({ indicator: name, area: name, period: '2024', value: 12 }),
          observationOf({ indicator: name, area: name, period: '2024', value: 13, breakdown: { [name]: name } }),
        ];
        const statement = panelStatement();
        statement.categories = [{ id: name, label: 'Oneens' }, { id: 'eens', label: 'Eens' }];
        statement.neutral = undefined;
        // Built as JSON gives it: an own property even for __proto__.
        const counts = JSON.parse(`{"${name}": 30, "eens": 70}`) as Record<string, number>;
        statement.responses = [{ role: 'youth', counts, n: 100 }];
        document.panelStatements = [statement];
        const series = seriesModelOf(document, { indicator: name, areas: name });
        expect(series.series[0]!.points.map((point) => point.value)).to.deep.equal([11, 12]);
        const split = seriesModelOf(document, { indicator: name, areas: name, breakdown: `${name}:${name}` });
        expect(split.series[0]!.points.map((point) => point.value)).to.deep.equal([13]);
        const distribution = modelOf(document, { indicator: 'tevredenheid' });
        if (distribution.kind !== 'distribution') throw new Error(distribution.kind);
        expect(distribution.statements[0]!.rows[0]!.segments.map((segment) => [segment.count, segment.share])).to.deep.equal([[30, 30], [70, 70]]);
        const drawn = JSON.stringify(drawChart(distribution, layoutDistribution(distribution, 600)).tree);
        expect(drawn).not.to.contain('NaN');
        expect(tableFor(distribution).rows.flat().join(' ')).not.to.contain('NaN');
      });
    }
  });
});
