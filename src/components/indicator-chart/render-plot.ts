/**
 * The indicator chart's data path, last step: a layout becomes Observable
 * Plot marks, Plot draws the SVG, and the SVG is made fit for a strict CSP and
 * for axe: Plot's <style> element goes (the element's static styles carry the
 * same rules), no inline style attributes, no aria-label on bare <g> elements.
 * Colours come from CSS classes (`s0`…`s5`, `c-neg-1`…), never from here.
 * No data wrangling: every number comes from chart-layout.ts.
 */
import { areaY, axisX, axisY, dot, gridY, lineY, plot, rect, ruleX, ruleY, text, type Markish } from '@observablehq/plot';
import { bisector, group, least } from 'd3';
import type { BarLayout, ChartLayout, DistributionLayout, LineLayout } from './chart-layout.js';
import { DASHES, PROVISIONAL_DASH, SYMBOLS, type ChartModel } from './chart-model.js';

/** The class Plot puts on the SVG; the element's styles address it. */
export const PLOT_CLASS = 'stroomop-plot';

/** Where a data point is on the drawing, for the focus marker. */
export type FocusGeometry = { kind: 'point'; x: number; y: number } | { kind: 'column'; x: number; top: number; bottom: number } | { kind: 'box'; x1: number; x2: number; y1: number; y2: number };

export interface RenderedChart {
  svg: SVGSVGElement;
  /** Where the item of a row (series, or respondent group) is drawn. */
  locate(row: number, item: number): FocusGeometry | undefined;
  /** The item nearest to a point on the drawing (SVG pixels), for a click or a tap. */
  nearest(x: number, y: number): { row: number; item: number } | undefined;
}

type PlotElement = SVGSVGElement & { scale(name: 'x' | 'y'): { apply(value: unknown): number; invert?(pixel: number): unknown } | undefined };

const tickLabels = <T>(values: T[], labels: string[], key: (value: T) => number | string) => {
  const byValue = new Map(values.map((value, index) => [key(value), labels[index] ?? '']));
  return (value: T) => byValue.get(key(value)) ?? '';
};

function lineMarks(layout: LineLayout): Markish[] {
  const marks: Markish[] = [
    gridY(layout.yTicks, { className: 'grid' }),
    axisY({ ticks: layout.yTicks, tickFormat: tickLabels(layout.yTicks, layout.yTickLabels, Number), tickSize: 0, label: null, className: 'axis' }),
    axisX({ ticks: layout.xTicks, tickFormat: tickLabels(layout.xTicks, layout.xTickLabels, (date: Date) => date.getTime()), label: null, className: 'axis' }),
  ];
  if (layout.yDomain[0] <= 0 && layout.yDomain[1] >= 0) marks.push(ruleY([0], { className: 'baseline' }));
  for (const band of layout.bands) marks.push(areaY(band.points, { x: 'x', y1: 'lower', y2: 'upper', fill: 'currentColor', className: `band s${band.style}` }));
  if (layout.breaks.length) {
    marks.push(ruleX(layout.breaks, { x: 'x', strokeDasharray: '3 3', className: 'break' }));
    marks.push(text(layout.breaks, { x: 'x', text: 'label', frameAnchor: 'top', dy: -14, className: 'break-label' }));
  }
  for (const run of layout.lines) {
    const dash = run.provisional ? PROVISIONAL_DASH : DASHES[run.style % DASHES.length];
    marks.push(
      lineY(run.points, {
        x: 'x',
        y: 'y',
        stroke: 'currentColor',
        ...(dash ? { strokeDasharray: dash } : {}),
        strokeLinecap: run.provisional ? 'round' : 'butt',
        className: `line s${run.style}${run.provisional ? ' provisional' : ''}`,
      }),
    );
  }
  for (const dots of group(layout.dots, (entry) => `${entry.style}|${entry.hollow ? 1 : 0}`).values()) {
    const first = dots[0]!;
    marks.push(
      dot(dots, {
        x: 'x',
        y: 'y',
        symbol: SYMBOLS[first.style % SYMBOLS.length]!,
        r: 4,
        stroke: 'currentColor',
        fill: 'currentColor',
        className: `dot s${first.style}${first.hollow ? ' hollow' : ''}`,
      }),
    );
  }
  for (const labels of group(layout.labels, (entry) => entry.style).values()) {
    marks.push(text(labels, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'middle', dx: 9, className: `label s${labels[0]!.style}` }));
  }
  return marks;
}

