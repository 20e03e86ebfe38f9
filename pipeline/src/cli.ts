/**
 * The pipeline's commands for `stroomop-monitor`: convert, merge and diff.
 * src/cli/main.ts registers them. Exit codes: 0 fine, 1 a problem with the
 * data (rejected rows, an invalid result), 2 wrong use (flags, mapping,
 * missing columns, a missing engine).
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Audience, MonitorDocument } from 'stroomop-monitor-elements/format';
import { formatIssue, validateDocuments, type LocalizedMessage, type ValidationIssue } from 'stroomop-monitor-elements/format';
import { convert, type ConvertReport } from './convert.js';
import { CsvError, fileSource, type CsvSource } from './csv.js';
import { diffDocuments } from './diff.js';
import { AUDIENCES } from './document.js';
import { EngineUnavailableError } from './engines/duckdb.js';
import { ENGINES } from './engines/index.js';
import type { EngineName } from './engines/spec.js';
import { loadMapping, MappingError } from './mapping.js';
import { mergeDocuments } from './merge.js';
import { progressBar, SILENT } from './progress.js';
import { MissingColumnsError } from './records.js';

type Lang = 'nl' | 'en';

export interface PipelineIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export type Command = (args: string[], lang: Lang, io: PipelineIo) => Promise<number>;

export const PIPELINE_USAGE = `  stroomop-monitor convert --mapping MAPPING.json [options] FILE.csv... [-o OUT.json]
             zet CSV-bestanden om in een monitordocument / turns CSV files into a monitor document
             --mapping, -m FILE     het mappingbestand / the mapping file (required)
             --output, -o FILE      het document (anders stdout) / the document (else stdout)
             --report FILE          verantwoording van elke rij, als JSON / account of every row, as JSON
             --engine arquero|duckdb             (default arquero)
             --audience public|network|internal  alleen wat naar dit publiek mag / only what may go to this audience
             --threshold N          privacydrempel / privacy threshold (default: mapping, else 10)
             --round N              aantallen afronden op N-tallen / round counts to multiples of N
             --published JJJJ-MM-DD publicatiedatum / publication date (default today)
             --allow-rejects        ook schrijven als er rijen zijn afgekeurd / write even when rows were rejected
             --quiet                geen voortgang en samenvatting / no progress bar or summary
  stroomop-monitor merge [-o OUT.json] [--audience A] [--title T] [--published D] [--release R] FILE.json...
             voegt documenten samen (de eerste definitie wint) / merges documents (the first definition wins)
  stroomop-monitor diff OLD.json NEW.json [-o MARKED.json] [--json] [--tolerance X]
             verschillen tussen twee releases; -o schrijft NEW met herziene waarden als "revised"
             differences between two releases; -o writes NEW with changed values marked "revised"`;

interface FlagSpec {
  name: string;
  alias?: string;
  value: boolean;
}

interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
  error?: string;
}

export function parseArgs(args: string[], specs: FlagSpec[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--') {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = specs.find((item) => `--${item.name}` === rawName || (item.alias !== undefined && `-${item.alias}` === rawName));
    if (!spec) return { flags, positional, error: `unknown option ${rawName}` };
    if (!spec.value) {
      if (inline !== undefined) return { flags, positional, error: `${rawName} takes no value` };
      flags.set(spec.name, true);
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return { flags, positional, error: `${rawName} needs a value` };
    if (inline === undefined) index += 1;
    flags.set(spec.name, value);
  }
  return { flags, positional };
}

const say = (lang: Lang, message: LocalizedMessage) => message[lang];
const text = (flags: Map<string, string | true>, name: string): string | undefined => {
  const value = flags.get(name);
  return typeof value === 'string' ? value : undefined;
};

function readAudience(value: string | undefined): Audience | undefined | false {
  if (value === undefined) return undefined;
  return (AUDIENCES as readonly string[]).includes(value) ? (value as Audience) : false;
}

function readCount(value: string | undefined): number | undefined | false {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : false;
}

async function writeJson(file: string | undefined, value: unknown, io: PipelineIo): Promise<void> {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (file === undefined || file === '-') io.out(json.trimEnd());
  else await writeFile(file, json);
}

function printIssues(issues: ValidationIssue[], lang: Lang, io: PipelineIo): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  for (const issue of errors) io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${formatIssue(issue, lang)}`);
  for (const issue of issues.filter((item) => item.severity === 'warning')) io.err(`${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${formatIssue(issue, lang)}`);
  return errors.length;
}

/** The closing lines of a conversion: rows read, used, suppressed, rejected; cells published and suppressed. */
export function summaryLines(report: ConvertReport, lang: Lang): string[] {
  const { rows, cells } = report;
  if (lang === 'nl')
    return [
      `rijen gelezen: ${rows.read}; gebruikt: ${rows.used}; alleen in onderdrukte cellen: ${rows.suppressed}; niet voor dit publiek: ${rows.withheld}; afgekeurd: ${rows.rejected}; genegeerd: ${rows.ignored}`,
      `cellen in het document: ${cells.published} gepubliceerd, ${cells.suppressed} onderdrukt, ${cells.missing} zonder waarde; ${cells.withheld} niet voor publiek "${report.audience}"`,
      `privacy over alle ${cells.total} cellen: ${cells.primary} onder de drempel van ${report.threshold}, ${cells.complementary} aanvullend onderdrukt${cells.source ? `, ${cells.source} al onderdrukt in de bron` : ''}${report.rounding ? `; aantallen afgerond op ${report.rounding}-tallen` : ''}${report.engine ? `; engine ${report.engine}` : ''}`,
    ];
  return [
    `rows read: ${rows.read}; used: ${rows.used}; only in suppressed cells: ${rows.suppressed}; not for this audience: ${rows.withheld}; rejected: ${rows.rejected}; ignored: ${rows.ignored}`,
    `cells in the document: ${cells.published} published, ${cells.suppressed} suppressed, ${cells.missing} without a value; ${cells.withheld} not for audience "${report.audience}"`,
    `privacy over all ${cells.total} cells: ${cells.primary} below the threshold of ${report.threshold}, ${cells.complementary} suppressed as complement${cells.source ? `, ${cells.source} suppressed in the source` : ''}${report.rounding ? `; counts rounded to multiples of ${report.rounding}` : ''}${report.engine ? `; engine ${report.engine}` : ''}`,
  ];
}

