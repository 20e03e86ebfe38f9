/**
 * `convert`: CSV files and a mapping in, one monitor document and a report
 * out. The steps: read and check every row (rejects keep their line number),
 * aggregate (records: through an engine), roll up along areas and periods,
 * protect privacy (suppression, complementary suppression, rounding), build
 * the observations, keep what the audience may see, account for every row,
 * and validate the document.
 */
import type { Area, Audience, MonitorDocument, Observation, Source } from 'stroomop-monitor-elements/format';
import { DEFAULT_PRIVACY_THRESHOLD, validateDocuments, type LocalizedMessage, type ValidationIssue } from 'stroomop-monitor-elements/format';
import { CellTable, findRelations, type Breakdown, type Cell, type Stats } from './cells.js';
import { cbsRegionLevel } from './cbs.js';
import { CsvReader, type CsvSource } from './csv.js';
import { assembleDocument, baseAudience, observationAudience } from './document.js';
import { createEngine } from './engines/index.js';
import { decodeGroups, type EngineName, type GroupRow } from './engines/spec.js';
import type { AreaLevel, Mapping } from './mapping.js';
import { observe, planIndicator, type IndicatorPlan } from './observe.js';
import { containingPeriod } from './periods.js';
import { applyPrivacy } from './privacy.js';
import { areaResolver, newBatch, planRecords, recordNormaliser, type RecordPlan, type Rejection } from './records.js';
import { tableRowReader } from './tables.js';

export interface ConvertOptions {
  mapping: Mapping;
  inputs: CsvSource[];
  engine?: EngineName;
  /** Who the document is for (default: the mapping's document audience, else public). */
  audience?: Audience;
  threshold?: number;
  rounding?: number;
  /** YYYY-MM-DD; default the mapping's, else today. */
  published?: string;
  /** Called as bytes are read: done and total of all inputs. */
  onProgress?: (done: number, total: number) => void;
}

export interface SuppressedCell {
  indicator: string;
  area: string;
  period: string;
  breakdown?: Breakdown;
  /** primary: below the threshold; complementary: to protect another; source: suppressed in the input. */
  why: 'primary' | 'complementary' | 'source';
}

export interface ConvertReport {
  kind: Mapping['kind'];
  engine?: EngineName;
  audience: Audience;
  threshold: number;
  rounding?: number;
  inputs: { file: string; rows: number; blankLines: number; encoding: string; delimiter: string }[];
  rows: { read: number; used: number; suppressed: number; withheld: number; rejected: number; ignored: number };
  rejected: Rejection[];
  ignored: Rejection[];
  /** Cells in the written document (published, suppressed, missing), left out for the audience (withheld), and over all cells: suppressed below the threshold (primary), as complement, or in the source. */
  cells: { total: number; published: number; suppressed: number; primary: number; complementary: number; source: number; missing: number; withheld: number };
  suppressedCells: SuppressedCell[];
  warnings: LocalizedMessage[];
}

