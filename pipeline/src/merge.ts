/**
 * `merge`: several monitor documents into one, with the semantics the
 * elements use when they read several documents (src/data/dataset.ts): an id
 * defined twice keeps its first definition, an observation given twice (same
 * indicator, area, period and breakdown) keeps the first. Every conflict is
 * reported. Items keep the audience they had: an item of a stricter document
 * is marked with that audience, so merging never widens who may see it.
 */
import type { Audience, MonitorDocument, Observation } from 'stroomop-monitor-elements/format';
import { ID_COLLECTIONS, observationKey } from 'stroomop-monitor-elements/format';
import { DEFAULT_PRIVACY_THRESHOLD, type LocalizedMessage } from 'stroomop-monitor-elements/format';
import { mayGoTo, stricter } from './document.js';

export interface MergeInput {
  document: MonitorDocument;
  source: string;
}

export interface MergeOptions {
  /** The audience of the merged document (default: the strictest of the inputs); items above it are left out. */
  audience?: Audience;
  title?: string;
  published?: string;
  release?: string;
}

export interface MergeReport {
  conflicts: { source: string; path: string; message: LocalizedMessage }[];
  withheld: number;
  counts: Record<string, number>;
}

const COLLECTIONS = ID_COLLECTIONS;

type Collection = (typeof COLLECTIONS)[number][0];
type Item = { audience?: Audience } & Record<string, unknown>;

export { observationKey };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeDocuments(inputs: MergeInput[], options: MergeOptions = {}): { document: MonitorDocument; report: MergeReport } {
  const first = inputs[0];
  if (!first) throw new Error('merge needs at least one document');
  const target = options.audience ?? inputs.map((input) => input.document.meta.audience).reduce(stricter);
  const report: MergeReport = { conflicts: [], withheld: 0, counts: {} };
  const merged: Partial<Record<Collection, Item[]>> = {};
  const seen = new Map<string, Map<string, { item: Item; source: string }>>();
  const observations: Observation[] = [];
  const seenObservations = new Map<string, { observation: Observation; source: string }>();

  /** The item's own audience, else its document's; marked when it differs from the merged document's. */
  const place = <T extends { audience?: Audience }>(item: T, documentAudience: Audience): T | undefined => {
    const audience = item.audience ?? documentAudience;
    if (!mayGoTo(audience, target)) {
      report.withheld += 1;
      return undefined;
    }
    if (audience === target) {
      if (item.audience === undefined) return item;
      const copy = { ...item };
      delete copy.audience;
      return copy;
    }
    return { ...item, audience };
  };

  for (const { document, source } of inputs) {
    const documentAudience = document.meta.audience;
    for (const [collection, idField] of COLLECTIONS) {
      const items = (document[collection] ?? []) as unknown as Item[];
      const ids = seen.get(collection) ?? new Map<string, { item: Item; source: string }>();
      seen.set(collection, ids);
      const list = (merged[collection] ??= []);
      for (const item of items) {
        const id = String(item[idField]);
        const earlier = ids.get(id);
        if (earlier) {
          if (!sameJson(earlier.item, item))
            report.conflicts.push({
              source,
              path: `${collection}[${id}]`,
              message: { nl: `"${id}" is ook gedefinieerd in ${earlier.source}, anders; de eerste definitie blijft`, en: `"${id}" is also defined in ${earlier.source}, differently; the first definition stays` },
            });
          continue;
        }
        ids.set(id, { item, source });
        // Topics, areas and breakdowns have no audience of their own.
        const placed = collection === 'topics' || collection === 'areas' || collection === 'breakdowns' ? item : place(item, documentAudience);
        if (placed) list.push(placed);
      }
    }
    for (const observation of document.observations ?? []) {
      const key = observationKey(observation);
      const earlier = seenObservations.get(key);
      if (earlier) {
        if (earlier.observation.value !== observation.value || earlier.observation.status !== observation.status)
          report.conflicts.push({
            source,
            path: `observations[${observation.indicator} ${observation.area} ${observation.period}]`,
            message: {
              nl: `staat ook in ${earlier.source} met waarde ${String(earlier.observation.value)} (${earlier.observation.status}); hier ${String(observation.value)} (${observation.status}); de eerste blijft`,
              en: `also in ${earlier.source} with value ${String(earlier.observation.value)} (${earlier.observation.status}); here ${String(observation.value)} (${observation.status}); the first stays`,
            },
          });
        continue;
      }
      seenObservations.set(key, { observation, source });
      const placed = place(observation, documentAudience);
      if (placed) observations.push(placed);
    }
  }

  // Observations of indicators that were left out go too.
  const indicatorIds = new Set((merged.indicators ?? []).map((indicator) => String(indicator.id)));
  const kept = observations.filter((observation) => {
    if (indicatorIds.has(observation.indicator)) return true;
    report.withheld += 1;
    return false;
  });

  const meta = { ...first.document.meta };
  meta.audience = target;
  meta.privacyThreshold = Math.max(...inputs.map(({ document }) => document.meta.privacyThreshold ?? DEFAULT_PRIVACY_THRESHOLD));
  if (options.title) meta.title = options.title;
  if (options.published) meta.published = options.published;
  if (options.release) meta.release = options.release;
  if (inputs.some(({ document }) => document.meta.illustrative)) meta.illustrative = true;

  const document: MonitorDocument = {
    ...(first.document.$schema ? { $schema: first.document.$schema } : {}),
    formatVersion: inputs.map(({ document }) => document.formatVersion).sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]))[0]!,
    meta,
  };
  for (const [collection] of COLLECTIONS) {
    const list = merged[collection];
    if (list?.length) (document as unknown as Record<string, unknown>)[collection] = list;
    report.counts[collection] = list?.length ?? 0;
  }
  document.observations = kept;
  report.counts.observations = kept.length;
  return { document, report };
}
