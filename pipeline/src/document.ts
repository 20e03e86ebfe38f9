/**
 * Putting the monitor document together: meta from the mapping, the
 * indicators, areas and breakdowns the observations use, observations in a
 * stable order, and only what the chosen audience may see. Audience rules:
 * every figure has the most restrictive audience of its indicator and of its
 * area (by code or level); the document for audience A holds the figures
 * whose audience is A or more open, and marks those that are more open.
 */
import type { Area, Audience, Breakdown, Indicator, MonitorDocument, Observation, Source } from 'stroomop-monitor-elements/format';
import { comparePeriods } from 'stroomop-monitor-elements/format';
import type { IndicatorMapping, Mapping } from './mapping.js';

export const AUDIENCE_RANK: Record<Audience, number> = { public: 0, network: 1, internal: 2 };
export const AUDIENCES: readonly Audience[] = ['public', 'network', 'internal'];

export const stricter = (a: Audience, b: Audience): Audience => (AUDIENCE_RANK[a] >= AUDIENCE_RANK[b] ? a : b);
export const mayGoTo = (item: Audience, target: Audience): boolean => AUDIENCE_RANK[item] <= AUDIENCE_RANK[target];

/** The schema's $id: editors that know it validate the written file. */
export const SCHEMA_ID = 'https://stroomop-monitor.nl/schema/monitor-document-1.json';

const PIPELINE_FIELDS = new Set(['measure', 'column', 'true', 'false', 'numerator', 'denominator', 'per', 'precision', 'where', 'codes', 'multiply', 'ciLevel']);

/** The indicator as the format has it, without the pipeline's fields. */
export function formatIndicator(mapping: IndicatorMapping, defaultSource: Source): Indicator {
  const indicator: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(mapping)) if (!PIPELINE_FIELDS.has(key) && value !== undefined) indicator[key] = value;
  if (!Array.isArray(indicator.sources) || !indicator.sources.length) indicator.sources = [defaultSource];
  return indicator as unknown as Indicator;
}

export interface AudienceRulesContext {
  mapping: Mapping;
  areas: Map<string, Area>;
}

/** The base audience: the mapping document's, default public. */
export const baseAudience = (mapping: Mapping): Audience => mapping.document.audience ?? 'public';

export function indicatorAudience(mapping: Mapping, indicator: IndicatorMapping): Audience {
  return stricter(indicator.audience ?? baseAudience(mapping), baseAudience(mapping));
}

export function observationAudience(context: AudienceRulesContext, indicator: IndicatorMapping, area: string): Audience {
  const { mapping, areas } = context;
  let audience = indicatorAudience(mapping, indicator);
  const level = areas.get(area)?.level;
  const byLevel = level ? mapping.audience?.levels?.[level] : undefined;
  if (byLevel) audience = stricter(audience, byLevel);
  const byArea = mapping.audience?.areas?.[area];
  if (byArea) audience = stricter(audience, byArea);
  return audience;
}

export interface AssembleOptions {
  audience: Audience;
  published: string;
  threshold: number;
}

export interface AssembleInput {
  mapping: Mapping;
  /** Every area the observations may use, in document order. */
  areas: Area[];
  /** Observations with their audience, before filtering. */
  observations: { observation: Observation; audience: Audience }[];
  defaultSource: Source;
}

export interface Assembled {
  document: MonitorDocument;
  /** Observations left out because of the audience. */
  withheld: number;
}

export function assembleDocument(input: AssembleInput, options: AssembleOptions): Assembled {
  const { mapping } = input;
  const target = options.audience;
  const areaOrder = new Map(input.areas.map((area, index) => [area.code, index]));
  const areaByCode = new Map(input.areas.map((area) => [area.code, area]));
  const indicatorOrder = new Map(mapping.indicators.map((indicator, index) => [indicator.id, index]));
  const breakdowns = mapping.breakdowns ?? [];
  const breakdownOrder = new Map(breakdowns.map((breakdown, index) => [breakdown.id, index]));
  const categoryOrder = new Map(breakdowns.flatMap((breakdown) => breakdown.categories.map((category, index) => [`${breakdown.id}=${category.id}`, index] as const)));

  const kept: Observation[] = [];
  let withheld = 0;
  for (const { observation, audience } of input.observations) {
    if (!mayGoTo(audience, target)) {
      withheld += 1;
      continue;
    }
    kept.push(audience === target ? observation : { ...observation, audience });
  }
  const breakdownRank = (observation: Observation): number[] => {
    const entries = Object.entries(observation.breakdown ?? {});
    if (!entries.length) return [-1];
    return entries.flatMap(([dimension, category]) => [breakdownOrder.get(dimension) ?? 999, categoryOrder.get(`${dimension}=${category ?? ''}`) ?? 999]);
  };
  const compareRanks = (a: number[], b: number[]) => {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
      const difference = (a[index] ?? -2) - (b[index] ?? -2);
      if (difference) return difference;
    }
    return 0;
  };
  kept.sort(
    (a, b) =>
      (indicatorOrder.get(a.indicator) ?? 0) - (indicatorOrder.get(b.indicator) ?? 0) ||
      (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) ||
      comparePeriods(a.period, b.period) ||
      compareRanks(breakdownRank(a), breakdownRank(b)),
  );

  const usedIndicators = new Set(kept.map((observation) => observation.indicator));
  const indicators = mapping.indicators
    .filter((indicator) => usedIndicators.has(indicator.id))
    .map((indicator) => {
      const audience = indicatorAudience(mapping, indicator);
      const formatted = formatIndicator(indicator, input.defaultSource);
      if (audience === target) delete formatted.audience;
      else formatted.audience = audience;
      return formatted;
    });

  // Areas: those observed, the document's own, and their ancestors.
  const neededAreas = new Set<string>();
  const addWithAncestors = (code: string | undefined) => {
    let current = code;
    while (current && !neededAreas.has(current)) {
      neededAreas.add(current);
      current = areaByCode.get(current)?.parent;
    }
  };
  for (const observation of kept) addWithAncestors(observation.area);
  addWithAncestors(mapping.document.area);
  const areas = input.areas.filter((area) => neededAreas.has(area.code));

  const usedDimensions = new Set(kept.flatMap((observation) => Object.keys(observation.breakdown ?? {})));
  const documentBreakdowns: Breakdown[] = breakdowns
    .filter((breakdown) => usedDimensions.has(breakdown.id))
    .map((breakdown) => ({ id: breakdown.id, name: breakdown.name, categories: breakdown.categories.map((category) => ({ id: category.id, name: category.name })) }));

  const settings = mapping.document;
  const document: MonitorDocument = {
    $schema: SCHEMA_ID,
    formatVersion: '1.0',
    meta: {
      title: settings.title,
      ...(settings.description === undefined ? {} : { description: settings.description }),
      publisher: settings.publisher,
      published: options.published,
      language: settings.language ?? 'nl',
      license: settings.license,
      audience: target,
      ...(settings.area && neededAreas.has(settings.area) ? { area: settings.area } : {}),
      ...(settings.release === undefined ? {} : { release: settings.release }),
      privacyThreshold: options.threshold,
      ...(settings.illustrative === undefined ? {} : { illustrative: settings.illustrative }),
      ...(settings.contact === undefined ? {} : { contact: settings.contact }),
    },
    ...(mapping.topics?.length ? { topics: mapping.topics } : {}),
    areas,
    ...(documentBreakdowns.length ? { breakdowns: documentBreakdowns } : {}),
    indicators,
    observations: kept,
  };
  return { document, withheld };
}
