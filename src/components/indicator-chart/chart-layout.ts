/**
 * The indicator chart's data path, step three: the view model at a given
 * width, ready to draw. Domains, ticks and their labels, line runs split at
 * gaps and series breaks (dotted into provisional values), downsampled for
 * drawing only, markers, and end labels pushed apart so they never overlap.
 * Pure functions: no DOM.
 */
import { nice, range, ticks, tickStep } from 'd3-array';
import { formatNumber, formatValue } from '../../format/number.js';
import { formatPeriod, periodMidpoint, type ParsedPeriod } from '../../format/period.js';
import type { Lang } from '../../format/text.js';
import { BREAK_BEFORE, formatPercent, GAP, INTERVAL, PROVISIONAL, type DistributionModel, type SeriesModel } from './chart-model.js';
import { indicatorChartStrings } from './indicator-chart.strings.js';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Text sizes the layout estimates label widths with; the styles use the same. */
export const FONT_SIZE = 12;
const CHAR_WIDTH = FONT_SIZE * 0.58;
const LINE_HEIGHT = FONT_SIZE * 1.25;
/** Line charts are this tall at every width, so the space can be reserved while loading. */
export const LINE_HEIGHT_PX = 300;

/** x: milliseconds since 1970 (UTC), as ChartPoint.time. */
export interface XY {
  x: number;
  y: number;
}

export interface LineRun {
  series: number;
  style: number;
  /** True for a run that leads into (or between) provisional values: drawn dotted. */
  provisional: boolean;
  points: XY[];
}

export interface BandRun {
  series: number;
  style: number;
  points: { x: number; lower: number; upper: number }[];
}

export interface DotView {
  series: number;
  style: number;
  x: number;
  y: number;
  hollow: boolean;
}

export interface LabelView {
  series: number;
  style: number;
  x: number;
  /** In data units, already moved so labels do not overlap. */
  y: number;
  text: string;
}

export interface LineLayout {
  kind: 'line';
  width: number;
  height: number;
  margin: Margins;
  /** Milliseconds since 1970 (UTC), as every x of the layout. */
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: number[];
  xTickLabels: string[];
  yTicks: number[];
  yTickLabels: string[];
  lines: LineRun[];
  bands: BandRun[];
  dots: DotView[];
  labels: LabelView[];
  breaks: { x: number; label: string }[];
  /** Points drawn after downsampling, and points with a value before. */
  drawnPoints: number;
  valuePoints: number;
}

export interface BarRow {
  series: number;
  style: number;
  label: string;
  labelY: number;
  barTop: number;
  barBottom: number;
  /** Where the bar starts (0, or the bottom of a score's scale). */
  base: number;
  value: number | null;
  hollow: boolean;
  ci: { lower: number; upper: number } | undefined;
  valueText: string;
  valueX: number;
}

/** The frame of a chart with a value axis along x (bars, diverging bars). */
interface ValueAxisFrame {
  width: number;
  height: number;
  margin: Margins;
  xDomain: [number, number];
  xTicks: number[];
  xTickLabels: string[];
}

export interface BarLayout extends ValueAxisFrame {
  kind: 'bar';
  rows: BarRow[];
}

export interface SegmentDraw {
  row: number;
  item: number;
  x1: number;
  x2: number;
  barTop: number;
  barBottom: number;
  /** CSS class with the category's colour. */
  className: string;
  /** The share, when the segment is wide enough to carry it. */
  text: string;
  textClass: string;
}

export interface DistributionLayout extends ValueAxisFrame {
  kind: 'distribution';
  headers: { y: number; text: string }[];
  rowLabels: { y: number; text: string }[];
  /** Where each group's bar is, for the centre line through it. */
  bars: { top: number; bottom: number }[];
  segments: SegmentDraw[];
}

export type ChartLayout = LineLayout | BarLayout | DistributionLayout;

