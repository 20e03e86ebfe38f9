/**
 * Combines one or more validated monitor documents into one dataset that the
 * elements read: items keyed by id, observations together, only what the
 * audience may see, relative URLs made absolute against their document.
 * Pure data code: no DOM.
 */
import type {
  Area,
  Audience,
  Breakdown,
  Indicator,
  Interpretation,
  Meta,
  MonitorDocument,
  Narrative,
  Observation,
  PanelStatement,
  Quote,
  Spotlight,
  Topic,
} from '../format/types.generated.js';
import { DEFAULT_PRIVACY_THRESHOLD } from '../format/problems.js';
import { gateUrl } from '../format/text.js';
import { observationKey } from '../format/identity.js';

export interface SourcedDocument {
  document: MonitorDocument;
  /** The URL the document came from; relative URLs inside it resolve against it. */
  source?: string;
}

export interface MonitorDataset {
  documents: SourcedDocument[];
  meta: Meta;
  /** The most specific area the documents are about (an organisation before its region before the nation). */
  homeArea: string | undefined;
  privacyThreshold: number;
  topics: Map<string, Topic>;
  areas: Map<string, Area>;
  breakdowns: Map<string, Breakdown>;
  indicators: Map<string, Indicator>;
  observations: Observation[];
  panelStatements: PanelStatement[];
  interpretations: Interpretation[];
  quotes: Quote[];
  spotlights: Spotlight[];
  narratives: Narrative[];
}

const AUDIENCE_RANK: Record<Audience, number> = { public: 0, network: 1, internal: 2 };
const LEVEL_DEPTH: Record<Area['level'], number> = { national: 0, province: 1, 'youth-care-region': 2, municipality: 3, organisation: 4, team: 5 };

export function mayShow(itemAudience: Audience | undefined, documentAudience: Audience, allowed: Audience): boolean {
  return AUDIENCE_RANK[itemAudience ?? documentAudience] <= AUDIENCE_RANK[allowed];
}

/**
 * Every URL of the document through the gate, relative ones made absolute against the document's
 * own URL. A URL the gate refuses becomes empty, which no element makes a link or a medium of: the
 * validator has warned about it at its path, and the rest of the document is shown.
 */
function resolveUrls(document: MonitorDocument, base: string | undefined): MonitorDocument {
  const url = (value: string) => gateUrl(value, base) ?? '';
  return {
    ...document,
    indicators: document.indicators?.map((indicator) => ({
      ...indicator,
      sources: indicator.sources.map((source) => (source.url === undefined ? source : { ...source, url: url(source.url) })),
    })),
    spotlights: document.spotlights?.map((spotlight) => ({
      ...spotlight,
      resources: spotlight.resources?.map((resource) => ({ ...resource, url: url(resource.url) })),
    })),
    narratives: document.narratives?.map((narrative) => ({
      ...narrative,
      poster: url(narrative.poster),
      video:
        narrative.video.kind === 'file'
          ? { ...narrative.video, src: url(narrative.video.src), captions: narrative.video.captions.map((track) => ({ ...track, src: url(track.src) })) }
          : narrative.video,
    })),
  };
}

/** The count a value rests on: its n, or the denominator of a share, whichever is smaller. */
export function countBase(observation: Pick<Observation, 'n' | 'denominator'>): number | undefined {
  const { n, denominator } = observation;
  return n === undefined ? denominator : denominator === undefined ? n : Math.min(n, denominator);
}

/** Whether a panel role's answers may be shown: at least the threshold of answers, in the chart and the spotlight alike. */
export const enoughAnswers = (n: number, threshold: number): boolean => n > 0 && n >= threshold;

/** The answers in a category; a category named `constructor` or `__proto__` is a category like any other. */
export const answerCount = (counts: PanelStatement['responses'][number]['counts'], category: string): number => (Object.hasOwn(counts, category) ? (counts[category] ?? 0) : 0);

