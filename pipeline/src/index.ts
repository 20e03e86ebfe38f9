/**
 * The pipeline as a library, for scripts that convert, merge or compare monitor documents without the command line.
 * The command line (`stroomop-monitor`, src/main.ts) is built on the same functions.
 */
export { convert, type ConvertOptions, type ConvertReport, type ConvertResult, type SuppressedCell } from './convert.js';
export { mergeDocuments } from './merge.js';
export { diffDocuments, type DiffOptions, type DiffResult, type ObservationChange } from './diff.js';
export { loadMapping, MappingError, type Mapping } from './mapping.js';
export { fileSource, textSource, CsvError, type CsvSource } from './csv.js';
export { main, type CliIo } from './main.js';
