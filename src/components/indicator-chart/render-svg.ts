/**
 * The indicator chart's data path, last step: a layout becomes an SVG
 * element tree, drawn with d3's scales and shape generators. The tree is a
 * plain value (no DOM); createSvg() turns it into elements in one pass.
 *
 * Why a tree and not Lit's `svg` templates: a chart is drawn whole and never
 * patched, so a template's parts (some 200 per chart, each keeping its last
 * value, path data included) only cost time and memory: 30 charts kept about
 * 0.5 MiB of them.
 *
 * Why not Observable Plot: Plot infers scales, channels and axes for every
 * chart anew, and then its output needs cleaning for a strict CSP and for axe.
 * Here the layout (chart-layout.ts) has already decided every domain, tick and
 * label, so what is left is mapping numbers to pixels: d3-scale and d3-shape
 * do that. Measured (bench/): 30 charts drew 3 to 4 times slower with Plot,
 * and Plot was two thirds of the bundle.
 *
 * Colours come from CSS classes (`s0`…`s5`, `c-neg-1`…), never from here: marks
 * use `currentColor`. No inline style attributes, no aria-labels: the SVG is
 * hidden from assistive technology, the container names the chart and the
 * keyboard reads the values.
 */
import { bisector, least } from 'd3-array';
import { pathRound } from 'd3-path';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import type { BarLayout, ChartLayout, DistributionLayout, LineLayout } from './chart-layout.js';
import { DASHES, PROVISIONAL_DASH, SYMBOLS, type ChartModel, type ChartSeries } from './chart-model.js';

/** The class of the chart's <svg>; the element's styles address it. */
export const CHART_CLASS = 'stroomop-plot';

/** Where a data point is on the drawing, for the focus marker. */
export type FocusGeometry = { kind: 'point'; x: number; y: number } | { kind: 'column'; x: number; top: number; bottom: number } | { kind: 'box'; x1: number; x2: number; y1: number; y2: number };

/** An SVG element as data: its name, its attributes in order (undefined ones left out), its children. */
export interface SvgNode {
  tag: string;
  attributes: Record<string, string | number | undefined>;
  children: (SvgNode | string)[];
}

const node = (tag: string, attributes: SvgNode['attributes'], ...children: (SvgNode | string | (SvgNode | string)[] | undefined)[]): SvgNode => ({
  tag,
  attributes,
  children: children.flat().filter((child): child is SvgNode | string => child !== undefined),
});

export interface ChartDrawing {
  /** The whole <svg>, to create in the plot container. */
  tree: SvgNode;
  width: number;
  height: number;
  /** Where the item of a row (series, or respondent group) is drawn. */
  locate: (row: number, item: number) => FocusGeometry | undefined;
  /** The item nearest to a point on the drawing (SVG pixels), for a click or a tap. */
  nearest: (x: number, y: number) => { row: number; item: number } | undefined;
}

/** Marker area in square pixels: a circle of radius 4, as large to the eye in every shape. */
export const MARKER_AREA = 16 * Math.PI;
const D3_SYMBOLS: Record<(typeof SYMBOLS)[number], SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
};
export const symbolOf = (style: number): SymbolType => D3_SYMBOLS[SYMBOLS[style % SYMBOLS.length]!];

/** Two decimals are finer than a pixel and keep the markup short. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Text over one or more lines (labels are wrapped with "\n"), vertically centred on y unless `top`.
 * Without `anchor` the text starts at x, or anchors as its group says: text-anchor is inherited,
 * so an axis sets it once for all its labels rather than on each.
 */
function label(text: string, x: number, y: number, className: string, anchor?: 'middle' | 'end', options: { top?: boolean } = {}): SvgNode {
  const lines = text.split('\n');
  // Line height 1.25em, as the layout reserves (LINE_HEIGHT in chart-layout.ts).
  const first = options.top ? 0.71 : 0.32 - ((lines.length - 1) * 1.25) / 2;
  if (lines.length === 1) return node('text', { class: className, x: round(x), y: round(y), dy: `${round(first)}em`, 'text-anchor': anchor }, text);
  return node(
    'text',
    { class: className, x: round(x), y: round(y), 'text-anchor': anchor },
    lines.map((part, index) => node('tspan', { x: round(x), dy: `${index ? 1.25 : round(first)}em` }, part)),
  );
}