/** A value below the threshold of the documents read together (the highest of them) is withheld, and says why. */
function withheld(observation: Observation, threshold: number): Observation {
  // Nothing that gives the value away goes with it: no n, numerator, denominator or interval.
  const { indicator, area, period, breakdown, seriesBreak, audience } = observation;
  return {
    indicator, area, period, value: null, status: 'suppressed',
    statusReason: { nl: `minder dan ${threshold} (privacydrempel)`, en: `fewer than ${threshold} (privacy threshold)` },
    ...(breakdown && { breakdown }), ...(seriesBreak !== undefined && { seriesBreak }), ...(audience && { audience }),
  };
}

/**
 * Combines documents; an id defined twice keeps its first definition (the
 * earlier document wins). Observations are matched across documents only: a
 * single document's duplicates are the validator's to report.
 */
export function combineDocuments(sourced: SourcedDocument[], audience: Audience = 'public'): MonitorDataset {
  const first = sourced[0];
  if (!first) throw new Error('combineDocuments needs at least one document');
  const threshold = Math.max(...sourced.map(({ document }) => document.meta.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD));
  const dataset: MonitorDataset = {
    documents: sourced,
    meta: first.document.meta,
    homeArea: undefined,
    privacyThreshold: threshold,
    topics: new Map(),
    areas: new Map(),
    breakdowns: new Map(),
    indicators: new Map(),
    observations: [],
    panelStatements: [],
    interpretations: [],
    quotes: [],
    spotlights: [],
    narratives: [],
  };
  const seen = new Map<string, Set<string>>();
  const once = (collection: string, id: string) => {
    const ids = seen.get(collection) ?? new Set<string>();
    seen.set(collection, ids);
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  };
  const seenObservations = new Set<string>();
  const acrossDocuments = sourced.length > 1;
  for (const { document: original, source } of sourced) {
    const document = resolveUrls(original, source);
    const documentAudience = document.meta.audience;
    const visible = (item: { audience?: Audience }) => mayShow(item.audience, documentAudience, audience);
    for (const topic of document.topics ?? []) if (once('topics', topic.id)) dataset.topics.set(topic.id, topic);
    for (const area of document.areas ?? []) if (once('areas', area.code)) dataset.areas.set(area.code, area);
    for (const breakdown of document.breakdowns ?? []) if (once('breakdowns', breakdown.id)) dataset.breakdowns.set(breakdown.id, breakdown);
    for (const indicator of document.indicators ?? []) if (visible(indicator) && once('indicators', indicator.id)) dataset.indicators.set(indicator.id, indicator);
    const observations = document.observations ?? [];
    // Indexed: see eslint.config.js.
    for (let at = 0; at < observations.length; at += 1) {
      let observation = observations[at]!;
      if (!visible(observation)) continue;
      // An n that is not its denominator: which count is it? Left out; the validator warned at its path.
      if (observation.n !== undefined && observation.denominator !== undefined && observation.n !== observation.denominator) continue;
      if (observation.value !== null) {
        const count = countBase(observation);
        if (count !== undefined && count < threshold) observation = withheld(observation, threshold);
      }
      if (acrossDocuments) {
        const key = observationKey(observation);
        if (seenObservations.has(key)) continue;
        seenObservations.add(key);
      }
      dataset.observations.push(observation);
    }
    const collect = <T extends { id: string; audience?: Audience }>(name: string, items: T[] | undefined, into: T[]) => {
      for (const item of items ?? []) if (visible(item) && once(name, item.id)) into.push(item);
    };
    collect('panelStatements', document.panelStatements, dataset.panelStatements);
    collect('interpretations', document.interpretations, dataset.interpretations);
    collect('quotes', document.quotes, dataset.quotes);
    collect('spotlights', document.spotlights, dataset.spotlights);
    collect('narratives', document.narratives, dataset.narratives);
  }
  const homeAreas = sourced.map(({ document }) => document.meta.area).filter((code): code is string => !!code && dataset.areas.has(code));
  dataset.homeArea = homeAreas.sort((a, b) => LEVEL_DEPTH[dataset.areas.get(b)!.level] - LEVEL_DEPTH[dataset.areas.get(a)!.level])[0];
  return dataset;
}

/** The area and its ancestors, nearest first: [organisation, region, nation]. */
export function areaLineage(dataset: Pick<MonitorDataset, 'areas'>, code: string): string[] {
  const lineage: string[] = [];
  let current: string | undefined = code;
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    current = dataset.areas.get(current)?.parent;
  }
  return lineage;
}
