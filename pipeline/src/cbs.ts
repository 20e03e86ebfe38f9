/**
 * CBS StatLine conventions: the symbols in a table's cells, the codes of the
 * OData v4 `ValueAttribute` column, and region codes.
 *
 * CBS's explanation of symbols ("verklaring van tekens"):
 *   .        the figure is unknown, insufficiently reliable or confidential  → missing
 *   x        confidential (older tables)                                     → suppressed
 *   (blank)  a figure cannot occur for logical reasons                       → not-applicable
 *   -        nil (older tables; between two numbers it means "up to")        → the value 0
 *   0 (0,0)  less than half of the unit: a real number, read as such
 *   *        provisional figure                                              → provisional
 *   **       revised provisional figure ("nader voorlopig"): updated since
 *            the provisional one, not yet final                               → revised
 * The marks `*` and `**` may follow a period (`2024*`) or a value (`123*`),
 * or stand in a status column (`Voorlopig`, `Nader voorlopig`, `Definitief`).
 * OData v4 feeds put the same information in `ValueAttribute`: `None` (no
 * remark), `Impossible` (blank), `Confidential`, `NotAvailable`/`Unknown`
 * (the point). An attribute not in this list makes the row rejected, so a new
 * code is never read silently; the mapping can add codes under `cbs.symbols`.
 */
import type { Text } from 'stroomop-monitor-elements/format';
import type { ObservationStatus } from './mapping.js';

export interface SymbolMeaning {
  status: ObservationStatus;
  reason?: Text;
  /** The value the symbol stands for (nil is 0); otherwise no value. */
  value?: number;
}

export const CBS_SYMBOLS: Readonly<Record<string, SymbolMeaning>> = {
  '.': { status: 'missing', reason: { nl: 'Cijfer onbekend, onvoldoende betrouwbaar of geheim (CBS-teken ".").', en: 'Figure unknown, insufficiently reliable or confidential (CBS symbol ".").' } },
  x: { status: 'suppressed', reason: { nl: 'Geheim (CBS-teken "x").', en: 'Confidential (CBS symbol "x").' } },
  '': { status: 'not-applicable', reason: { nl: 'Een cijfer kan op logische gronden niet voorkomen (CBS: leeg vak).', en: 'A figure cannot occur for logical reasons (CBS: blank cell).' } },
  '-': { status: 'final', value: 0, reason: { nl: 'Nihil (CBS-teken "-").', en: 'Nil (CBS symbol "-").' } },
  '–': { status: 'final', value: 0, reason: { nl: 'Nihil (CBS-teken "-").', en: 'Nil (CBS symbol "-").' } },
};

export const PROVISIONAL: SymbolMeaning = { status: 'provisional', reason: { nl: 'Voorlopig cijfer (CBS-teken "*").', en: 'Provisional figure (CBS symbol "*").' } };
export const REVISED_PROVISIONAL: SymbolMeaning = {
  status: 'revised',
  reason: { nl: 'Nader voorlopig cijfer (CBS-teken "**"): bijgesteld ten opzichte van het voorlopige cijfer, nog niet definitief.', en: 'Revised provisional figure (CBS symbol "**"): updated since the provisional figure, not yet final.' },
};

export const VALUE_ATTRIBUTES: Readonly<Record<string, SymbolMeaning | null>> = {
  none: null,
  impossible: CBS_SYMBOLS['']!,
  confidential: CBS_SYMBOLS.x!,
  notavailable: CBS_SYMBOLS['.']!,
  unknown: CBS_SYMBOLS['.']!,
  '.': CBS_SYMBOLS['.']!,
  x: CBS_SYMBOLS.x!,
  '*': PROVISIONAL,
  '**': REVISED_PROVISIONAL,
};

/** A status as a status column writes it, in Dutch, English or CBS symbols. */
export function readStatus(text: string): SymbolMeaning | undefined | null {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!word) return null;
  switch (word) {
    case 'final':
    case 'definitief':
    case 'def':
    case 'def.':
      return { status: 'final' };
    case 'provisional':
    case 'voorlopig':
    case 'voorl.':
      return { status: 'provisional' };
    case '*':
      return PROVISIONAL;
    case 'revised':
    case 'herzien':
      return { status: 'revised' };
    case 'nader voorlopig':
      return { status: 'revised', reason: { nl: 'Nader voorlopig cijfer: bijgesteld ten opzichte van het voorlopige cijfer, nog niet definitief.', en: 'Revised provisional figure: updated since the provisional figure, not yet final.' } };
    case '**':
      return REVISED_PROVISIONAL;
    case 'estimated':
    case 'geschat':
    case 'schatting':
      return { status: 'estimated' };
    case 'suppressed':
    case 'onderdrukt':
    case 'geheim':
    case 'x':
      return { status: 'suppressed' };
    case 'missing':
    case 'ontbreekt':
    case 'onbekend':
    case '.':
      return { status: 'missing' };
    case 'not-applicable':
    case 'niet van toepassing':
    case 'nvt':
    case 'n.v.t.':
      return { status: 'not-applicable' };
    default:
      return undefined;
  }
}

export type CbsLevel = 'national' | 'province' | 'youth-care-region' | 'municipality';

/** The level of a CBS region code: NL01, PV26, JZ15 (youth-care region), GM0344; undefined for others. */
export function cbsRegionLevel(code: string): CbsLevel | undefined {
  if (/^NL\d{2}$/.test(code)) return 'national';
  if (/^PV\d{2}$/.test(code)) return 'province';
  if (/^JZ\d{2}$/.test(code)) return 'youth-care-region';
  if (/^GM\d{4}$/.test(code)) return 'municipality';
  return undefined;
}
