/** The whole library: every element defined, plus the format's types, validator and helpers. */
export { StroomopIndicatorChart } from './components/indicator-chart/indicator-chart.js';
export type { StroomopPointFocusDetail, StroomopPointFocusEvent } from './components/indicator-chart/indicator-chart.js';
export { StroomopInterpretationNote } from './components/interpretation-note/interpretation-note.js';
export { StroomopSpotlight } from './components/spotlight/spotlight.js';
export type { StroomopMonthChangeDetail, StroomopMonthChangeEvent } from './components/spotlight/spotlight.js';
export { StroomopQuoteStream } from './components/quote-stream/quote-stream.js';
export type { StroomopQuoteChangeDetail, StroomopQuoteChangeEvent } from './components/quote-stream/quote-stream.js';
export { StroomopNarrativePanel } from './components/narrative-panel/narrative-panel.js';
export type { StroomopConsentDetail, StroomopConsentEvent } from './components/narrative-panel/narrative-panel.js';
export { StroomopMonitorView } from './components/monitor-view/monitor-view.js';

export * from './format/types.generated.js';
export type { MonitorViewDefinition, Section as MonitorViewSection } from './view/view-model.js';
export { validateView } from './view/view-model.js';
export { validateDocument, validateDocuments, formatIssue, FORMAT_MAJOR, FORMAT_MINOR, DEFAULT_PRIVACY_THRESHOLD } from './format/validate.js';
export type { ValidationIssue, ValidationResult, DocumentInput, LocalizedMessage } from './format/validate.js';
export { combineDocuments, areaLineage, type MonitorDataset } from './data/dataset.js';
export { loadDataset, datasetFrom, parseSrc } from './data/loader.js';
export { summarizeIndicator, summarySentence, compareObservations } from './data/summary.js';
export { formatPeriod, parsePeriod, comparePeriods } from './format/period.js';
export { formatValue, formatNumber, formatChange } from './format/number.js';
export { MonitorElement } from './base/monitor-element.js';
export type { StroomopLoadEvent, StroomopErrorEvent, StroomopLoadDetail, StroomopErrorDetail } from './base/events.js';