/** Breaks a label into lines of at most `maxChars` characters, at spaces where it can. */
export function wrapText(text: string, maxChars: number): string {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > limit) {
      lines.push(`${line.slice(0, limit - 1)}-`);
      line = line.slice(limit - 1);
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const lineCount = (text: string) => text.split('\n').length;

/**
 * Min/max downsampling for drawing: the values from `start` to `end` split into
 * `buckets` runs of equal count; each run keeps its lowest and highest value,
 * in order. The first and last always stay. Returns the positions kept, all of
 * them when they are few enough.
 */
export function downsample(values: ArrayLike<number>, buckets: number, start = 0, end = values.length): number[] {
  const count = Math.max(1, Math.floor(buckets));
  const length = end - start;
  if (length <= 0) return [];
  const kept: number[] = [start];
  if (length <= Math.max(4, count * 2)) {
    for (let index = start + 1; index < end; index += 1) kept.push(index);
    return kept;
  }
  const size = length / count;
  for (let bucket = 0; bucket < count; bucket += 1) {
    const from = start + Math.floor(bucket * size);
    const to = Math.min(end, start + Math.floor((bucket + 1) * size));
    if (from >= to) continue;
    let low = from;
    let high = from;
    let lowest = values[from]!;
    let highest = lowest;
    for (let index = from + 1; index < to; index += 1) {
      const current = values[index]!;
      if (current < lowest) {
        low = index;
        lowest = current;
      }
      if (current > highest) {
        high = index;
        highest = current;
      }
    }
    const first = Math.min(low, high);
    const second = Math.max(low, high);
    if (kept.at(-1) !== first) kept.push(first);
    if (kept.at(-1) !== second) kept.push(second);
  }
  if (kept.at(-1) !== end - 1) kept.push(end - 1);
  return kept;
}

/** The interval band downsampled as an envelope: per bucket the lowest lower and highest upper bound, so no extreme is lost. */
export function downsampleBand(points: BandRun['points'], buckets: number): BandRun['points'] {
  const count = Math.max(1, Math.floor(buckets));
  if (points.length <= Math.max(4, count * 2)) return points;
  const size = points.length / count;
  const kept: BandRun['points'] = [];
  for (let bucket = 0; bucket < count; bucket += 1) {
    const start = Math.floor(bucket * size);
    const end = Math.min(points.length, Math.floor((bucket + 1) * size));
    if (start >= end) continue;
    let lower = Infinity;
    let upper = -Infinity;
    for (let index = start; index < end; index += 1) {
      lower = Math.min(lower, points[index]!.lower);
      upper = Math.max(upper, points[index]!.upper);
    }
    kept.push({ x: points[start]!.x, lower, upper });
    if (end - 1 > start) kept.push({ x: points[end - 1]!.x, lower, upper });
  }
  return kept;
}

/**
 * Moves label centres (pixels, top = small) apart so that labels of the given
 * heights do not overlap, staying within [top, bottom] where they can.
 * Returns the new centres in the input order.
 */
export function spreadLabels(centres: number[], heights: number[], top: number, bottom: number): number[] {
  const order = centres.map((centre, index) => ({ centre, index, height: heights[index] ?? LINE_HEIGHT })).sort((a, b) => a.centre - b.centre);
  for (let pass = 0; pass < 2; pass += 1) {
    for (let index = 1; index < order.length; index += 1) {
      const previous = order[index - 1]!;
      const current = order[index]!;
      const minimum = previous.centre + (previous.height + current.height) / 2;
      if (current.centre < minimum) current.centre = minimum;
    }
    const last = order.at(-1);
    if (last && last.centre + last.height / 2 > bottom) {
      last.centre = bottom - last.height / 2;
      for (let index = order.length - 2; index >= 0; index -= 1) {
        const next = order[index + 1]!;
        const current = order[index]!;
        const maximum = next.centre - (next.height + current.height) / 2;
        if (current.centre > maximum) current.centre = maximum;
      }
    }
    const first = order[0];
    if (first && first.centre - first.height / 2 < top) first.centre = top + first.height / 2;
  }
  const result: number[] = [];
  for (const entry of order) result[entry.index] = entry.centre;
  return result;
}

function valueDomain(model: SeriesModel): [number, number] {
  const { indicator } = model;
  let [low, high] = model.extent ?? [0, indicator.unit === 'percent' ? 100 : 1];
  if (indicator.unit === 'mean-score' && indicator.scale) {
    low = Math.min(low, indicator.scale.min);
    high = Math.max(high, indicator.scale.max);
  } else if (low >= 0) low = 0;
  if (high <= low) high = low + 1;
  let [niceLow, niceHigh] = nice(low, high, 5);
  if (indicator.unit === 'percent' && high <= 100 && niceHigh > 100) niceHigh = 100;
  if (indicator.unit === 'percent' && low >= 0 && niceLow < 0) niceLow = 0;
  return [niceLow, niceHigh];
}

function valueTicks(domain: [number, number], count: number, model: Pick<SeriesModel, 'indicator' | 'lang'>): { values: number[]; labels: string[] } {
  const values = ticks(domain[0], domain[1], count);
  const step = Math.abs(tickStep(domain[0], domain[1], count));
  const decimals = step > 0 ? Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const labels = values.map((value) =>
    model.indicator.unit === 'percent' ? formatValue(value, { unit: 'percent', decimals }, model.lang) : formatNumber(value, model.lang, decimals),
  );
  return { values, labels };
}

/** Period ticks: every k-th shown period, counted back from the latest, as many as fit. */
function periodTicks(periods: ParsedPeriod[], times: number[], plotWidth: number, lang: Lang): { values: number[]; labels: string[] } {
  let longest = 0;
  // A day's short label ("3 jan. 2024") is as long as that of any day of its month with as many
  // digits: one label per month and day length measures 10,000 days as well as all of them.
  const measured = new Set<number>();
  let lastKey = 0;
  for (let at = 0; at < periods.length; at += 1) {
    const period = periods[at]!;
    // A day by its month and the number of digits of its day, as a number: no text made per day,
    // and the set asked only when the key changes (days in order share it for up to 22 days).
    if (period.kind === 'day') {
      const key = (period.year * 100 + period.month) * 10 + (period.day < 10 ? 1 : 2);
      if (key === lastKey) continue;
      lastKey = key;
      if (measured.has(key)) continue;
      measured.add(key);
    }
    longest = Math.max(longest, formatPeriod(period.text, lang, 'short').length);
  }
  const widest = longest * CHAR_WIDTH + 16;
  const fit = Math.max(1, Math.floor(plotWidth / widest));
  const step = Math.ceil(periods.length / fit);
  const values: number[] = [];
  const shown: string[] = [];
  for (let index = periods.length - 1; index >= 0; index -= step) {
    values.unshift(times[index]!);
    shown.unshift(formatPeriod(periods[index]!.text, lang, 'short'));
  }
  return { values, labels: shown };
}


/** Lays out a line chart at `width` pixels. */
export function layoutLine(model: SeriesModel, width: number): LineLayout {
  const text = indicatorChartStrings[model.lang];
  const height = LINE_HEIGHT_PX;
  const yDomain = valueDomain(model);
  const yTicks = valueTicks(yDomain, Math.max(3, Math.floor(height / 60)), model);
  const longestLabel = Math.max(...model.series.map((series) => series.label.length));
  const right = Math.round(Math.min(longestLabel * CHAR_WIDTH + 14, Math.max(76, width * 0.3)));
  const margin: Margins = {
    top: model.breaks.length ? 26 : 14,
    right,
    bottom: 34,
    left: Math.round(Math.max(...yTicks.labels.map((label) => label.length)) * CHAR_WIDTH + 14),
  };
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const plotHeight = height - margin.top - margin.bottom;
  // Every shown period is placed where its points are: its middle.
  const periodTimes = model.parsedPeriods.map(periodMidpoint);
  const first = periodTimes[0]!;
  const last = periodTimes.at(-1)!;
  // One period on a line chart: a millisecond either side.
  const xDomain: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
  const xTicks = periodTicks(model.parsedPeriods, periodTimes, plotWidth, model.lang);

  const lines: LineRun[] = [];
  const bands: BandRun[] = [];
  const dots: DotView[] = [];
  const endPoints: { series: number; style: number; x: number; y: number; text: string }[] = [];
  const buckets = Math.max(1, Math.round(plotWidth));
  let valuePoints = 0;
  let drawnPoints = 0;
  const maxPoints = Math.max(...model.series.map((series) => series.columns.values.length));
  const markers = maxPoints <= plotWidth / 10;

  for (const [seriesIndex, series] of model.series.entries()) {
    const { style } = series;
    // The columns, not the points: a series may have 10,000, and drawing needs no object for each.
    const { times, values, flags, lower, upper } = series.columns;
    const xy = (index: number): XY => ({ x: times[index]!, y: values[index]! });
    const isProvisional = (index: number) => (flags[index]! & PROVISIONAL) !== 0;
    const dot = (index: number, hollow: boolean) => dots.push({ series: seriesIndex, style, ...xy(index), hollow });
    /** One segment: drawn values between gaps and series breaks, from `start` to `end` in the series' points. */
    const drawSegment = (start: number, end: number, provisional: boolean, withInterval: boolean) => {
      valuePoints += end - start;
      if (end - start === 1) {
        // A value between two gaps has no line: its marker carries it.
        dot(start, isProvisional(start));
        drawnPoints += 1;
      } else if (!provisional) {
        // The usual case, one run of final values: downsampled where it lies.
        const points = downsample(values, buckets, start, end).map(xy);
        drawnPoints += points.length;
        lines.push({ series: seriesIndex, style, provisional: false, points });
        if (markers) for (let index = start; index < end; index += 1) dot(index, false);
      } else {
        // Runs of pairs alike: a pair with a provisional value is drawn as such, and not downsampled.
        let runStart = start;
        let runProvisional = isProvisional(start) || isProvisional(start + 1);
        const flush = (runEnd: number) => {
          // Downsampled before the drawn points are made: 10,000 values become some 2 per pixel column first.
          const points = (runProvisional ? range(runStart, runEnd) : downsample(values, buckets, runStart, runEnd)).map(xy);
          drawnPoints += points.length;
          lines.push({ series: seriesIndex, style, provisional: runProvisional, points });
        };
        for (let index = start + 1; index < end; index += 1) {
          const pairProvisional = isProvisional(index - 1) || isProvisional(index);
          if (pairProvisional !== runProvisional) {
            flush(index);
            runStart = index - 1;
            runProvisional = pairProvisional;
          }
        }
        flush(end);
        for (let index = start; index < end; index += 1) if (markers || isProvisional(index)) dot(index, isProvisional(index));
      }
      if (withInterval) {
        // The band follows the segment's runs of points that have an interval.
        let bandRun: BandRun['points'] = [];
        const flushBand = () => {
          if (bandRun.length) bands.push({ series: seriesIndex, style, points: downsampleBand(bandRun, buckets) });
          bandRun = [];
        };
        for (let index = start; index < end; index += 1) {
          if (flags[index]! & INTERVAL) bandRun.push({ x: times[index]!, lower: lower![index]!, upper: upper![index]! });
          else flushBand();
        }
        flushBand();
      }
    };
    // One pass finds the segments, and whether each has provisional values or intervals.
    let start = -1;
    let provisional = false;
    let withInterval = false;
    const endSegment = (end: number) => {
      if (start >= 0) drawSegment(start, end, provisional, withInterval);
      start = -1;
      provisional = false;
      withInterval = false;
    };
    let lastValue = -1;
    for (let index = 0; index < values.length; index += 1) {
      const flag = flags[index]!;
      if (flag & GAP) {
        endSegment(index);
        continue;
      }
      lastValue = index;
      if (flag & BREAK_BEFORE && start >= 0) endSegment(index);
      if (start < 0) start = index;
      if (flag & PROVISIONAL) provisional = true;
      if (flag & INTERVAL) withInterval = true;
    }
    endSegment(values.length);
    if (lastValue >= 0) {
      if (!markers && !isProvisional(lastValue)) dot(lastValue, false);
      endPoints.push({ series: seriesIndex, style, ...xy(lastValue), text: wrapText(series.label, (right - 12) / CHAR_WIDTH) });
    }
  }

  // End labels, pushed apart where they would overlap.
  const toPixel = (value: number) => margin.top + ((yDomain[1] - value) / (yDomain[1] - yDomain[0])) * plotHeight;
  const fromPixel = (pixel: number) => yDomain[1] - ((pixel - margin.top) / plotHeight) * (yDomain[1] - yDomain[0]);
  const centres = spreadLabels(
    endPoints.map((point) => toPixel(point.y)),
    endPoints.map((point) => lineCount(point.text) * LINE_HEIGHT + 2),
    margin.top - 10,
    height - margin.bottom + 10,
  );
  const labels = endPoints.map((point, index) => ({ ...point, y: fromPixel(centres[index]!) }));

  return {
    kind: 'line',
    width,
    height,
    margin,
    xDomain,
    yDomain,
    xTicks: xTicks.values,
    xTickLabels: xTicks.labels,
    yTicks: yTicks.values,
    yTickLabels: yTicks.labels,
    lines,
    bands,
    dots,
    labels,
    breaks: model.breaks.map((item) => ({ x: item.time, label: text.breakLabel })),
    drawnPoints,
    valuePoints,
  };
}

/** Lays out horizontal bars, one per series, each with its label above it. */
export function layoutBars(model: SeriesModel, width: number): BarLayout {
  const text = indicatorChartStrings[model.lang];
  const { indicator, lang } = model;
  const xDomain = valueDomain(model);
  const base = indicator.unit === 'mean-score' && indicator.scale ? xDomain[0] : Math.max(0, xDomain[0]);
  const valueTexts = model.series.map((series) => {
    const point = series.points[0];
    if (point?.value == null) return `${text.noValue} (${text.status[point?.status ?? 'missing']})`;
    return `${formatValue(point.value, indicator, lang)}${point.status === 'provisional' ? ` (${text.status.provisional})` : ''}`;
  });
  const longestValue = Math.max(...valueTexts.map((value) => value.length));
  const margin: Margins = { top: 8, right: Math.round(Math.min(longestValue * CHAR_WIDTH + 10, width * 0.45)), bottom: 30, left: 10 };
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const ticksFit = Math.max(2, Math.floor(plotWidth / 60));
  const xTicks = valueTicks(xDomain, ticksFit, model);
  const barHeight = 22;
  let y = margin.top;
  const rows: BarRow[] = model.series.map((series, index) => {
    const point = series.points[0];
    const label = wrapText(series.label, (width - margin.left - 4) / CHAR_WIDTH);
    const labelHeight = lineCount(label) * LINE_HEIGHT;
    const labelY = y + labelHeight / 2;
    const barTop = y + labelHeight + 4;
    y = barTop + barHeight + 14;
    const value = point?.value ?? null;
    const ci = point?.ci ? { lower: point.ci.lower, upper: point.ci.upper } : undefined;
    return {
      series: index,
      style: series.style,
      label,
      labelY,
      barTop,
      barBottom: barTop + barHeight,
      base,
      value,
      hollow: point?.status === 'provisional',
      ci,
      valueText: valueTexts[index]!,
      valueX: value === null ? base : Math.max(value, ci?.upper ?? value),
    };
  });
  const height = Math.round(y - 14 + margin.bottom);
  return { kind: 'bar', width, height, margin, xDomain, xTicks: xTicks.values, xTickLabels: xTicks.labels, rows };
}

/** Lays out diverging stacked bars: per statement a heading, then one bar per respondent group. */
export function layoutDistribution(model: DistributionModel, width: number): DistributionLayout {
  const text = indicatorChartStrings[model.lang];
  const margin: Margins = { top: 6, right: 14, bottom: 30, left: 14 };
  const plotWidth = Math.max(60, width - margin.left - margin.right);
  const reach = Math.max(10, model.reach);
  const xDomain: [number, number] = [-reach, reach];
  const step = reach > 50 ? 25 : 10;
  const xTicks: number[] = [];
  for (let value = -Math.floor(reach / step) * step; value <= reach; value += step) xTicks.push(value);
  const barHeight = 26;
  const headers: DistributionLayout['headers'] = [];
  const rowLabels: DistributionLayout['rowLabels'] = [];
  const segments: SegmentDraw[] = [];
  const bars: DistributionLayout['bars'] = [];
  const chars = (width - margin.left - margin.right) / CHAR_WIDTH;
  let y = margin.top;
  let rowIndex = 0;
  for (const statement of model.statements) {
    if (model.statements.length > 1) {
      const header = wrapText(statement.text, chars);
      headers.push({ y: y + (lineCount(header) * LINE_HEIGHT) / 2, text: header });
      y += lineCount(header) * LINE_HEIGHT + 6;
    }
    for (const row of statement.rows) {
      const rate = row.responseRate === undefined ? '' : formatPercent(row.responseRate * 100, model.lang);
      const label = wrapText(text.roleRow(row.label, formatNumber(row.n, model.lang), rate), chars);
      rowLabels.push({ y: y + (lineCount(label) * LINE_HEIGHT) / 2, text: label });
      const barTop = y + lineCount(label) * LINE_HEIGHT + 3;
      row.segments.forEach((segment, item) => {
        const pixels = (segment.share / (2 * reach)) * plotWidth;
        const category = segment.category;
        const className = category.side === 'neutral' ? 'c-neutral' : `c-${category.side === 'negative' ? 'neg' : 'pos'}-${category.shade}`;
        segments.push({
          row: rowIndex,
          item,
          x1: segment.x1,
          x2: segment.x2,
          barTop,
          barBottom: barTop + barHeight,
          className,
          text: pixels >= 34 && segment.share >= 0.5 ? formatPercent(segment.share, model.lang) : '',
          textClass: category.shade === 1 ? 'on-strong' : 'on-light',
        });
      });
      bars.push({ top: barTop - 3, bottom: barTop + barHeight + 3 });
      y = barTop + barHeight + 12;
      rowIndex += 1;
    }
    // Roles with too few answers: their name and why, no bar.
    for (const role of statement.withheld) {
      const label = wrapText(text.withheldRow(role.label, statement.withheldReason), chars);
      rowLabels.push({ y: y + (lineCount(label) * LINE_HEIGHT) / 2, text: label });
      y += lineCount(label) * LINE_HEIGHT + 12;
    }
    y += 4;
  }
  const height = Math.round(y - 16 + margin.bottom);
  return {
    kind: 'distribution',
    width,
    height,
    margin,
    xDomain,
    xTicks,
    xTickLabels: xTicks.map((value) => formatPercent(Math.abs(value), model.lang)),
    headers,
    rowLabels,
    bars,
    segments,
  };
}
