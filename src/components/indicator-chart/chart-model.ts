/**
 * The indicator chart's data path, step one and two: what the attributes
 * select, and the view model the chart, the legend, the notes, the keyboard
 * and the table read. Pure functions: no DOM.
 *
 *   dataset + attributes ──resolveRequest──▶ selection ──buildChartModel──▶ ChartModel
 *   ChartModel + width ──layout*(chart-layout.ts)──▶ what render-svg.ts draws
 */
import type { MonitorDataset } from '../../data/dataset.js';
import { answerCount, areaLineage, enoughAnswers } from '../../data/dataset.js';
import { summarizeIndicator, summarySentence } from '../../data/summary.js';
import { formatNumber, formatValue, unitLabel } from '../../format/number.js';
import { compareParsedPeriods, formatPeriod, parsePeriod, periodMidpoint, type ParsedPeriod, type PeriodKind } from '../../format/period.js';
import { localize, type Lang } from '../../format/text.js';
import type { Indicator, Observation, PanelStatement, Role } from '../../format/types.generated.js';
import type { LocalizedMessage, ValidationIssue } from '../../format/problems.js';
import { commonStrings } from '../../i18n/common.js';
import { indicatorChartStrings, type IndicatorChartStrings } from './indicator-chart.strings.js';

export type ChartType = 'auto' | 'line' | 'bar' | 'distribution';
export type Status = Observation['status'];

/** Statuses that are gaps: never drawn, never interpolated across, whatever value the document carries. */
export const GAP_STATUSES: ReadonlySet<Status> = new Set<Status>(['suppressed', 'missing', 'not-applicable']);

/** How many series styles (colour, dash, marker) there are before they repeat. */
export const STYLE_COUNT = 6;
/** Marker shape per series style (d3 symbol names). */
export const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
/** Dash pattern per series style: long dashes, so the short dots of provisional segments stay distinct. */
export const DASHES = ['', '12 3', '12 3 3 3', '20 4', '6 2 6 2 2 2', '16 3 3 3 3 3'] as const;
/** The dash of a segment that leads to a provisional value. */
export const PROVISIONAL_DASH = '2 4';

const ROLE_ORDER: Role[] = ['youth', 'parent', 'professional'];

// ---------------------------------------------------------------------------
// Attributes

/** A period range from the `periods` attribute; either end may be open. */
export interface PeriodRange {
  from?: ParsedPeriod;
  to?: ParsedPeriod;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: LocalizedMessage };

/**
 * Parses the `periods` attribute:
 * - `""` (empty): every period;
 * - `2024` or `2024-H1`: that period and the periods within it;
 * - `2019..2024`, `2020-H1..2024-H2`, `2024-W01..2024-W26`: from the start of the first to the end of the last, both included;
 * - `2022..` and `..2023`: open at one end.
 * A period is in the range when it starts at or after the start of `from` and ends at or before the end of `to`.
 */
export function parsePeriodRange(text: string): Parsed<PeriodRange> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: {} };
  const errors = indicatorChartStrings.nl.errors;
  const parts = trimmed.split('..');
  if (parts.length > 2) return { ok: false, message: errors.periods(trimmed) };
  const [first = '', second] = parts.map((part) => part.trim());
  const from = first ? parsePeriod(first) : undefined;
  if (first && !from) return { ok: false, message: errors.periods(trimmed) };
  if (second === undefined) return from ? { ok: true, value: { from, to: from } } : { ok: false, message: errors.periods(trimmed) };
  const to = second ? parsePeriod(second) : undefined;
  if (second && !to) return { ok: false, message: errors.periods(trimmed) };
  if (!from && !to) return { ok: false, message: errors.periods(trimmed) };
  if (from && to && from.start >= to.end) return { ok: false, message: errors.periodsOrder(trimmed) };
  return { ok: true, value: { ...(from ? { from } : {}), ...(to ? { to } : {}) } };
}

export function inRange(period: ParsedPeriod | undefined, range: PeriodRange): boolean {
  if (!period) return false;
  if (range.from && period.start < range.from.start) return false;
  if (range.to && period.end > range.to.end) return false;
  return true;
}

/** The earliest and the latest period of one kind that a selection has. */
export interface KindSpan {
  first: ParsedPeriod;
  last: ParsedPeriod;
}

/**
 * The one kind of period a chart shows when the data mixes them (years and
 * half years, say): the kind of the `periods` range when it names one the data
 * has, else the kind that covers the longest time, the finer one on a tie.
 */
export function choosePeriodKind(spans: Map<PeriodKind, KindSpan>, range: PeriodRange): { kind: PeriodKind | undefined; others: PeriodKind[] } {
  const kinds = [...spans.keys()];
  if (kinds.length <= 1) return { kind: kinds[0], others: [] };
  const asked = [range.from?.kind, range.to?.kind].find((kind) => kind !== undefined && spans.has(kind));
  // Periods of one kind do not nest: the latest to start is the latest to end.
  const covered = (span: KindSpan) => span.last.end - span.first.start;
  const length = (span: KindSpan) => span.first.end - span.first.start;
  const kind =
    asked ??
    kinds.sort((a, b) => {
      const spanA = spans.get(a)!;
      const spanB = spans.get(b)!;
      return covered(spanB) - covered(spanA) || length(spanA) - length(spanB);
    })[0]!;
  return { kind, others: kinds.filter((other) => other !== kind) };
}

/** The `breakdown` attribute: fixed categories, and at most one dimension split into one series per category. */
export interface BreakdownRequest {
  /** Dimension id → category id, e.g. `{ age: '12-17' }`. */
  fixed: Record<string, string>;
  /** A dimension written `age:*`: one series per category. */
  split?: string;
}

/**
 * Parses the `breakdown` attribute: pairs `dimension:category` separated by
 * spaces or commas (`age:12-17`, `age:12-17 gender:girl`); `dimension:*`
 * draws one series per category of that dimension (`age:*`). Empty: the totals
 * (observations without a breakdown).
 */