/**
 * A symbol as d3 draws it around (0, 0), its first point and the rest with its commands made
 * relative, so that it draws wherever the path stands: a marker is then a move to its point's
 * first point and this text. Made once per symbol; before, d3 drew every marker of every chart
 * again (for a circle, two arcs each).
 */
interface RelativeSymbol {
  start: [number, number];
  rest: string;
}
const relativeSymbols = new Map<SymbolType, RelativeSymbol>();
function relativeSymbol(type: SymbolType): RelativeSymbol {
  let known = relativeSymbols.get(type);
  if (known) return known;
  const path = pathRound(2);
  type.draw(path as unknown as CanvasPath, MARKER_AREA);
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let first: [number, number] | undefined;
  const parts: string[] = [];
  // d3's symbols use M, L, A, h, v and Z (see render-svg.test.ts, which checks every one).
  for (const [, command, list] of path.toString().matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const numbers = list!.split(',').filter(Boolean).map(Number);
    switch (command) {
      case 'M':
      case 'L':
        if (first) parts.push(`${command.toLowerCase()}${round(numbers[0]! - x)},${round(numbers[1]! - y)}`);
        else first = [numbers[0]!, numbers[1]!];
        [x, y] = numbers as [number, number];
        if (command === 'M') [startX, startY] = [x, y];
        break;
      case 'A':
        parts.push(`a${numbers.slice(0, 5).join(',')},${round(numbers[5]! - x)},${round(numbers[6]! - y)}`);
        [x, y] = [numbers[5]!, numbers[6]!];
        break;
      case 'h':
        parts.push(`h${numbers[0]!}`);
        x += numbers[0]!;
        break;
      case 'v':
        parts.push(`v${numbers[0]!}`);
        y += numbers[0]!;
        break;
      case 'Z':
        parts.push('z');
        [x, y] = [startX, startY];
        break;
      default:
        throw new Error(`relativeSymbol: unexpected path command ${command}`);
    }
  }
  known = { start: first ?? [0, 0], rest: parts.join('') };
  relativeSymbols.set(type, known);
  return known;
}

/** Every marker of one series and kind (filled or hollow) as one path: one element instead of one per point. */
export function markerPath(type: SymbolType, points: [number, number][]): string {
  const { start, rest } = relativeSymbol(type);
  let text = '';
  for (const [x, y] of points) text += `M${round(x + start[0])},${round(y + start[1])}${rest}`;
  return text;
}

function xAxis(ticks: number[], labels: string[], y: number): SvgNode[] {
  return [
    node('g', { class: 'axis', stroke: 'currentColor' }, node('path', { d: ticks.map((x) => `M${round(x)},${y}v6`).join('') })),
    node(
      'g',
      { class: 'axis', fill: 'currentColor', 'text-anchor': 'middle', 'font-variant': 'tabular-nums' },
      ticks.map((x, index) => label(labels[index] ?? '', x, y + 9, 'tick', undefined, { top: true })),
    ),
  ];
}

