/** What identifies an item of a monitor document: the id field of each collection, and an observation's key. */
import type { Observation } from './types.generated.js';

/** Each collection of items with an id, and the field that holds it. */
export const ID_COLLECTIONS = [
  ['topics', 'id'],
  ['areas', 'code'],
  ['breakdowns', 'id'],
  ['indicators', 'id'],
  ['panelStatements', 'id'],
  ['interpretations', 'id'],
  ['quotes', 'id'],
  ['spotlights', 'id'],
  ['narratives', 'id'],
] as const;

export type IdCollection = (typeof ID_COLLECTIONS)[number][0];

/** A breakdown as a stable text, whatever the order of its fields: `[["age","12-17"]]`; '' for none. */
export function breakdownKey(breakdown: Observation['breakdown'] | Record<string, unknown> | undefined): string {
  return breakdown && Object.keys(breakdown).length ? JSON.stringify(Object.entries(breakdown).sort()) : '';
}

/** One observation per indicator, area, period and breakdown: this is its key. */
export function observationKey(observation: { indicator?: unknown; area?: unknown; period?: unknown; breakdown?: Observation['breakdown'] | Record<string, unknown> }): string {
  return `${String(observation.indicator)}|${String(observation.area)}|${String(observation.period)}|${breakdownKey(observation.breakdown)}`;
}