export function parseBreakdown(text: string): Parsed<BreakdownRequest> {
  // No prototype: a dimension named `constructor` or `__proto__` is a dimension like any other.
  const fixed = Object.create(null) as Record<string, string>;
  let split: string | undefined;
  const errors = indicatorChartStrings.nl.errors;
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^([A-Za-z0-9._:-]+?):([A-Za-z0-9._:-]+|\*)$/.exec(token);
    if (!match) return { ok: false, message: errors.breakdownSyntax(text.trim()) };
    const [, dimension = '', category = ''] = match;
    if (dimension in fixed || dimension === split) return { ok: false, message: errors.breakdownSyntax(text.trim()) };
    if (category === '*') {
      if (split !== undefined) return { ok: false, message: errors.breakdownSyntax(text.trim()) };
      split = dimension;
    } else fixed[dimension] = category;
  }
  return { ok: true, value: { fixed, ...(split === undefined ? {} : { split }) } };
}

export interface ChartRequest {
  indicator: string;
  /** Area codes separated by spaces; empty: the document's area and its parents. */
  areas: string;
  periods: string;
  breakdown: string;
  type: string;
}

export interface Selection {
  indicator: Indicator;
  areas: string[];
  /** True when the areas came from the document (the home area and its parents), not from the attribute. */
  defaultAreas: boolean;
  range: PeriodRange;
  breakdown: BreakdownRequest;
  type: ChartType;
}

const issue = (path: string, code: string, message: LocalizedMessage): ValidationIssue => ({ severity: 'error', path, code, message });