function frame(layout: ChartLayout, content: (SvgNode | undefined | SvgNode[])[]): SvgNode {
  const { width, height } = layout;
  // text-anchor is inherited, also from the page: the chart says where its texts start.
  return node('svg', { class: CHART_CLASS, fill: 'currentColor', 'text-anchor': 'start', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' }, ...content);
}

function drawLine(model: ChartModel, layout: LineLayout): ChartDrawing {
  const { width, height, margin } = layout;
  const bottom = height - margin.bottom;
  // Ten pixels of air between the axis and the first and last period.
  // A linear scale of milliseconds maps times as scaleUtc does, without building its tick formats for every chart.
  const x = scaleLinear(layout.xDomain, [margin.left + 10, width - margin.right - 10]);
  const y = scaleLinear(layout.yDomain, [bottom, margin.top]);
  const linePath = line<{ x: number; y: number }>((point) => x(point.x), (point) => y(point.y)).digits(2);
  const bandPath = area<{ x: number; lower: number; upper: number }>()
    .x((point) => x(point.x))
    .y0((point) => y(point.lower))
    .y1((point) => y(point.upper))
    .digits(2);
  const markers = new Map<string, { style: number; hollow: boolean; points: [number, number][] }>();
  for (const dot of layout.dots) {
    const key = `${dot.style}|${dot.hollow}`;
    let group = markers.get(key);
    if (!group) markers.set(key, (group = { style: dot.style, hollow: dot.hollow, points: [] }));
    group.points.push([x(dot.x), y(dot.y)]);
  }
  const left = margin.left;
  const right = width - margin.right;
  const content = [
    node('g', { class: 'grid', stroke: 'currentColor' }, node('path', { d: layout.yTicks.map((tick) => `M${left},${round(y(tick))}H${right}`).join('') })),
    node(
      'g',
      { class: 'axis', fill: 'currentColor', 'text-anchor': 'end', 'font-variant': 'tabular-nums' },
      layout.yTicks.map((tick, index) => label(layout.yTickLabels[index] ?? '', left - 8, y(tick), 'tick')),
    ),
    ...xAxis(
      layout.xTicks.map((tick) => x(tick)),
      layout.xTickLabels,
      bottom,
    ),
    layout.yDomain[0] <= 0 && layout.yDomain[1] >= 0 ? node('path', { class: 'baseline', stroke: 'currentColor', d: `M${left},${round(y(0))}H${right}` }) : undefined,
    ...layout.bands.map((band) => node('path', { class: `band s${band.style}`, fill: 'currentColor', d: bandPath(band.points) ?? '' })),
    ...layout.breaks.flatMap((item) => [
      node('path', { class: 'break', stroke: 'currentColor', 'stroke-dasharray': '3 3', d: `M${round(x(item.x))},${margin.top}V${bottom}` }),
      label(item.label, x(item.x), margin.top - 14, 'break-label', 'middle', { top: true }),
    ]),
    ...layout.lines.map((run) => {
      const dash: string = run.provisional ? PROVISIONAL_DASH : (DASHES[run.style % DASHES.length] ?? '');
      return node('path', {
        class: `line s${run.style}${run.provisional ? ' provisional' : ''}`,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-linejoin': 'round',
        'stroke-linecap': run.provisional ? 'round' : 'butt',
        'stroke-dasharray': dash === '' ? undefined : dash,
        d: linePath(run.points) ?? '',
      });
    }),
    ...[...markers.values()].map((group) =>
      node('path', { class: `dot s${group.style}${group.hollow ? ' hollow' : ''}`, fill: 'currentColor', stroke: 'currentColor', d: markerPath(symbolOf(group.style), group.points) }),
    ),
    ...layout.labels.map((entry) => label(entry.text, x(entry.x) + 9, y(entry.y), `label s${entry.style}`)),
  ];

  const series = model.kind === 'line' || model.kind === 'bar' ? model.series : [];
  return { tree: frame(layout, content), width, height, ...lineFocus(series, [layout.xDomain, x.range() as [number, number]], [layout.yDomain, [bottom, margin.top]], height) };
}

/**
 * The focus helpers of a line chart. Made apart from drawLine: a chart keeps them, and closures
 * made there would keep its whole scope alive too (the layout, the path generators). Their scales
 * are made again at the first focus or click: 30 charts need not keep 60 scales for that.
 */
function lineFocus(series: ChartSeries[], xScale: [domain: [number, number], range: [number, number]], yScale: [domain: [number, number], range: [number, number]], height: number): Pick<ChartDrawing, 'locate' | 'nearest'> {
  let scales: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } | undefined;
  const scale = () => (scales ??= { x: scaleLinear(...xScale), y: scaleLinear(...yScale) });
  // The value axis runs from the plot's bottom up to its top.
  const [bottom, top] = yScale[1];
  const locate = (row: number, item: number): FocusGeometry | undefined => {
    const point = series[row]?.points[item];
    if (!point) return undefined;
    const { x, y } = scale();
    if (point.value === null) return { kind: 'column', x: x(point.time), top, bottom };
    return { kind: 'point', x: x(point.time), y: y(point.value) };
  };
  const nearest = (px: number, py: number): { row: number; item: number } | undefined => {
    const { x, y } = scale();
    const at = x.invert(px);
    const byTime = bisector((point: { time: number }) => point.time);
    let best: { row: number; item: number; distance: number } | undefined;
    series.forEach((entry, row) => {
      const index = byTime.center(entry.points, at);
      const point = entry.points[index];
      if (!point) return;
      const distance = Math.abs(x(point.time) - px) + (point.value === null ? height : Math.abs(y(point.value) - py));
      if (!best || distance < best.distance) best = { row, item: index, distance };
    });
    return best && { row: best.row, item: best.item };
  };
  return { locate, nearest };
}

/** The group whose bar is nearest to `py` vertically. */
const nearestRow = (rows: { top: number; bottom: number }[], py: number) => {
  const indexes = rows.map((_, index) => index);
  return least(indexes, (index) => {
    const row = rows[index]!;
    return py < row.top ? row.top - py : py > row.bottom ? py - row.bottom : 0;
  });
};

function drawBars(layout: BarLayout): ChartDrawing {
  const { width, height, margin } = layout;
  const x = scaleLinear(layout.xDomain, [margin.left, width - margin.right]);
  const drawn = layout.rows.filter((row) => row.value !== null);
  const middle = (row: BarLayout['rows'][number]) => (row.barTop + row.barBottom) / 2;
  const base = layout.rows[0]?.base ?? 0;
  const withInterval = drawn.filter((row) => row.ci);
  const content = [
    ...xAxis(
      layout.xTicks.map((tick) => x(tick)),
      layout.xTickLabels,
      height - margin.bottom,
    ),
    ...drawn.map((row) => {
      const [from, to] = [x(row.base), x(row.value!)].sort((a, b) => a - b) as [number, number];
      return node('rect', {
        class: `bar s${row.style}${row.hollow ? ' hollow' : ''}`,
        fill: 'currentColor',
        stroke: 'currentColor',
        'stroke-dasharray': row.hollow ? '4 3' : undefined,
        x: round(from),
        y: round(row.barTop),
        width: round(to - from),
        height: round(row.barBottom - row.barTop),
      });
    }),
    withInterval.length
      ? node('path', {
          class: 'interval',
          stroke: 'currentColor',
          d: withInterval
            .map((row) => {
              const [lower, upper, centre] = [round(x(row.ci!.lower)), round(x(row.ci!.upper)), round(middle(row))];
              return `M${lower},${centre}H${upper}M${lower},${round(centre - 6)}V${round(centre + 6)}M${upper},${round(centre - 6)}V${round(centre + 6)}`;
            })
            .join(''),
        })
      : undefined,
    node('path', { class: 'baseline', stroke: 'currentColor', d: `M${round(x(base))},${margin.top}V${height - margin.bottom}` }),
    ...layout.rows.map((row) => label(row.label, margin.left, row.labelY, 'row-label')),
    ...layout.rows.map((row) => label(row.valueText, x(row.valueX) + 8, middle(row), 'value-label')),
  ];
  const locate = (row: number): FocusGeometry | undefined => {
    const bar = layout.rows[row];
    if (!bar) return undefined;
    const end = bar.value === null ? bar.base : Math.max(bar.value, bar.ci?.upper ?? bar.value);
    return { kind: 'box', x1: x(bar.base) - 3, x2: Math.min(width - 2, x(end) + 3), y1: bar.barTop - 3, y2: bar.barBottom + 3 };
  };
  const nearest = (_px: number, py: number) => {
    const row = nearestRow(
      layout.rows.map((entry) => ({ top: entry.barTop, bottom: entry.barBottom })),
      py,
    );
    return row === undefined ? undefined : { row, item: 0 };
  };
  return { tree: frame(layout, content), width, height, locate, nearest };
}

function drawDistribution(layout: DistributionLayout): ChartDrawing {
  const { width, height, margin } = layout;
  const x = scaleLinear(layout.xDomain, [margin.left, width - margin.right]);
  const centre = round(x(0));
  const content = [
    ...xAxis(
      layout.xTicks.map((tick) => x(tick)),
      layout.xTickLabels,
      height - margin.bottom,
    ),
    ...layout.segments.map((segment) =>
      node('rect', {
        class: `segment ${segment.className}`,
        fill: 'currentColor',
        x: round(x(segment.x1)),
        y: round(segment.barTop),
        width: round(x(segment.x2) - x(segment.x1)),
        height: round(segment.barBottom - segment.barTop),
      }),
    ),
    node('path', { class: 'centre', stroke: 'currentColor', d: layout.bars.map((bar) => `M${centre},${round(bar.top)}V${round(bar.bottom)}`).join('') }),
    ...layout.segments
      .filter((segment) => segment.text)
      .map((segment) => label(segment.text, x((segment.x1 + segment.x2) / 2), (segment.barTop + segment.barBottom) / 2, `segment-label ${segment.textClass}`, 'middle')),
    ...layout.headers.map((header) => label(header.text, margin.left, header.y, 'statement')),
    ...layout.rowLabels.map((row) => label(row.text, margin.left, row.y, 'row-label')),
  ];
  const locate = (row: number, item: number): FocusGeometry | undefined => {
    const segment = layout.segments.find((entry) => entry.row === row && entry.item === item);
    if (!segment) return undefined;
    return { kind: 'box', x1: x(segment.x1) - 2, x2: x(segment.x2) + 2, y1: segment.barTop - 3, y2: segment.barBottom + 3 };
  };
  const nearest = (px: number, py: number) => {
    const row = nearestRow(layout.bars, py);
    if (row === undefined) return undefined;
    const value = x.invert(px);
    const segment = least(
      layout.segments.filter((entry) => entry.row === row),
      (entry) => (value < entry.x1 ? entry.x1 - value : value > entry.x2 ? value - entry.x2 : 0),
    );
    return segment && { row, item: segment.item };
  };
  return { tree: frame(layout, content), width, height, locate, nearest };
}

/** The chart as an SVG element tree, with a way to find each item for the focus marker. */
export function drawChart(model: ChartModel, layout: ChartLayout): ChartDrawing {
  if (layout.kind === 'bar') return drawBars(layout);
  if (layout.kind === 'distribution') return drawDistribution(layout);
  return drawLine(model, layout);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements of a drawn tree, in `document`. Text stays text: data never becomes markup. */
export function createSvg(tree: SvgNode, document: Document): SVGSVGElement {
  const create = (item: SvgNode): Element => {
    const element = document.createElementNS(SVG_NS, item.tag);
    for (const name in item.attributes) {
      const value = item.attributes[name];
      if (value !== undefined) element.setAttribute(name, String(value));
    }
    // Children in one call, and a lone text as text content: fewer calls into the DOM per element.
    const { children } = item;
    if (children.length === 1 && typeof children[0] === 'string') element.textContent = children[0];
    else if (children.length) element.append(...children.map((child) => (typeof child === 'string' ? child : create(child))));
    return element;
  };
  return create(tree) as SVGSVGElement;
}

/** Draws (or moves, or removes) the focus marker on a rendered chart. */
export function drawFocus(svgElement: SVGSVGElement, geometry: FocusGeometry | undefined): void {
  svgElement.querySelector(':scope > g.focus-marker')?.remove();
  if (!geometry) return;
  const document = svgElement.ownerDocument;
  const marker = document.createElementNS(SVG_NS, 'g');
  marker.setAttribute('class', 'focus-marker');
  const add = (name: string, attributes: Record<string, number | string>) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(round(Number(value))));
    marker.append(element);
    return element;
  };
  if (geometry.kind === 'point') {
    add('line', { x1: geometry.x, x2: geometry.x, y1: 0, y2: Number(svgElement.getAttribute('height') ?? 0) }).setAttribute('class', 'focus-guide');
    add('circle', { cx: geometry.x, cy: geometry.y, r: 9 }).setAttribute('class', 'focus-ring');
  } else if (geometry.kind === 'column') {
    add('line', { x1: geometry.x, x2: geometry.x, y1: geometry.top, y2: geometry.bottom }).setAttribute('class', 'focus-ring');
  } else {
    add('rect', { x: geometry.x1, y: geometry.y1, width: Math.max(4, geometry.x2 - geometry.x1), height: geometry.y2 - geometry.y1, rx: 3 }).setAttribute('class', 'focus-ring');
  }
  svgElement.append(marker);
}