const MAX_LISTED = 20;

export const convertCommand: Command = async (args, lang, io) => {
  const parsed = parseArgs(args, [
    { name: 'mapping', alias: 'm', value: true },
    { name: 'output', alias: 'o', value: true },
    { name: 'report', value: true },
    { name: 'engine', value: true },
    { name: 'audience', value: true },
    { name: 'threshold', value: true },
    { name: 'round', value: true },
    { name: 'published', value: true },
    { name: 'allow-rejects', value: false },
    { name: 'quiet', alias: 'q', value: false },
  ]);
  const { flags, positional } = parsed;
  const usage = (problem: string) => {
    io.err(`convert: ${problem}`);
    io.err(PIPELINE_USAGE);
    return 2;
  };
  if (parsed.error) return usage(parsed.error);
  const mappingFile = text(flags, 'mapping');
  if (!mappingFile) return usage(lang === 'nl' ? 'geef het mappingbestand met --mapping' : 'give the mapping file with --mapping');
  if (!positional.length) return usage(lang === 'nl' ? 'geef minstens één CSV-bestand' : 'give at least one CSV file');
  const engine = text(flags, 'engine') ?? 'arquero';
  if (!(ENGINES as readonly string[]).includes(engine)) return usage(`--engine ${engine}: ${ENGINES.join(' | ')}`);
  const audience = readAudience(text(flags, 'audience'));
  if (audience === false) return usage(`--audience: ${AUDIENCES.join(' | ')}`);
  const threshold = readCount(text(flags, 'threshold'));
  if (threshold === false) return usage(lang === 'nl' ? '--threshold: een geheel getal van minstens 1' : '--threshold: a whole number of at least 1');
  const rounding = readCount(text(flags, 'round'));
  if (rounding === false) return usage(lang === 'nl' ? '--round: een geheel getal van minstens 1' : '--round: a whole number of at least 1');
  const published = text(flags, 'published');
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return usage('--published: YYYY-MM-DD');
  const quiet = flags.has('quiet');

  let mapping;
  try {
    mapping = await loadMapping(mappingFile);
  } catch (error) {
    if (error instanceof MappingError) {
      for (const problem of error.problems) io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${error.file}: ${problem.path}: ${problem.message[lang]}`);
      return 2;
    }
    throw error;
  }
  const sources: CsvSource[] = [];
  for (const file of positional) {
    try {
      sources.push(await fileSource(file));
    } catch (error) {
      io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${file}: ${lang === 'nl' ? 'kan het bestand niet lezen' : 'cannot read the file'} (${(error as Error).message})`);
      return 2;
    }
  }
  const bar = quiet ? SILENT : progressBar(process.stderr, lang === 'nl' ? 'lezen' : 'reading');
  let result;
  try {
    result = await convert({
      mapping,
      inputs: sources,
      engine: engine as EngineName,
      ...(audience ? { audience } : {}),
      ...(threshold ? { threshold } : {}),
      ...(rounding ? { rounding } : {}),
      ...(published ? { published } : {}),
      onProgress: (done, total) => { bar.update(done, total); },
    });
  } catch (error) {
    bar.finish();
    if (error instanceof MissingColumnsError || error instanceof EngineUnavailableError || error instanceof CsvError) {
      io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${error.message}`);
      return 2;
    }
    throw error;
  }
  bar.finish();
  const { document, report, issues, valid } = result;
  const rejected = report.rejected;
  for (const rejection of rejected.slice(0, MAX_LISTED))
    io.err(`${lang === 'nl' ? 'afgekeurd' : 'rejected'}: ${rejection.file}:${rejection.line}: ${say(lang, rejection.reason)}`);
  if (rejected.length > MAX_LISTED) io.err(lang === 'nl' ? `... en nog ${rejected.length - MAX_LISTED} afgekeurde rijen (zie --report)` : `... and ${rejected.length - MAX_LISTED} more rejected rows (see --report)`);
  for (const warning of report.warnings) io.err(`${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${say(lang, warning)}`);
  const reportFile = text(flags, 'report');
  if (reportFile) await writeFile(reportFile, `${JSON.stringify({ ...report, valid, issues }, null, 2)}\n`);
  if (!quiet) for (const line of summaryLines(report, lang)) io.err(line);
  if (rejected.length && !flags.has('allow-rejects')) {
    io.err(
      lang === 'nl'
        ? `${rejected.length} ${rejected.length === 1 ? 'rij is' : 'rijen zijn'} afgekeurd: het document is niet geschreven. Verbeter de rijen, of schrijf toch met --allow-rejects.`
        : `${rejected.length} ${rejected.length === 1 ? 'row was' : 'rows were'} rejected: the document was not written. Fix the rows, or write anyway with --allow-rejects.`,
    );
    return 1;
  }
  if (!valid) {
    printIssues(issues, lang, io);
    io.err(lang === 'nl' ? 'het gemaakte document is niet geldig: het is niet geschreven' : 'the document made is not valid: it was not written');
    return 1;
  }
  printIssues(issues, lang, io);
  await writeJson(text(flags, 'output'), document, io);
  return 0;
};

async function readDocuments(files: string[], lang: Lang, io: PipelineIo): Promise<{ document: MonitorDocument; source: string }[] | undefined> {
  const documents: { document: MonitorDocument; source: string }[] = [];
  for (const file of files) {
    try {
      documents.push({ document: JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as MonitorDocument, source: file });
    } catch (error) {
      io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${file}: ${(error as Error).message}`);
      return undefined;
    }
  }
  const issues = validateDocuments(documents.map(({ document, source }) => ({ document, source }))).flatMap((result) => result.issues);
  if (printIssues(issues, lang, io)) {
    io.err(lang === 'nl' ? 'de invoer is niet geldig (zie hierboven)' : 'the input is not valid (see above)');
    return undefined;
  }
  return documents;
}