export function parseAreas(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/** Checks the attributes against the data: the first problem comes back as an issue with the attribute as its path. */
export function resolveRequest(dataset: MonitorDataset, request: ChartRequest): { ok: true; selection: Selection } | { ok: false; issue: ValidationIssue } {
  const errors = indicatorChartStrings.nl.errors;
  const id = request.indicator.trim();
  if (!id) return { ok: false, issue: issue('indicator', 'no-indicator', errors.noIndicator) };
  const indicator = dataset.indicators.get(id);
  if (!indicator) {
    const known = [...dataset.indicators.keys()].slice(0, 8).join(', ');
    return { ok: false, issue: issue('indicator', 'unknown-indicator', errors.unknownIndicator(id, known)) };
  }
  const type = (request.type.trim() || 'auto') as ChartType;
  if (!['auto', 'line', 'bar', 'distribution'].includes(type)) return { ok: false, issue: issue('type', 'type', errors.type(request.type)) };
  const range = parsePeriodRange(request.periods);
  if (!range.ok) return { ok: false, issue: issue('periods', 'periods', range.message) };
  const breakdown = parseBreakdown(request.breakdown);
  if (!breakdown.ok) return { ok: false, issue: issue('breakdown', 'breakdown', breakdown.message) };
  for (const [dimension, category] of [...Object.entries(breakdown.value.fixed), ...(breakdown.value.split ? [[breakdown.value.split, '*'] as const] : [])]) {
    const known = dataset.breakdowns.get(dimension);
    if (!known) return { ok: false, issue: issue('breakdown', 'unknown-breakdown', errors.unknownBreakdown(dimension)) };
    if (category !== '*' && !known.categories.some((entry) => entry.id === category))
      return { ok: false, issue: issue('breakdown', 'unknown-breakdown', errors.unknownCategory(dimension, category)) };
  }
  const requested = parseAreas(request.areas);
  if (requested.length) {
    const unknown = requested.filter((code) => !dataset.areas.has(code));
    if (unknown.length) return { ok: false, issue: issue('areas', 'unknown-area', errors.unknownAreas(unknown.join(', '))) };
  }
  const areas = requested.length ? requested : defaultAreas(dataset, id);
  return { ok: true, selection: { indicator, areas, defaultAreas: !requested.length, range: range.value, breakdown: breakdown.value, type } };
}

/** One indicator's observations in document order, and the areas they are of, in order of appearance. */
interface IndicatorObservations {
  observations: Observation[];
  areas: Set<string>;
}
const byIndicator = new WeakMap<Observation[], { length: number; index: Map<string, IndicatorObservations> }>();

/**
 * The observations of one indicator, and their areas. A page of 30 charts reads
 * one dataset: it is indexed once (per observations array), not scanned by
 * every chart. Loops over observations and points are indexed in this file: see
 * eslint.config.js.
 */
function indicatorObservations(dataset: Pick<MonitorDataset, 'observations'>, indicatorId: string): IndicatorObservations | undefined {
  const all = dataset.observations;
  let cached = byIndicator.get(all);
  if (cached?.length !== all.length) {
    // Observations of one indicator, and of one area, mostly come together: the index is looked up
    // when the indicator changes, the set of areas when the area does, and each indicator's
    // observations are copied out a run at a time (start and end in `runs`), not one by one.
    const found = new Map<string, { runs: number[]; areas: Set<string> }>();
    let lastIndicator: string | undefined;
    let lastArea: string | undefined;
    let entry: { runs: number[]; areas: Set<string> } | undefined;
    for (let at = 0; at < all.length; at += 1) {
      const observation = all[at]!;
      if (!entry || observation.indicator !== lastIndicator) {
        entry?.runs.push(at);
        lastIndicator = observation.indicator;
        lastArea = undefined;
        entry = found.get(lastIndicator);
        if (!entry) found.set(lastIndicator, (entry = { runs: [], areas: new Set() }));
        entry.runs.push(at);
      }
      if (observation.area !== lastArea) entry.areas.add((lastArea = observation.area));
    }
    entry?.runs.push(all.length);
    const index = new Map<string, IndicatorObservations>();
    for (const [id, { runs, areas }] of found) {
      const observations = all.slice(runs[0], runs[1]);
      for (let run = 2; run < runs.length; run += 2) for (let at = runs[run]!; at < runs[run + 1]!; at += 1) observations.push(all[at]!);
      index.set(id, { observations, areas });
    }
    cached = { length: all.length, index };
    byIndicator.set(all, cached);
  }
  return cached.index.get(indicatorId);
}

/** The observations of one indicator, in document order. */
export function observationsOf(dataset: Pick<MonitorDataset, 'observations'>, indicatorId: string): Observation[] {
  return indicatorObservations(dataset, indicatorId)?.observations ?? [];
}

/** The document's area and its parents that have figures of the indicator; without a home area, the areas with figures, most specific first. */
export function defaultAreas(dataset: MonitorDataset, indicatorId: string): string[] {
  const withData = indicatorObservations(dataset, indicatorId)?.areas ?? new Set<string>();
  if (dataset.homeArea) {
    const lineage = areaLineage(dataset, dataset.homeArea).filter((code) => withData.has(code));
    if (lineage.length) return lineage;
  }
  const depth: Record<string, number> = { national: 0, province: 1, 'youth-care-region': 2, municipality: 3, organisation: 4, team: 5 };
  return [...withData]
    .sort((a, b) => (depth[dataset.areas.get(b)?.level ?? ''] ?? 0) - (depth[dataset.areas.get(a)?.level ?? ''] ?? 0))
    .slice(0, STYLE_COUNT);
}

// ---------------------------------------------------------------------------
// The view model

export interface ChartPoint {
  series: number;
  index: number;
  period: string;
  periodLabel: string;
  /** Where the point sits on a time axis: the middle of its period, in milliseconds since 1970 (UTC). */
  time: number;
  /** The value to draw; null for every gap status, whatever the document says. */
  value: number | null;
  status: Status;
  /** The status reason from the document, in the element's language. */
  reason: string;
  /** The interval; `level` as in the format, a fraction (0.95). */
  ci: { lower: number; upper: number; level: number } | undefined;
  n: number | undefined;
  /** Set when the series breaks before this point: the explanation, or '' without one. */
  breakBefore: string | undefined;
  /** True for a bar chart's placeholder where a series has no observation in the period. */
  synthetic: boolean;
}

export interface ChartSeries {
  key: string;
  area: string;
  areaName: string;
  /** The breakdown of the series' observations, e.g. `{ age: '12-17' }`. */
  breakdown: Record<string, string> | undefined;
  /** The category this series stands for when the breakdown is split (`age:*`). */
  category: { dimension: string; id: string; name: string } | undefined;
  label: string;
  /** 0 … STYLE_COUNT-1: colour, dash and marker. */
  style: number;
  /** Every point as an object, made when first read (keyboard, table, CSV): drawing reads `columns`. */
  points: ChartPoint[];
  /** What drawing reads of every point, a column each. */
  columns: PointColumns;
}

/** A point's facts that drawing asks, as bits of `PointColumns.flags`. */
export const PROVISIONAL = 1;
export const BREAK_BEFORE = 2;
export const INTERVAL = 4;
/** No value to draw: its value is NaN. A bit, too, so that a loop over flags need not call isNaN. */
export const GAP = 8;

/**
 * A series' points as columns: what the layout reads of each point, with no
 * object per point. A daily series has 10,000 points, drawn as some 2 per pixel
 * column; 30,000 point objects were the chart's largest allocation, and the
 * young generation's collector copies all that is live each time it fills.
 */
export interface PointColumns {
  /** Where each point sits on the time axis: the middle of its period, in milliseconds since 1970 (UTC). */
  times: Float64Array;
  /** The value to draw; NaN for a gap (the point's value is null). */
  values: Float64Array;
  /** PROVISIONAL, BREAK_BEFORE, INTERVAL and GAP per point. */
  flags: Uint8Array;
  /** The interval's bounds where a point has one; undefined when no point has. */
  lower: Float64Array | undefined;
  upper: Float64Array | undefined;
}

export interface SeriesBreak {
  period: string;
  periodLabel: string;
  /** The start of the period: where the rule stands (milliseconds since 1970, UTC). */
  time: number;
  text: string;
  /** Labels of the series that break here. */
  series: string[];
}

interface ModelBase {
  indicator: Indicator;
  lang: Lang;
  title: string;
  /** The caption's second line: unit, areas, periods, breakdown. */
  meta: string;
  summary: string;
  /** Area codes of the selection (for the interpretation link). */
  areas: string[];
}

export interface SeriesModel extends ModelBase {
  kind: 'line' | 'bar';
  series: ChartSeries[];
  /** Every shown period, in order. */
  periods: string[];
  /** The same periods, parsed: the layout places them without looking each up again. */
  parsedPeriods: ParsedPeriod[];
  breaks: SeriesBreak[];
  /** Points without a drawn value, with their reason. */
  gaps: ChartPoint[];
  /** Series with no observation at all in the selection. */
  emptySeries: string[];
  /** Kinds of period the data also has for this selection, left out so one chart has one kind; with their first and last period. */
  otherKinds: { kind: PeriodKind; first: string; last: string }[];
  /** The kind of period shown. */
  periodKind: PeriodKind | undefined;
  /** The extent of drawn values and intervals. */
  extent: [number, number] | undefined;
  /** The interval level (a fraction) when any drawn point has an interval. */
  ciLevel: number | undefined;
  hasProvisional: boolean;
}

export interface CategoryView {
  id: string;
  label: string;
  side: 'negative' | 'neutral' | 'positive';
  /** 1 (strongest, the outer category) to 3; the neutral category has 0. */
  shade: number;
}

export interface SegmentView {
  category: CategoryView;
  count: number;
  /** Share of n, 0–100. */
  share: number;
  /** Position on the diverging axis, in percent; the neutral category straddles 0. */
  x1: number;
  x2: number;
}

export interface RoleRow {
  role: Role;
  label: string;
  n: number;
  responseRate: number | undefined;
  segments: SegmentView[];
}

export interface StatementView {
  id: string;
  text: string;
  period: string;
  periodLabel: string;
  categories: CategoryView[];
  hasNeutral: boolean;
  rows: RoleRow[];
  /** The roles with fewer answers than the privacy threshold: not drawn, tabled or downloaded, only named. */
  withheld: { role: Role; label: string }[];
  /** Why: "minder dan 10 antwoorden". */
  withheldReason: string;
}

export interface DistributionModel extends ModelBase {
  kind: 'distribution';
  statements: StatementView[];
  /** The widest extent left or right of the centre, in percent. */
  reach: number;
}

export interface EmptyModel extends ModelBase {
  kind: 'empty';
  message: string;
}

export type ChartModel = SeriesModel | DistributionModel | EmptyModel;

const strings = (lang: Lang): IndicatorChartStrings => indicatorChartStrings[lang];

function listFormat(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${strings(lang).and} ${items.at(-1)!}`;
}

function sameBreakdown(observed: Observation['breakdown'], wanted: BreakdownRequest, expected: number): string | undefined | false {
  // Most observations have no breakdown, and most charts ask for none.
  if (observed === undefined) return expected === 0 ? undefined : false;
  const entries = Object.entries(observed).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (entries.length !== expected) return false;
  let category: string | undefined;
  for (const [dimension, value] of entries) {
    if (dimension === wanted.split) category = value;
    else if (wanted.fixed[dimension] !== value) return false;
  }
  return category;
}

/** The observations of one series, each with its parsed period, in document order. */
interface SeriesGroup {
  observations: Observation[];
  periods: ParsedPeriod[];
  /** Set by the grouping, which sees it on the way: whether the periods only go forward. */
  inOrder?: boolean;
}

/**
 * The observations of `group` to show (all, or those of `kind`), in period order. Data nearly
 * always comes in period order, and one kind of period: then the group itself is the answer, as
 * the grouping saw on the way. With kinds to leave out, one pass checks the order of the rest.
 * Only otherwise are positions gathered, sorted and copied out.
 */
function shownInOrder(group: SeriesGroup, kind: PeriodKind | undefined): SeriesGroup {
  if (kind === undefined && group.inOrder) return group;
  let sorted = true;
  let all = true;
  let previous: ParsedPeriod | undefined;
  for (let at = 0; at < group.periods.length; at += 1) {
    const period = group.periods[at]!;
    if (kind !== undefined && period.kind !== kind) {
      all = false;
      continue;
    }
    if (previous && compareParsedPeriods(previous, period) > 0) sorted = false;
    previous = period;
  }
  if (sorted && all) return group;
  const positions = group.periods.flatMap((period, at) => (kind === undefined || period.kind === kind ? [at] : []));
  if (!sorted) positions.sort((a, b) => compareParsedPeriods(group.periods[a]!, group.periods[b]!));
  return { observations: positions.map((at) => group.observations[at]!), periods: positions.map((at) => group.periods[at]!) };
}

function breakText(value: Observation['seriesBreak'], lang: Lang): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return '';
  return localize(value, lang);
}

/** Builds the view model from the data and the element's attributes. */
export function buildChartModel(dataset: MonitorDataset, request: ChartRequest, lang: Lang): { ok: true; model: ChartModel } | { ok: false; issue: ValidationIssue } {
  const resolved = resolveRequest(dataset, request);
  if (!resolved.ok) return resolved;
  return { ok: true, model: modelFor(dataset, resolved.selection, lang) };
}

export function modelFor(dataset: MonitorDataset, selection: Selection, lang: Lang): ChartModel {
  const { indicator, type } = selection;
  const statements = dataset.panelStatements.filter((statement) => statement.indicator === indicator.id && inRange(parsePeriod(statement.period), selection.range));
  const hasObservations = observationsOf(dataset, indicator.id).length > 0;
  const distribution = type === 'distribution' || (type === 'auto' && (indicator.unit === 'distribution' || (statements.length > 0 && !hasObservations)));
  if (distribution) return distributionModel(dataset, selection, statements, lang);
  return seriesModel(dataset, selection, lang);
}

function base(dataset: MonitorDataset, selection: Selection, lang: Lang, periods: string[], unit = unitLabel(selection.indicator, lang)): ModelBase {
  const { indicator } = selection;
  const title = localize(indicator.title, lang);
  const text = strings(lang);
  const meta: string[] = [unit.charAt(0).toUpperCase() + unit.slice(1)];
  const areaNames = selection.areas.map((code) => dataset.areas.get(code)?.name ?? code);
  if (areaNames.length) meta.push(listFormat(areaNames, lang));
  const first = periods[0];
  const last = periods.at(-1);
  if (first && last) meta.push(first === last ? formatPeriod(first, lang) : text.periodsRange(formatPeriod(first, lang), formatPeriod(last, lang)));
  for (const [dimension, category] of Object.entries(selection.breakdown.fixed)) {
    const known = dataset.breakdowns.get(dimension);
    meta.push(text.breakdownCaption(localize(known?.name, lang) || dimension, localize(known?.categories.find((entry) => entry.id === category)?.name, lang) || category));
  }
  if (selection.breakdown.split) {
    const known = dataset.breakdowns.get(selection.breakdown.split);
    meta.push(text.breakdownSplit((localize(known?.name, lang) || selection.breakdown.split).toLowerCase()));
  }
  return { indicator, lang, title, meta: meta.join(' · '), summary: '', areas: selection.areas };
}

/**
 * One pass over an indicator's observations: these areas, this breakdown, in range, each straight
 * into its series (area, then category) with its parsed period; the distinct periods; and per kind
 * of period, the first and the last. Not d3.group after a filter: a national file has 30,000
 * observations, and that took a second pass, a key call per observation and a second parsePeriod
 * per point; nor the kinds in a pass of their own over 10,000 days, which cost more than here. A
 * function of its own, as every long loop here: V8 compiles a small function's loop sooner, and
 * leaves it without dropping the compiled code of its caller.
 */
function groupObservations(
  observations: Observation[],
  areaSet: Set<string>,
  breakdown: BreakdownRequest,
  range: PeriodRange,
): { groups: Map<string, Map<string, SeriesGroup>>; distinctPeriods: Map<string, ParsedPeriod>; spans: Map<PeriodKind, KindSpan> } {
  const groups = new Map<string, Map<string, SeriesGroup>>();
  const spans = new Map<PeriodKind, KindSpan>();
  // By text, whose hash its parse already made; not by the parsed period, which would need one made.
  const distinctPeriods = new Map<string, ParsedPeriod>();
  const breakdownSize = Object.keys(breakdown.fixed).length + (breakdown.split ? 1 : 0);
  // Observations of one series mostly come together, with the same area and (no) breakdown: which
  // series they are of, if any, is worked out when these change.
  let runArea: string | undefined;
  let runBreakdown: Observation['breakdown'] | null = null;
  let runCategory: string | false = false;
  let group: SeriesGroup | undefined;
  let first: SeriesGroup | undefined;
  let span: KindSpan | undefined;
  for (let at = 0; at < observations.length; at += 1) {
    const observation = observations[at]!;
    if (observation.area !== runArea || observation.breakdown !== runBreakdown) {
      runArea = observation.area;
      runBreakdown = observation.breakdown;
      const found = areaSet.has(runArea) && sameBreakdown(runBreakdown, breakdown, breakdownSize);
      runCategory = found === false ? false : (found ?? '');
      group = undefined;
    }
    if (runCategory === false) continue;
    if (!group) {
      let byCategory = groups.get(runArea);
      if (!byCategory) groups.set(runArea, (byCategory = new Map<string, SeriesGroup>()));
      group = byCategory.get(runCategory);
      if (!group) byCategory.set(runCategory, (group = { observations: [], periods: [], inOrder: true }));
      first ??= group;
    }
    // Series mostly have the same periods, in the same order: an observation with the period the
    // first series has at its place takes that parse, which is in range and counted already.
    let period = group === first ? undefined : first!.periods[group.periods.length];
    // A period that is no text (the validator refuses it) is never a twin, not even of no period.
    if (typeof observation.period !== 'string' || period?.text !== observation.period) {
      period = parsePeriod(observation.period);
      if (!period || !inRange(period, range)) continue;
      distinctPeriods.set(period.text, period);
      // A chart mostly has one kind of period: its span is looked up only when the kind changes.
      if (span?.first.kind !== period.kind) {
        span = spans.get(period.kind);
        if (!span) spans.set(period.kind, (span = { first: period, last: period }));
      }
      if (period.start < span.first.start) span.first = period;
      if (period.start > span.last.start) span.last = period;
    }
    const previous = group.periods[group.periods.length - 1];
    if (previous && compareParsedPeriods(previous, period) > 0) group.inOrder = false;
    group.observations.push(observation);
    group.periods.push(period);
  }
  return { groups, distinctPeriods, spans };
}

function seriesModel(dataset: MonitorDataset, selection: Selection, lang: Lang): SeriesModel | EmptyModel {
  const { indicator, range, breakdown } = selection;
  const text = strings(lang);
  const areaSet = new Set(selection.areas);
  const observations = observationsOf(dataset, indicator.id);
  const { groups, distinctPeriods, spans } = groupObservations(observations, areaSet, breakdown, range);
  // One kind of period per chart: a year next to its half years would count twice, or draw a zigzag.
  const { kind: periodKind, others } = choosePeriodKind(spans, range);
  const otherKinds = others.map((other) => {
    const { first, last } = spans.get(other)!;
    return { kind: other, first: first.text, last: last.text };
  });
  // Built-ins over the distinct periods (filtered only when the data mixes kinds), not a loop of
  // ours: one that runs once would run in the interpreter.
  const ofKind = others.length ? [...distinctPeriods.values()].filter((period) => period.kind === periodKind) : [...distinctPeriods.values()];
  const splitDimension = breakdown.split ? dataset.breakdowns.get(breakdown.split) : undefined;
  const categories = splitDimension ? splitDimension.categories.map((category) => ({ id: category.id, name: localize(category.name, lang) })) : [undefined];
  // The shown periods, parsed: the model's texts (`periods`) are made from these once, below.
  let shownParsed = ofKind.sort(compareParsedPeriods);
  const multipleAreas = selection.areas.length > 1;

  const entries: SeriesEntry[] = [];
  // Each entry's observations to show: they become columns, and point objects only when read.
  const shown: ShownObservations[] = [];
  const emptySeries: string[] = [];
  for (const area of selection.areas) {
    const areaName = dataset.areas.get(area)?.name ?? area;
    for (const category of categories) {
      const label = category ? (multipleAreas ? `${areaName}, ${category.name}` : category.name) : areaName;
      const group = groups.get(area)?.get(category?.id ?? '');
      const toShow = group && shownInOrder(group, others.length ? periodKind : undefined);
      if (!toShow?.observations.length) {
        emptySeries.push(label);
        continue;
      }
      const index = entries.length;
      const fixed = { ...breakdown.fixed, ...(category && breakdown.split ? { [breakdown.split]: category.id } : {}) };
      shown.push({ observations: toShow.observations, periods: toShow.periods, placeholder: undefined });
      entries.push({
        key: `${area}|${category?.id ?? ''}`,
        area,
        areaName,
        breakdown: Object.keys(fixed).length ? fixed : undefined,
        category: category && breakdown.split ? { dimension: breakdown.split, ...category } : undefined,
        label,
        style: index % STYLE_COUNT,
      });
    }
  }
  // The first series' observations in order, for the summary.
  const firstOrdered = shown[0]?.observations;
  if (!entries.length) return { ...base(dataset, selection, lang, shownParsed.map((period) => period.text)), kind: 'empty', message: text.empty(localize(indicator.title, lang)) };

  const kind: 'line' | 'bar' = selection.type === 'bar' || (selection.type === 'auto' && shownParsed.length === 1) ? 'bar' : 'line';
  if (kind === 'bar') {
    // Bars show one period: the latest with a drawn value in any series. A series' points are in
    // period order, so its latest drawn value is the last one.
    let latest: ParsedPeriod | undefined;
    for (const { observations: ordered, periods } of shown)
      for (let at = ordered.length - 1; at >= 0; at -= 1) {
        if (drawnValue(ordered[at]!) === null) continue;
        if (!latest || compareParsedPeriods(periods[at]!, latest) > 0) latest = periods[at]!;
        break;
      }
    const barPeriod = latest ?? shownParsed.at(-1)!;
    shownParsed = [barPeriod];
    shown.forEach(({ observations: ordered, periods }, index) => {
      const found = periods.findIndex((period) => period.text === barPeriod.text);
      const placeholder: Observation = { indicator: indicator.id, area: entries[index]!.area, period: barPeriod.text, value: null, status: 'missing' };
      shown[index] = found < 0 ? { observations: [placeholder], periods: [barPeriod], placeholder: text.noObservation } : { observations: [ordered[found]!], periods: [periods[found]!], placeholder: undefined };
    });
  }
  // A bar chart's series has one point, which shows no series break.
  const alone = kind === 'bar';
  const sources: PointSource[] = shown.map(({ observations, placeholder }, index) => ({ observations, series: index, lang, placeholder, alone }));
  const made = shown.map((entry) => toColumns(entry, alone));
  const series = entries.map((entry, index) => new ModelSeries(entry, made[index]!.columns, sources[index]!));
  const shownPeriods = shownParsed.map((period) => period.text);
  const baseModel = base(dataset, selection, lang, shownPeriods);

  const { low, high, gaps, ciLevel, hasProvisional, breaksByPeriod } = measureSeries(series, sources, made.map(({ facts }) => facts));
  const breaks = [...breaksByPeriod.values()].sort((a, b) => a.time - b.time);
  // Name the series only when not all of them break at that period.
  for (const item of breaks) if (item.series.length === series.length) item.series = [];

  let summary = localize(indicator.summary, lang);
  if (!summary) {
    const first = series[0]!;
    // The summary reads only this indicator's observations: hand it those, not the whole document.
    const facts = summarizeIndicator({ ...dataset, observations }, indicator.id, first.area, first.breakdown, {
      upTo: shownPeriods.at(-1)!,
      ...(periodKind ? { kind: periodKind } : {}),
      // The model has the first series in order already, unless a range starts it later than the
      // summary looks back (the change since the period before the first shown one). Its periods
      // after the last shown one, if any, have no value: the summary would pass over them.
      ...(firstOrdered && !range.from ? { series: firstOrdered } : {}),
      // The parents the chart shows have their series grouped already (same breakdown, in range: the latest period is in it).
      parentSeries: (parent) => groups.get(parent)?.get(first.category?.id ?? '')?.observations,
    });
    if (facts) summary = summarySentence(dataset, facts, lang);
    if (first.category) summary = `${first.category.name}: ${summary}`;
  }
  return {
    ...baseModel,
    kind,
    summary,
    series,
    periods: shownPeriods,
    parsedPeriods: shownParsed,
    breaks,
    gaps,
    emptySeries,
    periodKind,
    otherKinds,
    extent: low <= high ? [low, high] : undefined,
    ciLevel,
    hasProvisional,
  };
}

/** The extent of the drawn values and the facts the notes need, from what each series' columns found. */
function measureSeries(series: ChartSeries[], sources: PointSource[], facts: ColumnFacts[]) {
  const breaksByPeriod = new Map<string, SeriesBreak>();
  const gaps: ChartPoint[] = [];
  let low = Infinity;
  let high = -Infinity;
  let ciLevel: number | undefined;
  let hasProvisional = false;
  for (let row = 0; row < series.length; row += 1) {
    const { label } = series[row]!;
    const source = sources[row]!;
    const found = facts[row]!;
    low = Math.min(low, found.low);
    high = Math.max(high, found.high);
    if (found.provisional) hasProvisional = true;
    if (ciLevel === undefined && found.firstInterval >= 0) ciLevel = toPoint(source, found.firstInterval).ci!.level;
    // Points of gaps and breaks are few: only theirs are made.
    for (const at of found.gaps) gaps.push(toPoint(source, at));
    for (const at of found.breaks) {
      const point = toPoint(source, at);
      const known = breaksByPeriod.get(point.period);
      if (known) {
        known.series.push(label);
        if (!known.text && point.breakBefore) known.text = point.breakBefore;
      } else {
        const period = parsePeriod(point.period)!;
        breaksByPeriod.set(point.period, { period: point.period, periodLabel: point.periodLabel, time: period.start, text: point.breakBefore!, series: [label] });
      }
    }
  }
  return { low, high, gaps, ciLevel, hasProvisional, breaksByPeriod };
}

/** A series as the model lists it, before its points. */
type SeriesEntry = Omit<ChartSeries, 'points' | 'columns'>;

/** A series' observations to show, in order, with their parsed periods; or a bar chart's placeholder, with the reason it has no value. */
interface ShownObservations extends SeriesGroup {
  placeholder: string | undefined;
}

/**
 * What a series' points are made from: its observations in order (not its group, which holds
 * three arrays: a chart keeps this). A bar chart's points are `alone`: they show no series break.
 */
interface PointSource {
  observations: Observation[];
  series: number;
  lang: Lang;
  placeholder: string | undefined;
  alone: boolean;
}

/**
 * A series with its columns; its points are objects only once read. A class, not an object
 * literal with a getter: such a literal keeps its properties in a dictionary of its own.
 */
class ModelSeries implements ChartSeries {
  readonly key: string;
  readonly area: string;
  readonly areaName: string;
  readonly breakdown: Record<string, string> | undefined;
  readonly category: ChartSeries['category'];
  readonly label: string;
  readonly style: number;
  private made: ChartPoint[] | undefined;

  constructor(
    entry: SeriesEntry,
    readonly columns: PointColumns,
    private readonly source: PointSource,
  ) {
    this.key = entry.key;
    this.area = entry.area;
    this.areaName = entry.areaName;
    this.breakdown = entry.breakdown;
    this.category = entry.category;
    this.label = entry.label;
    this.style = entry.style;
  }

  get points(): ChartPoint[] {
    return (this.made ??= toPoints(this.source));
  }
}

/** The value to draw: null for every gap status, and for any value that is no finite number. */
function drawnValue(observation: Observation): number | null {
  return !GAP_STATUSES.has(observation.status) && typeof observation.value === 'number' && Number.isFinite(observation.value) ? observation.value : null;
}

/**
 * What the value axis and the notes need of a series, gathered while its columns are made: a
 * pass of its own over 10,000 points cost more than its work (see docs/developing.md).
 */
interface ColumnFacts {
  /** The lowest and highest drawn value or interval bound; Infinity and -Infinity without any. */
  low: number;
  high: number;
  provisional: boolean;
  /** The position of the first point with an interval; -1 without one. */
  firstInterval: number;
  /** The positions of the gaps, and of the points a series break comes before (not the first point). */
  gaps: number[];
  breaks: number[];
}

function toColumns({ observations, periods }: ShownObservations, alone: boolean): { columns: PointColumns; facts: ColumnFacts } {
  const { length } = observations;
  const times = new Float64Array(length);
  const values = new Float64Array(length);
  const flags = new Uint8Array(length);
  let lower: Float64Array | undefined;
  let upper: Float64Array | undefined;
  const facts: ColumnFacts = { low: Infinity, high: -Infinity, provisional: false, firstInterval: -1, gaps: [], breaks: [] };
  let low = Infinity;
  let high = -Infinity;
  for (let index = 0; index < length; index += 1) {
    const observation = observations[index]!;
    times[index] = periodMidpoint(periods[index]!);
    const value = drawnValue(observation);
    let flag = 0;
    if (value === null) {
      values[index] = NaN;
      flag = GAP;
      facts.gaps.push(index);
    } else {
      values[index] = value;
      // Compared, not Math.min: a call per point costs more here than the comparison.
      if (value < low) low = value;
      if (value > high) high = value;
      if (observation.status === 'provisional') {
        flag |= PROVISIONAL;
        facts.provisional = true;
      }
      const { ci } = observation;
      if (ci) {
        flag |= INTERVAL;
        lower ??= new Float64Array(length).fill(NaN);
        upper ??= new Float64Array(length).fill(NaN);
        lower[index] = ci.lower;
        upper[index] = ci.upper;
        if (ci.lower < low) low = ci.lower;
        if (ci.upper > high) high = ci.upper;
        if (facts.firstInterval < 0) facts.firstInterval = index;
      }
    }
    if (!alone && observation.seriesBreak !== undefined && observation.seriesBreak !== false) {
      flag |= BREAK_BEFORE;
      if (index > 0) facts.breaks.push(index);
    }
    flags[index] = flag;
  }
  facts.low = low;
  facts.high = high;
  return { columns: { times, values, flags, lower, upper }, facts };
}

/**
 * A point of a series. A class, not an object literal with a getter: 30,000
 * daily points share one prototype instead of a closure each, and the period
 * is put in words only when read (notes, keyboard, table). Its time is worked
 * out when read, too: a number field holds a box of its own.
 */
class SeriesPoint implements ChartPoint {
  constructor(
    readonly series: number,
    readonly index: number,
    private readonly parsed: ParsedPeriod,
    readonly value: number | null,
    readonly status: Status,
    readonly reason: string,
    readonly ci: ChartPoint['ci'],
    readonly n: number | undefined,
    readonly breakBefore: string | undefined,
    readonly synthetic: boolean,
    private readonly lang: Lang,
  ) {}

  get period(): string {
    return this.parsed.text;
  }

  get time(): number {
    return periodMidpoint(this.parsed);
  }

  get periodLabel(): string {
    return formatPeriod(this.period, this.lang);
  }
}

function toPoints(source: PointSource): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (let index = 0; index < source.observations.length; index += 1) points.push(toPoint(source, index));
  return points;
}

/** The point at `index` of a series; made again on each call. */
function toPoint(source: PointSource, index: number): SeriesPoint {
  const { series, lang, placeholder } = source;
  const observation = source.observations[index]!;
  const value = drawnValue(observation);
  const ci = value !== null && observation.ci ? { lower: observation.ci.lower, upper: observation.ci.upper, level: observation.ci.level ?? 0.95 } : undefined;
  return new SeriesPoint(
    series,
    index,
    // Parsed before, so a period: the parse is looked up, not made again.
    parsePeriod(observation.period)!,
    value,
    // A value the document gave without a status that allows it is a gap too.
    value === null && !GAP_STATUSES.has(observation.status) ? 'missing' : observation.status,
    placeholder ?? (observation.statusReason === undefined ? '' : localize(observation.statusReason, lang)),
    ci,
    // The n of a suppressed value can give it away: it is not passed on.
    observation.status === 'suppressed' ? undefined : observation.n,
    source.alone || observation.seriesBreak === undefined ? undefined : breakText(observation.seriesBreak, lang),
    placeholder !== undefined,
    lang,
  );
}

function distributionModel(dataset: MonitorDataset, selection: Selection, statements: PanelStatement[], lang: Lang): DistributionModel | EmptyModel {
  const text = strings(lang);
  const common = commonStrings[lang];
  // The latest period with statements; earlier rounds are for a line chart of the indicator.
  const latestStart = Math.max(...statements.map((statement) => parsePeriod(statement.period)?.start ?? -Infinity));
  const shown = statements.filter((statement) => parsePeriod(statement.period)?.start === latestStart);
  const periods = [...new Set(shown.map((statement) => statement.period))];
  // Panel statements belong to no area: the caption names the panel instead.
  const unit = selection.indicator.unit === 'distribution' ? unitLabel(selection.indicator, lang) : text.panelAnswers;
  const baseModel = { ...base(dataset, { ...selection, areas: [] }, lang, periods, unit), areas: selection.areas };
  if (!shown.length) return { ...baseModel, kind: 'empty', message: text.emptyStatements(baseModel.title) };
  let reach = 0;
  const threshold = dataset.privacyThreshold;
  const views = shown.map((statement): StatementView => {
    const count = statement.categories.length;
    let neutralIndex = statement.neutral ? statement.categories.findIndex((category) => category.id === statement.neutral) : -1;
    // Without a neutral category an odd middle one still straddles the centre.
    if (neutralIndex < 0 && count % 2 === 1) neutralIndex = (count - 1) / 2;
    const negativeCount = neutralIndex >= 0 ? neutralIndex : count / 2;
    const categories = statement.categories.map((category, index): CategoryView => {
      const side = index === neutralIndex ? 'neutral' : index < negativeCount ? 'negative' : 'positive';
      const distance = side === 'negative' ? negativeCount - index : side === 'positive' ? index - (neutralIndex >= 0 ? neutralIndex : negativeCount - 1) : 0;
      const outer = side === 'negative' ? negativeCount : side === 'positive' ? count - (neutralIndex >= 0 ? neutralIndex + 1 : negativeCount) : 1;
      // The outermost category gets the strongest shade.
      const shade = side === 'neutral' ? 0 : Math.max(1, Math.min(3, outer - distance + 1));
      return { id: category.id, label: localize(category.label, lang), side, shade };
    });
    const responses = [...statement.responses].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    // Too few answers in a role (and so in total, when every role has too few) can point at a person: named, not shown.
    const withheld = responses.filter((response) => !enoughAnswers(response.n, threshold)).map((response) => ({ role: response.role, label: common.rolesPlural[response.role] }));
    const rows = responses
      .filter((response) => enoughAnswers(response.n, threshold))
      .map((response): RoleRow => {
        const n = response.n;
        const shares = categories.map((category) => {
          const answered = answerCount(response.counts, category.id);
          return { category, count: answered, share: n > 0 ? (answered / n) * 100 : 0 };
        });
        const left = shares.filter((entry) => entry.category.side === 'negative').reduce((sum, entry) => sum + entry.share, 0) + (shares.find((entry) => entry.category.side === 'neutral')?.share ?? 0) / 2;
        let x = -left;
        const segments = shares.map((entry): SegmentView => {
          const segment = { ...entry, x1: x, x2: x + entry.share };
          x += entry.share;
          return segment;
        });
        reach = Math.max(reach, left, x);
        return { role: response.role, label: common.rolesPlural[response.role], n, responseRate: response.responseRate, segments };
      });
    return {
      id: statement.id,
      text: localize(statement.statement, lang),
      period: statement.period,
      periodLabel: formatPeriod(statement.period, lang),
      categories,
      hasNeutral: categories.some((category) => category.side === 'neutral'),
      rows,
      withheld,
      withheldReason: text.fewAnswers(formatNumber(threshold, lang)),
    };
  });
  let summary = localize(selection.indicator.summary, lang);
  if (!summary) {
    summary = views
      .map((view) =>
        text.distributionSummary(
          view.text.replace(/[.!?]+$/, ''),
          listFormat(
            [
              ...view.rows.map((row) => text.distributionPart(row.label, formatPercent(row.segments.filter((segment) => segment.category.side === 'positive').reduce((sum, segment) => sum + segment.share, 0), lang))),
              ...view.withheld.map((role) => text.distributionPart(role.label, `(${view.withheldReason})`)),
            ],
            lang,
          ),
        ),
      )
      .join(' ');
  }
  return { ...baseModel, kind: 'distribution', summary, statements: views, reach: Math.min(100, Math.ceil(reach / 10) * 10) };
}

export function formatPercent(share: number, lang: Lang, decimals = 0): string {
  return formatValue(share, { unit: 'percent', decimals }, lang);
}

/** An interval level (0.95) as a reader says it: "95%", "99,9%". */
export function formatLevel(level: number, lang: Lang): string {
  const percent = Math.round(level * 1000) / 10;
  return formatPercent(percent, lang, Number.isInteger(percent) ? 0 : 1);
}

// ---------------------------------------------------------------------------
// Reading the points: one row per series (or per respondent group), one item per value.

export interface NavItem {
  /** What the live region says. */
  readonly text: string;
  /** The series or row. */
  row: number;
  /** Position within the row. */
  item: number;
  /** For line charts: where the item sits on the time axis, to move between series at the same period. */
  time: number | undefined;
  period: string | undefined;
  area: string | undefined;
  value: number | null;
  status: Status | undefined;
}

export interface NavRow {
  label: string;
  items: NavItem[];
}

/** The value of a point as the live region and the table say it: "12,3% (voorlopig), 95%-interval 11,0% tot 13,6%, n = 240". */
export function describeValue(point: ChartPoint, indicator: Indicator, lang: Lang): string {
  const text = strings(lang);
  if (point.value === null) return `${text.noValue} (${text.status[point.status]}${point.reason ? `: ${point.reason}` : ''})`;
  const status = point.status === 'final' ? '' : ` (${text.status[point.status]}${point.reason ? `: ${point.reason}` : ''})`;
  const parts = [`${formatValue(point.value, indicator, lang)}${status}`];
  if (point.ci) parts.push(text.intervalRange(formatLevel(point.ci.level, lang), formatValue(point.ci.lower, indicator, lang), formatValue(point.ci.upper, indicator, lang)));
  if (point.n !== undefined) parts.push(text.n(formatNumber(point.n, lang)));
  return parts.join(', ');
}

export function navRows(model: ChartModel): NavRow[] {
  const text = strings(model.lang);
  if (model.kind === 'empty') return [];
  if (model.kind === 'distribution') {
    const rows: NavRow[] = [];
    model.statements.forEach((statement) => {
      for (const row of statement.rows) {
        const index = rows.length;
        const rate = row.responseRate === undefined ? '' : formatPercent(row.responseRate * 100, model.lang);
        const rowLabel = text.roleRow(row.label, formatNumber(row.n, model.lang), rate);
        rows.push({
          label: rowLabel,
          items: row.segments.map((segment, item) => ({
            text: `${rowLabel}, "${statement.text}": ${text.segment(formatPercent(segment.share, model.lang), segment.category.label, formatNumber(segment.count, model.lang), formatNumber(row.n, model.lang))}`,
            row: index,
            item,
            time: undefined,
            period: statement.period,
            area: undefined,
            value: segment.share,
            status: undefined,
          })),
        });
      }
    });
    return rows;
  }
  return model.series.map((series, row) => ({
    label: series.label,
    items: series.points.map((point, item) => ({
      // Said only when reached: 30,000 points need not all be put in words up front.
      get text() {
        return text.pointPeriodValue(series.label, point.periodLabel, describeValue(point, model.indicator, model.lang));
      },
      row,
      item,
      time: point.time,
      period: point.period,
      area: series.area,
      value: point.value,
      status: point.status,
    })),
  }));
}

/** The item a key press moves to, or undefined when the key does not move. */
export function moveFocus(rows: NavRow[], current: { row: number; item: number } | undefined, key: string): { row: number; item: number } | undefined {
  if (!rows.length) return undefined;
  if (!current) {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key)) return undefined;
    // The first key shows the latest value of the first series.
    const row = rows[0]!;
    if (key === 'Home') return { row: 0, item: 0 };
    return { row: 0, item: Math.max(0, row.items.length - 1) };
  }
  const row = rows[current.row];
  if (!row) return undefined;
  const last = row.items.length - 1;
  const page = Math.max(1, Math.round(row.items.length / 10));
  // A chart with one row of single items (bars) reads up and down like left and right.
  const single = rows.every((entry) => entry.items.length <= 1);
  switch (key) {
    case 'ArrowLeft':
      return single ? vertical(rows, current, -1) : { row: current.row, item: Math.max(0, current.item - 1) };
    case 'ArrowRight':
      return single ? vertical(rows, current, 1) : { row: current.row, item: Math.min(last, current.item + 1) };
    case 'PageUp':
      return { row: current.row, item: Math.max(0, current.item - page) };
    case 'PageDown':
      return { row: current.row, item: Math.min(last, current.item + page) };
    case 'Home':
      return { row: current.row, item: 0 };
    case 'End':
      return { row: current.row, item: Math.max(0, last) };
    case 'ArrowUp':
      return vertical(rows, current, -1);
    case 'ArrowDown':
      return vertical(rows, current, 1);
    default:
      return undefined;
  }
}

function vertical(rows: NavRow[], current: { row: number; item: number }, step: number): { row: number; item: number } {
  const target = Math.min(rows.length - 1, Math.max(0, current.row + step));
  if (target === current.row) return current;
  const from = rows[current.row]!.items[current.item];
  const items = rows[target]!.items;
  if (!items.length) return current;
  // Same period in the other series when it has one; else the nearest in time; else the same position.
  if (from?.time !== undefined) {
    let best = 0;
    let distance = Infinity;
    items.forEach((item, index) => {
      const gap = Math.abs((item.time ?? 0) - from.time!);
      if (gap < distance) {
        distance = gap;
        best = index;
      }
    });
    return { row: target, item: best };
  }
  return { row: target, item: Math.min(items.length - 1, current.item) };
}
