import { expect } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import { combineDocuments } from '../../data/dataset.js';
import type { MonitorDocument } from '../../format/types.generated.js';
import { layoutBars, layoutDistribution, layoutLine, type ChartLayout } from './chart-layout.js';
import { buildChartModel, type ChartModel, type ChartRequest } from './chart-model.js';
import { symbol } from 'd3-shape';
import { createSvg, drawChart, drawFocus, markerPath, MARKER_AREA, symbolOf } from './render-svg.js';
import { STYLE_COUNT } from './chart-model.js';
import {
  bandDocument,
  baseDocument,
  breakDocument,
  observationOf,
  onePeriodDocument,
  provisionalDocument,
  statementDocument,
  suppressedDocument,
  threeAreasDocument,
} from './sample-documents.js';

function modelOf(document: MonitorDocument, overrides: Partial<ChartRequest> = {}): ChartModel {
  const result = buildChartModel(combineDocuments([{ document }]), { indicator: 'uitval', areas: '', periods: '', breakdown: '', type: 'auto', ...overrides }, 'nl');
  if (!result.ok) throw new Error(result.issue.message.en);
  return result.model;
}

function layoutOf(model: ChartModel, width: number): ChartLayout {
  if (model.kind === 'distribution') return layoutDistribution(model, width);
  if (model.kind === 'bar') return layoutBars(model, width);
  if (model.kind === 'line') return layoutLine(model, width);
  throw new Error('empty');
}

function drawn(model: ChartModel, layout: ChartLayout) {
  const drawing = drawChart(model, layout);
  return { ...drawing, svg: createSvg(drawing.tree, globalThis.document) };
}

function draw(document: MonitorDocument, overrides: Partial<ChartRequest> = {}, width = 640) {
  const model = modelOf(document, overrides);
  return drawn(model, layoutOf(model, width));
}

/** The SVG as stable text: one element per line, numbers rounded to 0.01 px. */
function normalise(svg: SVGSVGElement): string {
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100))
    .replace(/></g, '>\n<');
}