export const mergeCommand: Command = async (args, lang, io) => {
  const parsed = parseArgs(args, [
    { name: 'output', alias: 'o', value: true },
    { name: 'audience', value: true },
    { name: 'title', value: true },
    { name: 'published', value: true },
    { name: 'release', value: true },
  ]);
  if (parsed.error || parsed.positional.length < 1) {
    io.err(`merge: ${parsed.error ?? (lang === 'nl' ? 'geef de documenten' : 'give the documents')}`);
    io.err(PIPELINE_USAGE);
    return 2;
  }
  const audience = readAudience(text(parsed.flags, 'audience'));
  if (audience === false) {
    io.err(`merge: --audience: ${AUDIENCES.join(' | ')}`);
    return 2;
  }
  const inputs = await readDocuments(parsed.positional, lang, io);
  if (!inputs) return 1;
  const title = text(parsed.flags, 'title');
  const published = text(parsed.flags, 'published');
  const release = text(parsed.flags, 'release');
  const { document, report } = mergeDocuments(inputs, { ...(audience ? { audience } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}), ...(release ? { release } : {}) });
  for (const conflict of report.conflicts) io.err(`${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${conflict.source}: ${conflict.path}: ${conflict.message[lang]}`);
  const issues = validateDocuments([{ document, source: 'merged' }])[0]!.issues;
  if (printIssues(issues, lang, io)) {
    io.err(lang === 'nl' ? 'het samengevoegde document is niet geldig: het is niet geschreven' : 'the merged document is not valid: it was not written');
    return 1;
  }
  await writeJson(text(parsed.flags, 'output'), document, io);
  io.err(
    lang === 'nl'
      ? `${inputs.length} documenten samengevoegd: ${report.counts.indicators ?? 0} indicatoren, ${report.counts.observations ?? 0} waarnemingen; ${report.conflicts.length} conflicten; ${report.withheld} items niet voor publiek "${document.meta.audience}"`
      : `${inputs.length} documents merged: ${report.counts.indicators ?? 0} indicators, ${report.counts.observations ?? 0} observations; ${report.conflicts.length} conflicts; ${report.withheld} items not for audience "${document.meta.audience}"`,
  );
  return 0;
};