export interface ConvertResult {
  document: MonitorDocument;
  report: ConvertReport;
  issues: ValidationIssue[];
  valid: boolean;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

interface Hierarchy {
  areas: Map<string, Area>;
  parentOf: (code: string) => string | undefined;
  /** The area and the ancestors its figures roll up into. */
  targets: (code: string) => string[];
}

function hierarchy(mapping: Mapping): Hierarchy {
  const areas = new Map((mapping.areas ?? []).map((area) => [area.code, area]));
  const setting = mapping.rollUp ?? mapping.kind === 'records';
  const levels: Set<AreaLevel> | undefined = Array.isArray(setting) ? new Set(setting) : undefined;
  const parentOf = (code: string) => areas.get(code)?.parent;
  const cache = new Map<string, string[]>();
  const targets = (code: string): string[] => {
    let result = cache.get(code);
    if (result) return result;
    result = [code];
    if (setting !== false) {
      let current = parentOf(code);
      const seen = new Set([code]);
      while (current && !seen.has(current)) {
        seen.add(current);
        const level = areas.get(current)?.level;
        if (!levels || (level && levels.has(level))) result.push(current);
        current = parentOf(current);
      }
    }
    cache.set(code, result);
    return result;
  };
  return { areas, parentOf, targets };
}

const decimalFor = (mapping: Mapping, delimiter: string): ',' | '.' => mapping.csv?.decimal ?? (delimiter === ';' ? ',' : '.');

interface Progress {
  done: number[];
  total: number;
  report: (index: number, bytes: number) => void;
}

function progress(inputs: CsvSource[], onProgress: ConvertOptions['onProgress']): Progress {
  const done = inputs.map(() => 0);
  const total = inputs.reduce((sum, input) => sum + (input.size ?? 0), 0);
  return {
    done,
    total,
    report(index, bytes) {
      done[index] = bytes;
      onProgress?.(done.reduce((a, b) => a + b, 0), total);
    },
  };
}

/** Records: stream every row through the normaliser into the engine; returns the groups. */
async function aggregateRecords(options: ConvertOptions, plan: RecordPlan, context: { hierarchy: Hierarchy }, report: ConvertReport, tracker: Progress): Promise<GroupRow<string | null>[]> {
  const { mapping } = options;
  const areas = areaResolver(mapping, (code) => context.hierarchy.areas.has(code));
  let roundings = 0;
  async function* batches() {
    for (const [index, source] of options.inputs.entries()) {
      const reader = new CsvReader(source, { delimiter: mapping.csv?.delimiter ?? 'auto', encoding: mapping.csv?.encoding ?? 'auto', onBytes: (bytes) => { tracker.report(index, bytes); } });
      let normaliser: ReturnType<typeof recordNormaliser> | undefined;
      let rows = 0;
      for await (const records of reader.batches()) {
        const header = reader.header!;
        normaliser ??= recordNormaliser(mapping, plan, header.names, source.name, areas, decimalFor(mapping, header.delimiter));
        const batch = newBatch(plan.spec, records.length);
        for (const record of records) {
          rows += 1;
          const rejection = normaliser.normalise(record, batch, batch.size);
          if (rejection) report.rejected.push(rejection);
          else batch.size += 1;
        }
        if (batch.size) yield batch;
      }
      roundings += normaliser?.roundings.count ?? 0;
      report.rows.read += rows;
      const header = reader.header!;
      report.inputs.push({ file: source.name, rows, blankLines: reader.blankLines, encoding: header.encoding, delimiter: header.delimiter });
    }
  }
  const engine = await createEngine(options.engine ?? 'arquero');
  report.engine = engine.name;
  const groups = decodeGroups(await engine.aggregate(plan.spec, batches()), plan.dictionaries.map((dictionary) => dictionary.values));
  if (roundings)
    report.warnings.push({
      nl: `${roundings} waarden hadden meer decimalen dan de ingestelde precisie en zijn afgerond (precision in het mappingbestand)`,
      en: `${roundings} values had more decimals than the set precision and were rounded (precision in the mapping file)`,
    });
  return groups;
}

interface GroupTarget {
  plan: IndicatorPlan;
  n: number;
  key: { area: string; period: string; breakdown: Breakdown | undefined };
}

/** Every cell a group adds to: its area and the areas it rolls up into, its period and the coarser ones, the total and each breakdown category. */
function forEachTarget(group: GroupRow<string | null>, plan: RecordPlan, h: Hierarchy, visit: (target: GroupTarget, stats: Stats) => void): void {
  const [area, period, ...categories] = group.keys as [string, string, ...(string | null)[]];
  const periods = plan.granularity ? plan.granularity.map((kind) => containingPeriod(period, kind)).filter((item): item is string => item !== undefined) : [period];
  const areas = h.targets(area);
  const m = group.measures;
  for (const slot of plan.indicators) {
    const stats: Stats = { n: m[slot.n]!, sum: slot.sum === undefined ? 0 : m[slot.sum]!, sumsq: slot.sumsq === undefined ? 0 : m[slot.sumsq]!, den: slot.den === undefined ? 0 : m[slot.den]! };
    const breakdowns: (Breakdown | undefined)[] = [undefined];
    categories.forEach((category, index) => {
      const dimension = plan.breakdowns[index]!;
      if (category !== null && (!dimension.indicators || dimension.indicators.includes(slot.plan.id))) breakdowns.push({ [dimension.id]: category });
    });
    for (const target of areas) for (const targetPeriod of periods) for (const breakdown of breakdowns) visit({ plan: slot.plan, n: stats.n, key: { area: target, period: targetPeriod, breakdown } }, stats);
  }
}

export async function convert(options: ConvertOptions): Promise<ConvertResult> {
  const { mapping } = options;
  const threshold = options.threshold ?? mapping.privacy?.threshold ?? DEFAULT_PRIVACY_THRESHOLD;
  const rounding = options.rounding ?? mapping.privacy?.rounding;
  const audience = options.audience ?? baseAudience(mapping);
  const report: ConvertReport = {
    kind: mapping.kind,
    audience,
    threshold,
    ...(rounding ? { rounding } : {}),
    inputs: [],
    rows: { read: 0, used: 0, suppressed: 0, withheld: 0, rejected: 0, ignored: 0 },
    rejected: [],
    ignored: [],
    cells: { total: 0, published: 0, suppressed: 0, primary: 0, complementary: 0, source: 0, missing: 0, withheld: 0 },
    suppressedCells: [],
    warnings: [],
  };
  const h = hierarchy(mapping);
  const tracker = progress(options.inputs, options.onProgress);
  const table = new CellTable();
  const plans = new Map<string, IndicatorPlan>();
  let recordPlan: RecordPlan | undefined;
  let groups: GroupRow<string | null>[] = [];
  /** Table input: the cell each accepted row became. */
  const rowCells: string[] = [];
  const areaNames = new Map<string, string>();
  const autoAreas = new Map<string, Area>();

  if (mapping.kind === 'records') {
    recordPlan = planRecords(mapping);
    for (const slot of recordPlan.indicators) plans.set(slot.plan.id, slot.plan);
    groups = await aggregateRecords(options, recordPlan, { hierarchy: h }, report, tracker);
    for (const group of groups) {
      forEachTarget(group, recordPlan, h, ({ plan, key }, stats) => {
        table.add(plan.id, key.area, key.period, key.breakdown, stats, key.area === group.keys[0] ? 'input' : 'rollup');
      });
    }
  } else {
    for (const indicator of mapping.indicators) plans.set(indicator.id, planIndicator(indicator, mapping.kind));
    const known = (code: string) => h.areas.has(code) || cbsRegionLevel(code) !== undefined;
    const areas = areaResolver(mapping, known);
    for (const [index, source] of options.inputs.entries()) {
      const reader = new CsvReader(source, { delimiter: mapping.csv?.delimiter ?? 'auto', encoding: mapping.csv?.encoding ?? 'auto', onBytes: (bytes) => { tracker.report(index, bytes); } });
      let read: ReturnType<typeof tableRowReader> | undefined;
      let rows = 0;
      for await (const records of reader.batches()) {
        const header = reader.header!;
        read ??= tableRowReader({ mapping, plans: [...plans.values()], table, areas, areaNames, decimal: decimalFor(mapping, header.delimiter) }, header.names, source.name);
        for (const record of records) {
          rows += 1;
          const outcome = read(record);
          if (outcome.rejection) report.rejected.push(outcome.rejection);
          else if (outcome.ignored) report.ignored.push(outcome.ignored);
          else if (outcome.cell) rowCells.push(outcome.cell);
        }
      }
      report.rows.read += rows;
      const header = reader.header!;
      report.inputs.push({ file: source.name, rows, blankLines: reader.blankLines, encoding: header.encoding, delimiter: header.delimiter });
    }
    for (const cell of table.values()) {
      if (!h.areas.has(cell.area) && !autoAreas.has(cell.area)) {
        const level = cbsRegionLevel(cell.area)!;
        autoAreas.set(cell.area, { code: cell.area, name: areaNames.get(cell.area) ?? cell.area, level, cbsCode: cell.area });
        if (!areaNames.has(cell.area))
          report.warnings.push({ nl: `gebied ${cell.area} heeft geen naam: zet het in areas of geef een kolom areaName`, en: `area ${cell.area} has no name: list it in areas or give an areaName column` });
      }
    }
    rollUpTable(table, plans, h);
  }

  // Privacy.
  const cells = table.values();
  const relations = findRelations(cells, h.parentOf);
  // CBS protects its own tables: hiding a figure CBS publishes protects nothing, so complementary suppression is off there by default.
  const outcome = applyPrivacy(cells, relations, { threshold, complementary: mapping.privacy?.complementary ?? mapping.kind !== 'cbs' });
  report.cells.primary = outcome.primary;
  report.cells.complementary = outcome.complementary;
  report.cells.source = cells.filter((cell) => !cell.suppressed && cell.status === 'suppressed').length;

  // Observations with their audience.
  const allAreas: Area[] = [...(mapping.areas ?? []), ...autoAreas.values()];
  const areaMap = new Map(allAreas.map((area) => [area.code, area]));
  const observations: { observation: Observation; audience: Audience; cell: Cell }[] = cells.map((cell) => {
    const plan = plans.get(cell.indicator)!;
    return { cell, observation: observe(cell, plan, { threshold, ...(rounding ? { rounding } : {}) }), audience: observationAudience({ mapping, areas: areaMap }, plan.mapping, cell.area) };
  });
  const defaultSource: Source = mapping.kind === 'cbs' ? { producer: 'cbs', name: 'CBS' } : { producer: 'provider', name: mapping.document.publisher.name };
  const { document, withheld } = assembleDocument({ mapping, areas: allAreas, observations, defaultSource }, { audience, published: options.published ?? mapping.document.published ?? today(), threshold });

  // Accounting: which cells were written, and as what.
  report.cells.total = cells.length;
  report.cells.withheld = withheld;
  const writtenKeys = new Set(document.observations!.map((observation) => keyOfObservation(observation)));
  const published = new Set<string>();
  const suppressed = new Set<string>();
  for (const { cell, observation } of observations) {
    if (!writtenKeys.has(cell.key)) continue;
    if (observation.status === 'suppressed') {
      suppressed.add(cell.key);
      report.cells.suppressed += 1;
      report.suppressedCells.push({ indicator: cell.indicator, area: cell.area, period: cell.period, ...(cell.breakdown ? { breakdown: cell.breakdown } : {}), why: cell.suppressed ?? 'source' });
    } else {
      published.add(cell.key);
      if (observation.value === null) report.cells.missing += 1;
      else report.cells.published += 1;
    }
  }
  if (recordPlan) {
    for (const group of groups) {
      const seen = { used: false, hidden: false };
      forEachTarget(group, recordPlan, h, ({ plan, n, key }) => {
        if (seen.used || n === 0) return;
        const cellKey = table.get(plan.id, key.area, key.period, key.breakdown)!.key;
        if (published.has(cellKey)) seen.used = true;
        else if (suppressed.has(cellKey)) seen.hidden = true;
      });
      const rows = group.measures[recordPlan.rows]!;
      if (seen.used) report.rows.used += rows;
      else if (seen.hidden) report.rows.suppressed += rows;
      else report.rows.withheld += rows;
    }
  } else {
    for (const key of rowCells) {
      if (published.has(key)) report.rows.used += 1;
      else if (suppressed.has(key)) report.rows.suppressed += 1;
      else report.rows.withheld += 1;
    }
  }
  report.rows.rejected = report.rejected.length;
  report.rows.ignored = report.ignored.length;
  report.rejected.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));

  const issues = validateDocuments([{ document, source: 'output' }])[0]!.issues;
  return { document, report, issues, valid: !issues.some((issue) => issue.severity === 'error') };
}

