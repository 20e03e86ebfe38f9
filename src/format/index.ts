/**
 * The format on its own, without any element: types, the validator with its messages, periods, numbers and the
 * identity of an observation. `stroomop-monitor-elements/format`; the pipeline package and any other tool that reads
 * or writes monitor documents import it from here.
 */
export * from './types.generated.js';
export * from './validate.js';
export { ID_COLLECTIONS, breakdownKey, observationKey, type IdCollection } from './identity.js';
export { formatNumber, formatValue, formatChange, unitLabel } from './number.js';
export {
  parsePeriod,
  comparePeriods,
  compareParsedPeriods,
  periodMidpoint,
  formatPeriod,
  formatMonth,
  formatDate,
  DAY_TEXT,
  type PeriodKind,
  type ParsedPeriod,
} from './period.js';
