/**
 * Privacy protection. Primary suppression: a figure based on fewer than the
 * threshold (default 10) is not published. Complementary suppression: a
 * suppressed figure must not be derivable from the figures that are
 * published, so wherever a total and all but one of its parts would be
 * visible, one more part (the smallest) is suppressed too, until every
 * relation has either no hidden member or at least two. Rounding of counts is
 * applied later, to what is published (observe.ts).
 */
import type { Text } from 'stroomop-monitor-elements/format';
import type { Cell, Relation } from './cells.js';

export const SUPPRESSED_REASON: Text = {
  nl: 'Niet gepubliceerd om de privacy te beschermen: te weinig waarnemingen, of anders terug te rekenen uit de andere cijfers.',
  en: 'Not published to protect privacy: too few observations, or it could otherwise be derived from the other figures.',
};

export interface PrivacyOptions {
  threshold: number;
  complementary: boolean;
}

export interface PrivacyOutcome {
  primary: number;
  complementary: number;
}

/** The count the threshold applies to, when the cell has one. */
export function protectedCount(cell: Cell): number | undefined {
  return cell.stats ? cell.stats.n : cell.given?.n;
}

/** Whether the cell would publish a number. */
export function carriesValue(cell: Cell): boolean {
  if (cell.status === 'missing' || cell.status === 'not-applicable' || cell.status === 'suppressed') return false;
  if (cell.stats) return cell.stats.n > 0;
  return typeof cell.given?.value === 'number';
}

type Visibility = 'value' | 'zero' | 'secret' | 'unknown';

function visibility(cell: Cell): Visibility {
  if (cell.suppressed || cell.status === 'suppressed') return 'secret';
  if (carriesValue(cell)) return 'value';
  // Known to be empty: no records at all.
  if (cell.stats?.n === 0) return 'zero';
  return 'unknown';
}

const bySize = (a: Cell, b: Cell) => (protectedCount(a) ?? Infinity) - (protectedCount(b) ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function applyPrivacy(cells: Iterable<Cell>, relations: Relation[], options: PrivacyOptions): PrivacyOutcome {
  const outcome: PrivacyOutcome = { primary: 0, complementary: 0 };
  for (const cell of cells) {
    const n = protectedCount(cell);
    if (n !== undefined && n > 0 && n < options.threshold && carriesValue(cell)) {
      cell.suppressed = 'primary';
      outcome.primary += 1;
    }
  }
  if (!options.complementary) return outcome;
  const suppress = (cell: Cell) => {
    cell.suppressed = 'complementary';
    outcome.complementary += 1;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.parts];
      let secret: Cell | undefined;
      let hidden = 0;
      for (const member of members) {
        const state = visibility(member);
        if (state === 'secret' || state === 'unknown') {
          hidden += 1;
          if (state === 'secret') secret = member;
        }
      }
      // Safe: nothing hidden, or two or more unknowns in this sum.
      if (hidden !== 1 || !secret) continue;
      const candidates = relation.parts.filter((part) => part !== secret && visibility(part) === 'value').sort(bySize);
      if (candidates.length) suppress(candidates[0]!);
      else if (secret !== relation.total && visibility(relation.total) === 'value') suppress(relation.total);
      else {
        const zero = relation.parts.find((part) => part !== secret && visibility(part) === 'zero');
        if (zero) suppress(zero);
        else if (secret !== relation.total && visibility(relation.total) === 'zero') suppress(relation.total);
        else continue;
      }
      changed = true;
    }
  }
  return outcome;
}

/** Rounds a count to a multiple of `base` (nearest), never below the threshold it passed. */
export function roundCount(value: number, base: number | undefined, threshold: number): number {
  if (!base || base <= 1) return value;
  const rounded = Math.round(value / base) * base;
  if (value >= threshold && rounded < threshold) return Math.ceil(threshold / base) * base;
  return rounded;
}