function keyOfObservation(observation: Observation): string {
  const breakdown = observation.breakdown && Object.keys(observation.breakdown).length ? (observation.breakdown as Breakdown) : undefined;
  return `${observation.indicator}\u0001${observation.area}\u0001${observation.period}\u0001${breakdown ? Object.keys(breakdown).sort().map((dimension) => `${dimension}=${breakdown[dimension]!}`).join('&') : ''}`;
}

const STATUS_ORDER = ['provisional', 'estimated', 'revised'] as const;

/**
 * Aggregated input: parent areas not in the input get the sum of their
 * children's numerators, denominators and counts (means cannot be summed).
 * A parent is provisional (or estimated, revised) when one of its parts is.
 */
function rollUpTable(table: CellTable, plans: Map<string, IndicatorPlan>, h: Hierarchy): void {
  const inputKeys = new Set(table.cells.keys());
  const statuses = new Map<string, Set<string>>();
  for (const cell of [...table.values()]) {
    if (!cell.stats) continue;
    const plan = plans.get(cell.indicator)!;
    if (plan.measure === 'mean') continue;
    if (cell.status === 'missing' || cell.status === 'not-applicable' || cell.status === 'suppressed') continue;
    for (const area of h.targets(cell.area).slice(1)) {
      const probe = table.get(cell.indicator, area, cell.period, cell.breakdown);
      if (probe && inputKeys.has(probe.key)) continue;
      const target = table.add(cell.indicator, area, cell.period, cell.breakdown, cell.stats, 'rollup');
      const set = statuses.get(target.key) ?? new Set<string>();
      if (cell.status) set.add(cell.status);
      statuses.set(target.key, set);
    }
  }
  for (const [key, set] of statuses) {
    const status = STATUS_ORDER.find((item) => set.has(item));
    const cell = table.cells.get(key)!;
    if (status) cell.status = status;
  }
}