function barMarks(layout: BarLayout): Markish[] {
  const drawn = layout.rows.filter((row) => row.value !== null);
  const marks: Markish[] = [
    axisX({ ticks: layout.xTicks, tickFormat: tickLabels(layout.xTicks, layout.xTickLabels, Number), label: null, className: 'axis' }),
  ];
  for (const rows of group(drawn, (row) => `${row.style}|${row.hollow ? 1 : 0}`).values()) {
    const first = rows[0]!;
    marks.push(
      rect(rows, {
        x1: 'base',
        x2: 'value',
        y1: 'barTop',
        y2: 'barBottom',
        fill: 'currentColor',
        stroke: 'currentColor',
        ...(first.hollow ? { strokeDasharray: '4 3' } : {}),
        className: `bar s${first.style}${first.hollow ? ' hollow' : ''}`,
      }),
    );
  }
  const withInterval = drawn.filter((row) => row.ci);
  if (withInterval.length) {
    const middle = (row: (typeof withInterval)[number]) => (row.barTop + row.barBottom) / 2;
    marks.push(ruleY(withInterval, { y: middle, x1: (row: (typeof withInterval)[number]) => row.ci!.lower, x2: (row: (typeof withInterval)[number]) => row.ci!.upper, className: 'interval' }));
    const ends = withInterval.flatMap((row) => [row.ci!.lower, row.ci!.upper].map((x) => ({ x, y1: middle(row) - 6, y2: middle(row) + 6 })));
    marks.push(ruleX(ends, { x: 'x', y1: 'y1', y2: 'y2', className: 'interval' }));
  }
  marks.push(ruleX([layout.rows[0]?.base ?? 0], { className: 'baseline' }));
  marks.push(text(layout.rows, { y: 'labelY', text: 'label', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'middle', className: 'row-label' }));
  marks.push(
    text(layout.rows, {
      x: 'valueX',
      y: (row: BarLayout['rows'][number]) => (row.barTop + row.barBottom) / 2,
      text: 'valueText',
      textAnchor: 'start',
      dx: 8,
      className: 'value-label',
    }),
  );
  return marks;
}

function distributionMarks(layout: DistributionLayout): Markish[] {
  const marks: Markish[] = [
    axisX({ ticks: layout.xTicks, tickFormat: tickLabels(layout.xTicks, layout.xTickLabels, Number), label: null, className: 'axis' }),
  ];
  for (const [className, segments] of group(layout.segments, (segment) => segment.className)) {
    marks.push(rect(segments, { x1: 'x1', x2: 'x2', y1: 'barTop', y2: 'barBottom', fill: 'currentColor', className: `segment ${className}` }));
  }
  // The centre under the shares, so a line never runs through a number.
  marks.push(ruleX(layout.bars, { x: () => 0, y1: 'top', y2: 'bottom', className: 'centre' }));
  for (const [textClass, segments] of group(
    layout.segments.filter((segment) => segment.text),
    (segment) => segment.textClass,
  )) {
    marks.push(
      text(segments, {
        x: (segment: DistributionLayout['segments'][number]) => (segment.x1 + segment.x2) / 2,
        y: (segment: DistributionLayout['segments'][number]) => (segment.barTop + segment.barBottom) / 2,
        text: 'text',
        className: `segment-label ${textClass}`,
      }),
    );
  }
  if (layout.headers.length) marks.push(text(layout.headers, { y: 'y', text: 'text', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'middle', className: 'statement' }));
  marks.push(text(layout.rowLabels, { y: 'y', text: 'text', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'middle', className: 'row-label' }));
  return marks;
}