export const diffCommand: Command = async (args, lang, io) => {
  const parsed = parseArgs(args, [
    { name: 'output', alias: 'o', value: true },
    { name: 'json', value: false },
    { name: 'tolerance', value: true },
  ]);
  if (parsed.error || parsed.positional.length !== 2) {
    io.err(`diff: ${parsed.error ?? (lang === 'nl' ? 'geef precies twee documenten: OUD NIEUW' : 'give exactly two documents: OLD NEW')}`);
    io.err(PIPELINE_USAGE);
    return 2;
  }
  const toleranceText = text(parsed.flags, 'tolerance');
  const tolerance = toleranceText === undefined ? undefined : Number(toleranceText);
  if (tolerance !== undefined && !(tolerance >= 0)) {
    io.err('diff: --tolerance: a number of 0 or more');
    return 2;
  }
  const inputs: MonitorDocument[] = [];
  for (const file of parsed.positional) {
    const read = await readDocuments([file], lang, io);
    if (!read) return 1;
    inputs.push(read[0]!.document);
  }
  const [before, after] = inputs as [MonitorDocument, MonitorDocument];
  const result = diffDocuments(before, after, tolerance === undefined ? {} : { tolerance });
  if (parsed.flags.has('json')) io.out(JSON.stringify({ newPeriods: result.newPeriods, counts: result.counts, changes: result.changes }, null, 2));
  else {
    for (const [indicator, periods] of Object.entries(result.newPeriods)) io.out(`${lang === 'nl' ? 'nieuwe perioden' : 'new periods'} ${indicator}: ${periods.join(', ')}`);
    for (const change of result.changes.filter((item) => item.kind !== 'new')) {
      const where = `${change.indicator} ${change.area} ${change.period}${change.breakdown ? ` ${JSON.stringify(change.breakdown)}` : ''}`;
      const before = change.before ? `${String(change.before.value)} (${change.before.status})` : '';
      const after = change.after ? `${String(change.after.value)} (${change.after.status})` : '';
      const label = { revised: lang === 'nl' ? 'herzien' : 'revised', status: 'status', removed: lang === 'nl' ? 'verdwenen' : 'removed', new: lang === 'nl' ? 'nieuw' : 'new' }[change.kind];
      io.out(`${label}: ${where}: ${before}${after ? ` → ${after}` : ''}`);
    }
    const { counts } = result;
    io.out(
      lang === 'nl'
        ? `${counts.new} nieuw, ${counts.revised} herzien, ${counts.status} met een andere status, ${counts.removed} verdwenen, ${counts.unchanged} gelijk`
        : `${counts.new} new, ${counts.revised} revised, ${counts.status} with another status, ${counts.removed} removed, ${counts.unchanged} unchanged`,
    );
  }
  const output = text(parsed.flags, 'output');
  if (output) {
    const issues = validateDocuments([{ document: result.marked, source: output }])[0]!.issues;
    if (printIssues(issues, lang, io)) return 1;
    await writeJson(output, result.marked, io);
  }
  return 0;
};

export const pipelineCommands: [string, Command][] = [
  ['convert', convertCommand],
  ['merge', mergeCommand],
  ['diff', diffCommand],
];
