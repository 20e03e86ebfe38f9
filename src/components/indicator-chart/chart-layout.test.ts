import { expect } from '@open-wc/testing';
import { combineDocuments } from '../../data/dataset.js';
import type { MonitorDocument } from '../../format/types.generated.js';
import { downsample, downsampleBand, layoutBars, layoutDistribution, layoutLine, spreadLabels, wrapText } from './chart-layout.js';
import { buildChartModel, type ChartModel, type DistributionModel, type SeriesModel } from './chart-model.js';
import { baseDocument, breakDocument, longSeriesDocument, observationOf, onePeriodDocument, provisionalDocument, statementDocument, threeAreasDocument } from './sample-documents.js';

function modelOf(document: MonitorDocument, indicator = 'uitval', areas = ''): ChartModel {
  const result = buildChartModel(combineDocuments([{ document }]), { indicator, areas, periods: '', breakdown: '', type: 'auto' }, 'nl');
  if (!result.ok) throw new Error(result.issue.message.en);
  return result.model;
}
const seriesOf = (document: MonitorDocument, areas = '') => modelOf(document, 'uitval', areas) as SeriesModel;
const year = (time: number) => new Date(time).getUTCFullYear();
const years = (points: { x: number }[]) => points.map((point) => year(point.x));

describe('chart-layout', () => {
  describe('downsampling', () => {
    it('keeps the first, the last and every extreme, and at most two points per bucket', () => {
      const values = Array.from({ length: 10_000 }, (_, index) => Math.sin(index / 50) * 10);
      values[3_333] = -100;
      values[6_666] = 100;
      const kept = downsample(values, 500);
      expect(kept.length).to.be.at.most(1002);
      expect(kept[0]).to.equal(0);
      expect(kept.at(-1)).to.equal(9_999);
      expect(kept).to.include(3_333).and.include(6_666);
      // In order, each once.
      for (let index = 1; index < kept.length; index += 1) expect(kept[index]).to.be.greaterThan(kept[index - 1]!);
      // Every bucket's lowest and highest value is kept.
      const size = 10_000 / 500;
      for (let bucket = 0; bucket < 500; bucket += 1) {
        const inBucket = values.slice(Math.floor(bucket * size), Math.floor((bucket + 1) * size));
        const keptValues = kept.filter((index) => index >= bucket * size && index < (bucket + 1) * size).map((index) => values[index]);
        expect(keptValues, `bucket ${bucket}`).to.include(Math.min(...inBucket)).and.include(Math.max(...inBucket));
      }
    });

    it('downsamples a range of the values as it would the same values copied out', () => {
      const values = Float64Array.from({ length: 9_000 }, (_, index) => Math.cos(index / 37) * 20 + (index % 101 === 0 ? 50 : 0));
      for (const [start, end] of [[0, 9_000], [1_234, 8_001], [4_000, 4_003], [10, 900]] as const) {
        expect(downsample(values, 300, start, end), `${start}..${end}`).to.deep.equal(downsample(values.slice(start, end), 300).map((index) => index + start));
      }
    });

    it('leaves short runs alone, and keeps nothing of an empty one', () => {
      expect(downsample([3, 1, 2], 500)).to.deep.equal([0, 1, 2]);
      expect(downsample([3, 1, 2, 5, 4], 500, 1, 4)).to.deep.equal([1, 2, 3]);
      expect(downsample([3, 1, 2], 500, 2, 2)).to.deep.equal([]);
    });

    it('keeps the interval band as an envelope', () => {
      const points = Array.from({ length: 1000 }, (_, index) => ({ x: index * 86_400_000, lower: index === 500 ? -50 : 0, upper: index === 700 ? 90 : 10 }));
      const kept = downsampleBand(points, 50);
      expect(kept.length).to.be.at.most(100);
      expect(Math.min(...kept.map((point) => point.lower))).to.equal(-50);
      expect(Math.max(...kept.map((point) => point.upper))).to.equal(90);
    });
  });

  it('pushes labels apart so they never overlap', () => {
    const centres = spreadLabels([100, 101, 102, 250], [15, 30, 15, 15], 0, 300);
    const boxes = centres.map((centre, index) => [centre - [15, 30, 15, 15][index]! / 2, centre + [15, 30, 15, 15][index]! / 2]).sort((a, b) => a[0]! - b[0]!);
    for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]![0]).to.be.at.least(boxes[index - 1]![1]! - 1e-9);
    expect(centres[3]).to.equal(250);
  });

  it('wraps long labels at spaces', () => {
    expect(wrapText('Jeugdregio Utrecht Stad', 12)).to.equal('Jeugdregio\nUtrecht Stad');
    expect(wrapText('Kort', 12)).to.equal('Kort');
    expect(wrapText('Kinderbeschermingsmaatregelen', 12).split('\n').every((line) => line.length <= 12)).to.equal(true);
  });

  describe('line charts', () => {
    it('splits the line at gaps and never draws a gap period, even when the document has a value there', () => {
      const document = baseDocument({
        observations: [
          observationOf({ period: '2019', value: 10 }),
          observationOf({ period: '2020', value: 11 }),
          observationOf({ period: '2021', value: 80, status: 'suppressed' }),
          observationOf({ period: '2022', value: 12 }),
          observationOf({ period: '2023', value: null, status: 'missing' }),
          observationOf({ period: '2024', value: 13 }),
        ],
      });
      const layout = layoutLine(seriesOf(document), 640);
      expect(layout.lines.map((run) => years(run.points))).to.deep.equal([[2019, 2020]]);
      // 2022 and 2024 stand alone between gaps: each gets a marker.
      expect(years(layout.dots)).to.deep.equal([2019, 2020, 2022, 2024]);
      const drawn = [...layout.lines.flatMap((run) => run.points), ...layout.dots, ...layout.labels];
      expect(drawn.some((point) => year(point.x) === 2021 || year(point.x) === 2023)).to.equal(false);
      expect(drawn.some((point) => point.y === 80)).to.equal(false);
      expect(layout.yDomain[1]).to.be.below(80);
    });

    it('draws a dotted run into a provisional value, with a hollow marker', () => {
      const layout = layoutLine(seriesOf(provisionalDocument(), 'GM0344'), 640);
      expect(layout.lines.map((run) => [run.provisional, years(run.points)])).to.deep.equal([
        [false, [2019, 2020, 2021, 2022, 2023]],
        [true, [2023, 2024]],
      ]);
      expect(layout.dots.filter((dot) => dot.hollow).map((dot) => year(dot.x))).to.deep.equal([2024]);
    });

    it('does not connect across a series break', () => {
      const layout = layoutLine(seriesOf(breakDocument(), 'GM0344'), 640);
      expect(layout.lines.map((run) => years(run.points))).to.deep.equal([
        [2019, 2020, 2021],
        [2022, 2023, 2024],
      ]);
      expect(layout.breaks.map((item) => new Date(item.x).toISOString())).to.deep.equal(['2022-01-01T00:00:00.000Z']);
      expect(layout.margin.top).to.be.greaterThan(20);
    });

    it('labels every series at its end and keeps the labels apart', () => {
      const layout = layoutLine(seriesOf(threeAreasDocument()), 640);
      expect(layout.labels.map((label) => label.text.replace(/\n/g, ' '))).to.deep.equal(['Utrecht', 'Jeugdregio Utrecht Stad', 'Nederland']);
      const toPixel = (value: number) => layout.margin.top + ((layout.yDomain[1] - value) / (layout.yDomain[1] - layout.yDomain[0])) * (layout.height - layout.margin.top - layout.margin.bottom);
      const centres = layout.labels.map((label) => toPixel(label.y)).sort((a, b) => a - b);
      for (let index = 1; index < centres.length; index += 1) expect(centres[index]! - centres[index - 1]!).to.be.at.least(14);
    });

    it('starts percentages at zero and shows Dutch ticks', () => {
      const layout = layoutLine(seriesOf(threeAreasDocument()), 640);
      expect(layout.yDomain[0]).to.equal(0);
      expect(layout.yTickLabels[1]).to.match(/^\d+%$/);
      expect(layout.xTickLabels).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024']);
    });

    it('thins the period ticks at 320 pixels, keeping the latest', () => {
      const layout = layoutLine(seriesOf(threeAreasDocument()), 320);
      expect(layout.xTickLabels.at(-1)).to.equal('2024');
      expect(layout.xTickLabels.length).to.be.below(6);
      expect(layout.margin.left + layout.margin.right).to.be.below(200);
    });

    it('draws 3 × 10,000 points with at most two points per pixel column per series', () => {
      const model = seriesOf(longSeriesDocument(10_000));
      const layout = layoutLine(model, 800);
      const plotWidth = 800 - layout.margin.left - layout.margin.right;
      expect(layout.valuePoints).to.equal(30_000);
      expect(layout.drawnPoints).to.be.at.most(3 * (2 * plotWidth + 2));
      const drawnValues = layout.lines.flatMap((run) => run.points.map((point) => point.y));
      expect(Math.min(...drawnValues)).to.equal(2);
      expect(Math.max(...drawnValues)).to.equal(60);
      // Markers only at the ends when there is no room for one per point.
      expect(layout.dots).to.have.length(3);
    });
  });

  it('lays out bars with room for labels above and values beside them', () => {
    const layout = layoutBars(seriesOf(onePeriodDocument()), 320);
    expect(layout.rows.map((row) => row.label)).to.deep.equal(['Utrecht', 'Jeugdregio Utrecht Stad', 'Nederland']);
    expect(layout.rows[0]).to.include({ hollow: true, valueText: '12,3% (voorlopig)', base: 0 });
    expect(layout.rows[0]!.valueX).to.equal(14.6);
    for (let index = 1; index < layout.rows.length; index += 1) expect(layout.rows[index]!.labelY).to.be.greaterThan(layout.rows[index - 1]!.barBottom);
  });

  it('lays out diverging bars symmetric around the centre', () => {
    const model = modelOf(statementDocument(), 'tevredenheid') as DistributionModel;
    const layout = layoutDistribution(model, 560);
    expect(layout.xDomain).to.deep.equal([-80, 80]);
    expect(layout.xTickLabels[0]).to.equal('75%');
    expect(layout.rowLabels.map((label) => label.text)).to.deep.equal(['Jongeren (n = 120, respons 38%)', 'Ouders (n = 90, respons 31%)', 'Professionals (n = 60, respons 55%)']);
    expect(layout.segments.filter((segment) => segment.row === 0).map((segment) => segment.className)).to.deep.equal(['c-neg-1', 'c-neg-2', 'c-neutral', 'c-pos-2', 'c-pos-1']);
  });
});