/** Makes Plot's SVG fit for a strict CSP and for axe, in place. */
export function cleanSvg(svg: SVGSVGElement): SVGSVGElement {
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Only the elements that carry one of the attributes: not every line, path and text of the drawing.
  const marked = svg.querySelectorAll('[style], [aria-label], [aria-description]');
  for (const element of [svg, ...marked]) {
    element.removeAttribute('style');
    // Plot labels its groups ("line", "x-axis tick"); a <g> has no role that allows a name. The container names the chart.
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.removeAttribute('font-family');
  svg.removeAttribute('font-size');
  return svg;
}

/** Draws the layout with Plot and returns the cleaned SVG, with a way to find each item for the focus marker. */
export function renderPlot(model: ChartModel, layout: ChartLayout, document: Document = globalThis.document): RenderedChart {
  const common = {
    document,
    width: layout.width,
    height: layout.height,
    marginTop: layout.margin.top,
    marginRight: layout.margin.right,
    marginBottom: layout.margin.bottom,
    marginLeft: layout.margin.left,
    className: PLOT_CLASS,
  };
  let svg: PlotElement;
  if (layout.kind === 'line') {
    svg = plot({
      ...common,
      x: { type: 'utc', domain: layout.xDomain, insetLeft: 10, insetRight: 10 },
      y: { type: 'linear', domain: layout.yDomain, nice: false },
      marks: lineMarks(layout),
    }) as PlotElement;
  } else if (layout.kind === 'bar') {
    svg = plot({ ...common, x: { type: 'linear', domain: layout.xDomain, nice: false }, y: { type: 'identity', axis: null }, marks: barMarks(layout) }) as PlotElement;
  } else {
    svg = plot({ ...common, x: { type: 'linear', domain: layout.xDomain, nice: false }, y: { type: 'identity', axis: null }, marks: distributionMarks(layout) }) as PlotElement;
  }
  cleanSvg(svg);
  const x = svg.scale('x');
  const y = svg.scale('y');
  const locate = (row: number, item: number): FocusGeometry | undefined => {
    if (!x) return undefined;
    if (layout.kind === 'line' && model.kind !== 'distribution' && model.kind !== 'empty' && y) {
      const point = model.series[row]?.points[item];
      if (!point) return undefined;
      const px = x.apply(point.date);
      if (point.value === null) return { kind: 'column', x: px, top: layout.margin.top, bottom: layout.height - layout.margin.bottom };
      return { kind: 'point', x: px, y: y.apply(point.value) };
    }
    if (layout.kind === 'bar') {
      const bar = layout.rows[row];
      if (!bar) return undefined;
      const end = bar.value === null ? bar.base : Math.max(bar.value, bar.ci?.upper ?? bar.value);
      return { kind: 'box', x1: x.apply(bar.base) - 3, x2: Math.min(layout.width - 2, x.apply(end) + 3), y1: bar.barTop - 3, y2: bar.barBottom + 3 };
    }
    if (layout.kind === 'distribution') {
      const segment = layout.segments.find((entry) => entry.row === row && entry.item === item);
      if (!segment) return undefined;
      return { kind: 'box', x1: x.apply(segment.x1) - 2, x2: x.apply(segment.x2) + 2, y1: segment.barTop - 3, y2: segment.barBottom + 3 };
    }
    return undefined;
  };
  const nearest = (px: number, py: number): { row: number; item: number } | undefined => {
    if (!x) return undefined;
    if (layout.kind === 'line' && (model.kind === 'line' || model.kind === 'bar') && y && x.invert) {
      const time = (x.invert(px) as Date).getTime();
      let best: { row: number; item: number; distance: number } | undefined;
      model.series.forEach((series, row) => {
        const points = series.points;
        const index = bisector((point: (typeof points)[number]) => point.date.getTime()).center(points, time);
        const point = points[index];
        if (!point) return;
        const distance = Math.abs(x.apply(point.date) - px) + (point.value === null ? layout.height : Math.abs(y.apply(point.value) - py));
        if (!best || distance < best.distance) best = { row, item: index, distance };
      });
      return best && { row: best.row, item: best.item };
    }
    const rows = layout.kind === 'bar' ? layout.rows.map((row, index) => ({ index, top: row.barTop, bottom: row.barBottom })) : layout.kind === 'distribution' ? layout.bars.map((bar, index) => ({ index, top: bar.top, bottom: bar.bottom })) : [];
    const hit = least(rows, (row) => (py < row.top ? row.top - py : py > row.bottom ? py - row.bottom : 0));
    if (!hit) return undefined;
    if (layout.kind === 'bar') return { row: hit.index, item: 0 };
    if (layout.kind === 'distribution' && x.invert) {
      const value = x.invert(px) as number;
      const segments = layout.segments.filter((segment) => segment.row === hit.index);
      const segment = least(segments, (entry) => (value < entry.x1 ? entry.x1 - value : value > entry.x2 ? value - entry.x2 : 0));
      return segment && { row: hit.index, item: segment.item };
    }
    return undefined;
  };
  return { svg, locate, nearest };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Draws (or moves, or removes) the focus marker on a rendered chart. */
export function drawFocus(svg: SVGSVGElement, geometry: FocusGeometry | undefined): void {
  svg.querySelector(':scope > g.focus-marker')?.remove();
  if (!geometry) return;
  const document = svg.ownerDocument;
  const marker = document.createElementNS(SVG_NS, 'g');
  marker.setAttribute('class', 'focus-marker');
  const add = (name: string, attributes: Record<string, number | string>) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    marker.append(element);
  };
  if (geometry.kind === 'point') {
    add('line', { class: 'focus-guide', x1: geometry.x, x2: geometry.x, y1: 0, y2: Number(svg.getAttribute('height') ?? 0) });
    add('circle', { class: 'focus-ring', cx: geometry.x, cy: geometry.y, r: 9 });
  } else if (geometry.kind === 'column') {
    add('line', { class: 'focus-ring', x1: geometry.x, x2: geometry.x, y1: geometry.top, y2: geometry.bottom });
  } else {
    add('rect', { class: 'focus-ring', x: geometry.x1, y: geometry.y1, width: Math.max(4, geometry.x2 - geometry.x1), height: geometry.y2 - geometry.y1, rx: 3 });
  }
  svg.append(marker);
}