describe('render-svg', () => {
  it('leaves no <style> element, no style attribute and no aria-label in the SVG', () => {
    for (const { svg } of [draw(threeAreasDocument()), draw(onePeriodDocument()), draw(statementDocument(), { indicator: 'tevredenheid' })]) {
      expect(svg.querySelectorAll('style')).to.have.length(0);
      expect(svg.querySelectorAll('[style]')).to.have.length(0);
      expect(svg.querySelectorAll('[aria-label], [aria-description]')).to.have.length(0);
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('class')).to.equal('stroomop-plot');
    }
  });

  it('paints series through classes and currentColor, never with a colour of its own', () => {
    const { svg } = draw(threeAreasDocument());
    expect(svg.querySelectorAll('path.line.s0, path.line.s1, path.line.s2')).to.have.length(3);
    const colours = [...svg.querySelectorAll('[fill], [stroke]')].flatMap((element) => [element.getAttribute('fill'), element.getAttribute('stroke')]).filter((value) => value && value !== 'none');
    expect([...new Set(colours)]).to.deep.equal(['currentColor']);
  });

  it('gives every series its own dash and marker shape', () => {
    const { svg } = draw(threeAreasDocument());
    const dashes = ['s0', 's1', 's2'].map((name) => svg.querySelector(`path.line.${name}`)!.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).to.equal(3);
    const shapes = ['s0', 's1', 's2'].map((name) => {
      // The commands of one marker, without its coordinates: the shape.
      const first = /M[^M]*/.exec(svg.querySelector(`path.dot.${name}`)!.getAttribute('d')!)![0];
      return first.replace(/[-\d.,]+/g, '');
    });
    expect(new Set(shapes).size).to.equal(3);
  });

  it('draws nothing at a suppressed period, even when the document carries a value', () => {
    const document = baseDocument({
      observations: [
        observationOf({ period: '2020', value: 10 }),
        observationOf({ period: '2021', value: 11 }),
        observationOf({ period: '2022', value: 30, status: 'suppressed' }),
        observationOf({ period: '2023', value: 12 }),
        observationOf({ period: '2024', value: 13 }),
      ],
    });
    const model = modelOf(document);
    const layout = layoutOf(model, 640);
    const drawing = drawn(model, layout);
    const svg = drawing.svg;
    const gap = drawing.locate(0, 2);
    expect(gap?.kind).to.equal('column');
    const suppressedX = gap?.kind === 'column' ? gap.x : NaN;
    const xs: number[] = [];
    for (const path of svg.querySelectorAll('path.line')) for (const match of path.getAttribute('d')!.matchAll(/[ML]([\d.]+),/g)) xs.push(Number(match[1]));
    // Every marker is a subpath that starts with M, within a few pixels of its point.
    for (const dot of svg.querySelectorAll('path.dot')) for (const match of dot.getAttribute('d')!.matchAll(/M([\d.]+),/g)) xs.push(Number(match[1]));
    expect(xs.every(Number.isFinite)).to.equal(true);
    expect(xs.length).to.equal(8);
    expect(xs.some((value) => Math.abs(value - suppressedX) < 20)).to.equal(false);
    expect(svg.querySelectorAll('path.line')).to.have.length(2);
  });

  it('draws bars for values only, hollow and dashed when provisional', () => {
    const { svg } = draw(onePeriodDocument());
    expect(svg.querySelectorAll('rect.bar')).to.have.length(3);
    expect(svg.querySelector('rect.bar.hollow')!.getAttribute('stroke-dasharray')).to.equal('4 3');
    const document = baseDocument({ observations: [observationOf({ period: '2024', value: 50, status: 'suppressed' }), observationOf({ period: '2024', area: 'NL01', value: 10 })] });
    const suppressed = draw(document);
    expect(suppressed.svg.querySelectorAll('rect.bar')).to.have.length(1);
    expect(suppressed.svg.textContent).to.contain('geen waarde (onderdrukt)');
  });

  it('draws each marker as d3 draws its symbol, moved to the point', () => {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    document.body.append(svg);
    const pathOf = (d: string) => {
      const element = document.createElementNS(NS, 'path');
      element.setAttribute('d', d);
      svg.append(element);
      return element;
    };
    try {
      for (let style = 0; style < STYLE_COUNT; style += 1) {
        const type = symbolOf(style);
        const atOrigin = pathOf(symbol(type, MARKER_AREA)()!);
        for (const [x, y] of [[10, 20], [123.456, 78.9]] as [number, number][]) {
          const ours = pathOf(markerPath(type, [[x, y]]));
          const length = atOrigin.getTotalLength();
          expect(ours.getTotalLength(), `style ${style}`).to.be.closeTo(length, 0.1);
          for (const share of [0, 0.2, 0.45, 0.7, 0.95]) {
            const expected = atOrigin.getPointAtLength(share * length);
            const actual = ours.getPointAtLength(share * length);
            expect([actual.x, actual.y], `style ${style} at ${share}`).to.satisfy(([ax, ay]: number[]) => Math.abs(ax! - (expected.x + x)) < 0.05 && Math.abs(ay! - (expected.y + y)) < 0.05);
          }
        }
      }
      // Many markers make one path, each starting at its own point.
      expect(markerPath(symbolOf(0), [[1, 2], [3, 4]]).match(/M/g)).to.have.length(2);
    } finally {
      svg.remove();
    }
  });

  it('finds each value for the focus marker', () => {
    const rendered = draw(threeAreasDocument());
    const first = rendered.locate(0, 0);
    const last = rendered.locate(0, 5);
    expect(first?.kind).to.equal('point');
    if (first?.kind === 'point' && last?.kind === 'point') expect(last.x).to.be.greaterThan(first.x);
    drawFocus(rendered.svg, last);
    expect(rendered.svg.querySelectorAll('g.focus-marker circle.focus-ring')).to.have.length(1);
    drawFocus(rendered.svg, first);
    expect(rendered.svg.querySelectorAll('g.focus-marker')).to.have.length(1);
    drawFocus(rendered.svg, undefined);
    expect(rendered.svg.querySelectorAll('g.focus-marker')).to.have.length(0);
  });

  describe('snapshots (640 px)', () => {
    const cases: [string, () => MonitorDocument, Partial<ChartRequest>][] = [
      ['three areas', threeAreasDocument, {}],
      ['band', bandDocument, {}],
      ['provisional', provisionalDocument, {}],
      ['suppressed', suppressedDocument, {}],
      ['series break', breakDocument, {}],
      ['one period', onePeriodDocument, {}],
      ['panel statement', statementDocument, { indicator: 'tevredenheid' }],
    ];
    for (const [name, document, overrides] of cases) {
      it(name, async () => {
        await compareSnapshot({ name: `indicator-chart ${name}`, content: normalise(draw(document(), overrides).svg) });
      });
    }
  });
});
