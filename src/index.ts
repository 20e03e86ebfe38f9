/** The whole library: every element defined, plus the format's types, validator and helpers. */
export * from './format/types.generated.js';
export { validateDocument, validateDocuments, formatIssue, FORMAT_MAJOR, FORMAT_MINOR, DEFAULT_PRIVACY_THRESHOLD } from './format/validate.js';
export type { ValidationIssue, ValidationResult, DocumentInput, LocalizedMessage } from './format/validate.js';
export { combineDocuments, areaLineage, type MonitorDataset } from './data/dataset.js';
export { loadDataset, datasetFrom, parseSrc } from './data/loader.js';
export { formatPeriod, parsePeriod, comparePeriods } from './format/period.js';
export { formatValue, formatNumber, formatChange } from './format/number.js';
export { MonitorElement } from './base/monitor-element.js';
export type { StroomopLoadEvent, StroomopErrorEvent, StroomopLoadDetail, StroomopErrorDetail } from './base/events.js';
