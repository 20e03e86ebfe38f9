/**
 * The pipeline's commands for `stroomop-monitor`: convert, merge and diff.
 * src/main.ts registers them; arguments are parsed with `node:util` `parseArgs`
 * (strict), every command answers --help / -h. Exit codes: 0 fine, 1 a problem with the
 * data (rejected rows, an invalid result), 2 wrong use (flags, mapping,
 * missing columns, a missing engine).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs as parseNodeArgs } from 'node:util';
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

export type Lang = 'nl' | 'en';

export interface PipelineIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A text in both languages. */
export interface Texts {
  nl: string;
  en: string;
}

/** One option of a command: what `node:util` `parseArgs` gets, and what `--help` says about it. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** The placeholder of the value in the help, e.g. FILE. */
  value?: string;
  help: Texts;
}

export interface CommandSpec {
  name: string;
  /** What follows `stroomop-monitor NAME` in the usage line. */
  synopsis: Texts;
  summary: Texts;
  options: OptionSpec[];
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface ParsedCommand {
  values: OptionValues;
  positionals: string[];
}

export type Command = (parsed: ParsedCommand, lang: Lang, io: PipelineIo) => Promise<number>;

export interface CommandDefinition {
  spec: CommandSpec;
  run: Command;
}

export const BIN = 'stroomop-monitor';

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { name: 'lang', type: 'string', value: 'nl|en', help: { nl: 'taal van de meldingen (standaard nl; en bij een Engelse LANG)', en: 'language of the messages (default nl; en with an English LANG)' } },
  { name: 'help', short: 'h', type: 'boolean', help: { nl: 'deze hulp', en: 'this help' } },
];

export const EXIT_CODES: Texts = {
  nl: 'Afsluitcodes: 0 klaar; 1 een probleem in de gegevens; 2 verkeerd gebruik (een onbekende optie, een ontbrekend bestand).',
  en: 'Exit codes: 0 done; 1 a problem in the data; 2 wrong use (an unknown option, a missing file).',
};

/** Damerau-Levenshtein (optimal string alignment) distance: a swapped pair of letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  return rows[a.length]![b.length]!;
}

/** The known name nearest to `given`, if it is near enough to be a typing error (or `given` is its start). */
export function nearest(given: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = given.length >= 3 && name.startsWith(given) ? 0.5 : editDistance(given, name);
    if (distance <= Math.max(1, Math.min(3, Math.floor(name.length / 3))) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** The language: `--lang` anywhere before `--`, else LC_ALL, LC_MESSAGES, LANG (the first one set); Dutch unless that is English. */
export function detectLang(argv: string[], env: Record<string, string | undefined>): Lang {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'en') return value;
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nl';
}

function optionLabel(option: OptionSpec): string {
  return `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
}

/** The help of one command: usage line, summary, every option, the exit codes. */
export function commandUsage(spec: CommandSpec, lang: Lang): string {
  const options = [...spec.options, ...COMMON_OPTIONS];
  const width = Math.max(...options.map((option) => optionLabel(option).length)) + 2;
  return [
    `${lang === 'nl' ? 'Gebruik' : 'Usage'}: ${BIN} ${spec.name} ${spec.synopsis[lang]}`,
    '',
    spec.summary[lang],
    '',
    `${lang === 'nl' ? 'Opties' : 'Options'}:`,
    ...options.map((option) => `  ${optionLabel(option).padEnd(width)}${option.help[lang]}`),
    '',
    EXIT_CODES[lang],
  ].join('\n');
}

/** `stroomop-monitor NAME: message` on one line, exit code 2 (wrong use). */
export function wrongUse(name: string, message: string, io: PipelineIo): number {
  io.err(`${BIN}${name ? ` ${name}` : ''}: ${message}`);
  return 2;
}

export const seeHelp = (name: string, lang: Lang) => (lang === 'nl' ? `zie ${BIN}${name ? ` ${name}` : ''} --help` : `see ${BIN}${name ? ` ${name}` : ''} --help`);

type NodeOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Why strict parsing failed, in the user's language: the option named, with the nearest known one. */
function describeParseError(args: string[], options: OptionSpec[], nodeOptions: NodeOptions, name: string, lang: Lang, error: unknown): string {
  const { tokens } = parseNodeArgs({ args, options: nodeOptions, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options.find((item) => item.name === token.name);
    if (!option) {
      const bare = token.rawName.replace(/^-+/, '');
      const suggestion = bare.length === 1 ? options.find((item) => item.short === bare)?.name : nearest(bare, options.map((item) => item.name));
      const hint = suggestion ? (lang === 'nl' ? `bedoelt u --${suggestion}?` : `did you mean --${suggestion}?`) : seeHelp(name, lang);
      return `${lang === 'nl' ? 'onbekende optie' : 'unknown option'} ${token.rawName}; ${hint}`;
    }
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-'))))
      return lang === 'nl' ? `${token.rawName} heeft een waarde nodig${option.value ? ` (${option.value})` : ''}` : `${token.rawName} needs a value${option.value ? ` (${option.value})` : ''}`;
    if (option.type === 'boolean' && token.value !== undefined) return lang === 'nl' ? `${token.rawName} neemt geen waarde` : `${token.rawName} takes no value`;
  }
  return (error as Error).message.split('\n')[0]!;
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict, positionals allowed).
 * Returns the values, or the one-line message of what is wrong.
 */
export function parseCommandArgs(spec: CommandSpec, args: string[], lang: Lang): ParsedCommand | { error: string } {
  const options = [...spec.options, ...COMMON_OPTIONS];
  const nodeOptions: NodeOptions = Object.fromEntries(options.map((option) => [option.name, { type: option.type, ...(option.short ? { short: option.short } : {}) }]));
  let parsed;
  try {
    parsed = parseNodeArgs({ args, options: nodeOptions, strict: true, allowPositionals: true });
  } catch (error) {
    return { error: describeParseError(args, options, nodeOptions, spec.name, lang, error) };
  }
  const values: OptionValues = parsed.values;
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') return { error: lang === 'nl' ? `--lang: kies nl of en, niet "${values.lang}"` : `--lang: choose nl or en, not "${values.lang}"` };
  return { values, positionals: parsed.positionals };
}

/** A file that cannot be read, in one line: "fout: FILE: bestand niet gevonden". */
export function fileProblem(file: string, error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? { nl: 'bestand niet gevonden', en: 'file not found' }
      : code === 'EISDIR'
        ? { nl: 'dit is een map, geen bestand', en: 'this is a folder, not a file' }
        : code === 'EACCES' || code === 'EPERM'
          ? { nl: 'geen toestemming om het bestand te lezen', en: 'no permission to read the file' }
          : { nl: `kan het bestand niet lezen (${(error as Error).message})`, en: `cannot read the file (${(error as Error).message})` };
  return `${lang === 'nl' ? 'fout' : 'error'}: ${file}: ${reason[lang]}`;
}

const say = (lang: Lang, message: LocalizedMessage) => message[lang];
const text = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

const audienceProblem = (value: string, lang: Lang) =>
  lang === 'nl' ? `--audience: kies ${AUDIENCES.join(', ')}, niet "${value}"` : `--audience: choose ${AUDIENCES.join(', ')}, not "${value}"`;

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

export const CONVERT: CommandSpec = {
  name: 'convert',
  synopsis: { nl: '--mapping MAPPING.json [opties] BESTAND.csv... [-o UIT.json]', en: '--mapping MAPPING.json [options] FILE.csv... [-o OUT.json]' },
  summary: { nl: 'Zet CSV-bestanden om in een monitordocument, met privacybescherming; verantwoordt elke rij.', en: 'Turns CSV files into a monitor document, with privacy protection; accounts for every row.' },
  options: [
    { name: 'mapping', short: 'm', type: 'string', value: 'FILE', help: { nl: 'het mappingbestand (verplicht)', en: 'the mapping file (required)' } },
    { name: 'output', short: 'o', type: 'string', value: 'FILE', help: { nl: 'waar het document heen gaat (standaard: standaarduitvoer)', en: 'where to write the document (default: standard output)' } },
    { name: 'report', type: 'string', value: 'FILE', help: { nl: 'verantwoording van elke rij, als JSON', en: 'the account of every row, as JSON' } },
    { name: 'engine', type: 'string', value: 'arquero|duckdb', help: { nl: 'de rekenmachine (standaard arquero)', en: 'the engine (default arquero)' } },
    { name: 'audience', type: 'string', value: 'public|network|internal', help: { nl: 'alleen wat naar dit publiek mag', en: 'only what may go to this audience' } },
    { name: 'threshold', type: 'string', value: 'N', help: { nl: 'privacydrempel (standaard: die van de mapping, anders 10)', en: "privacy threshold (default: the mapping's, else 10)" } },
    { name: 'round', type: 'string', value: 'N', help: { nl: 'gepubliceerde aantallen afronden op N-tallen', en: 'round published counts to multiples of N' } },
    { name: 'published', type: 'string', value: 'YYYY-MM-DD', help: { nl: 'publicatiedatum (standaard: die van de mapping, anders vandaag)', en: "publication date (default: the mapping's, else today)" } },
    { name: 'allow-rejects', type: 'boolean', help: { nl: 'het document ook schrijven als er rijen zijn afgekeurd', en: 'write the document even when rows were rejected' } },
    { name: 'quiet', short: 'q', type: 'boolean', help: { nl: 'geen voortgangsbalk en geen samenvatting', en: 'no progress bar and no summary' } },
  ],
};

export const convertCommand: Command = async ({ values: flags, positionals: positional }, lang, io) => {
  const usage = (problem: string) => wrongUse('convert', `${problem}; ${seeHelp('convert', lang)}`, io);
  const mappingFile = text(flags, 'mapping');
  if (!mappingFile) return usage(lang === 'nl' ? 'geef het mappingbestand met --mapping' : 'give the mapping file with --mapping');
  if (!positional.length) return usage(lang === 'nl' ? 'geef minstens één CSV-bestand' : 'give at least one CSV file');
  const engine = text(flags, 'engine') ?? 'arquero';
  if (!(ENGINES as readonly string[]).includes(engine)) return usage(lang === 'nl' ? `--engine: kies ${ENGINES.join(' of ')}, niet "${engine}"` : `--engine: choose ${ENGINES.join(' or ')}, not "${engine}"`);
  const audience = readAudience(text(flags, 'audience'));
  if (audience === false) return usage(audienceProblem(text(flags, 'audience')!, lang));
  const threshold = readCount(text(flags, 'threshold'));
  if (threshold === false) return usage(lang === 'nl' ? '--threshold: een geheel getal van minstens 1' : '--threshold: a whole number of at least 1');
  const rounding = readCount(text(flags, 'round'));
  if (rounding === false) return usage(lang === 'nl' ? '--round: een geheel getal van minstens 1' : '--round: a whole number of at least 1');
  const published = text(flags, 'published');
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) return usage(lang === 'nl' ? `--published: een datum JJJJ-MM-DD, niet "${published}"` : `--published: a date YYYY-MM-DD, not "${published}"`);
  const quiet = flags.quiet === true;

  try {
    await stat(mappingFile);
  } catch (error) {
    io.err(fileProblem(mappingFile, error, lang));
    return 2;
  }
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
      io.err(fileProblem(file, error, lang));
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
  if (rejected.length && flags['allow-rejects'] !== true) {
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

/** Reads and validates documents; on failure the exit code: 2 for a file that cannot be read, 1 for invalid input. */
async function readDocuments(files: string[], lang: Lang, io: PipelineIo): Promise<{ document: MonitorDocument; source: string }[] | number> {
  const documents: { document: MonitorDocument; source: string }[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      io.err(fileProblem(file, error, lang));
      return 2;
    }
    try {
      documents.push({ document: JSON.parse(content.replace(/^\uFEFF/, '')) as MonitorDocument, source: file });
    } catch (error) {
      io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${file}: ${lang === 'nl' ? 'geen geldige JSON' : 'not valid JSON'}: ${(error as Error).message}`);
      return 1;
    }
  }
  const issues = validateDocuments(documents.map(({ document, source }) => ({ document, source }))).flatMap((result) => result.issues);
  if (printIssues(issues, lang, io)) {
    io.err(lang === 'nl' ? 'de invoer is niet geldig (zie hierboven)' : 'the input is not valid (see above)');
    return 1;
  }
  return documents;
}

export const MERGE: CommandSpec = {
  name: 'merge',
  synopsis: { nl: '[-o UIT.json] [opties] DOCUMENT.json...', en: '[-o OUT.json] [options] DOCUMENT.json...' },
  summary: { nl: 'Voegt monitordocumenten samen; bij een dubbele definitie wint de eerste.', en: 'Merges monitor documents; of a definition given twice, the first wins.' },
  options: [
    { name: 'output', short: 'o', type: 'string', value: 'FILE', help: { nl: 'waar het document heen gaat (standaard: standaarduitvoer)', en: 'where to write the document (default: standard output)' } },
    { name: 'audience', type: 'string', value: 'public|network|internal', help: { nl: 'het publiek van het resultaat (standaard: het strengste van de invoer)', en: 'the audience of the result (default: the strictest of the inputs)' } },
    { name: 'title', type: 'string', value: 'TEXT', help: { nl: 'de titel van het samengevoegde document', en: 'the title of the merged document' } },
    { name: 'published', type: 'string', value: 'YYYY-MM-DD', help: { nl: 'publicatiedatum', en: 'publication date' } },
    { name: 'release', type: 'string', value: 'RELEASE', help: { nl: 'de naam van de release', en: 'the name of the release' } },
  ],
};

export const mergeCommand: Command = async (parsed, lang, io) => {
  const flags = parsed.values;
  if (parsed.positionals.length < 1) return wrongUse('merge', `${lang === 'nl' ? 'geef de documenten' : 'give the documents'}; ${seeHelp('merge', lang)}`, io);
  const audience = readAudience(text(flags, 'audience'));
  if (audience === false) return wrongUse('merge', audienceProblem(text(flags, 'audience')!, lang), io);
  const inputs = await readDocuments(parsed.positionals, lang, io);
  if (typeof inputs === 'number') return inputs;
  const title = text(flags, 'title');
  const published = text(flags, 'published');
  const release = text(flags, 'release');
  const { document, report } = mergeDocuments(inputs, { ...(audience ? { audience } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}), ...(release ? { release } : {}) });
  for (const conflict of report.conflicts) io.err(`${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${conflict.source}: ${conflict.path}: ${conflict.message[lang]}`);
  const issues = validateDocuments([{ document, source: 'merged' }])[0]!.issues;
  if (printIssues(issues, lang, io)) {
    io.err(lang === 'nl' ? 'het samengevoegde document is niet geldig: het is niet geschreven' : 'the merged document is not valid: it was not written');
    return 1;
  }
  await writeJson(text(flags, 'output'), document, io);
  io.err(
    lang === 'nl'
      ? `${inputs.length} documenten samengevoegd: ${report.counts.indicators ?? 0} indicatoren, ${report.counts.observations ?? 0} waarnemingen; ${report.conflicts.length} conflicten; ${report.withheld} items niet voor publiek "${document.meta.audience}"`
      : `${inputs.length} documents merged: ${report.counts.indicators ?? 0} indicators, ${report.counts.observations ?? 0} observations; ${report.conflicts.length} conflicts; ${report.withheld} items not for audience "${document.meta.audience}"`,
  );
  return 0;
};

export const DIFF: CommandSpec = {
  name: 'diff',
  synopsis: { nl: 'OUD.json NIEUW.json [-o GEMARKEERD.json] [--json] [--tolerance X]', en: 'OLD.json NEW.json [-o MARKED.json] [--json] [--tolerance X]' },
  summary: {
    nl: 'Verschillen tussen twee releases: nieuwe perioden, herziene waarden, andere status. Met -o: NIEUW met herziene waarden gemarkeerd als "revised".',
    en: 'Differences between two releases: new periods, revised values, status changes. With -o: NEW with revised values marked "revised".',
  },
  options: [
    { name: 'output', short: 'o', type: 'string', value: 'FILE', help: { nl: 'schrijf NIEUW met herziene waarden gemarkeerd', en: 'write NEW with revised values marked' } },
    { name: 'json', type: 'boolean', help: { nl: 'de verschillen als JSON', en: 'the differences as JSON' } },
    { name: 'tolerance', type: 'string', value: 'X', help: { nl: 'relatief verschil dat nog gelijk telt (standaard 1e-9)', en: 'relative difference still counted as equal (default 1e-9)' } },
  ],
};

export const diffCommand: Command = async (parsed, lang, io) => {
  const flags = parsed.values;
  if (parsed.positionals.length !== 2)
    return wrongUse('diff', `${lang === 'nl' ? 'geef precies twee documenten: OUD NIEUW' : 'give exactly two documents: OLD NEW'}; ${seeHelp('diff', lang)}`, io);
  const toleranceText = text(flags, 'tolerance');
  const tolerance = toleranceText === undefined ? undefined : Number(toleranceText);
  if (tolerance !== undefined && !(tolerance >= 0))
    return wrongUse('diff', lang === 'nl' ? `--tolerance: een getal van 0 of meer, niet "${toleranceText}"` : `--tolerance: a number of 0 or more, not "${toleranceText}"`, io);
  const inputs: MonitorDocument[] = [];
  for (const file of parsed.positionals) {
    const read = await readDocuments([file], lang, io);
    if (typeof read === 'number') return read;
    inputs.push(read[0]!.document);
  }
  const [before, after] = inputs as [MonitorDocument, MonitorDocument];
  const result = diffDocuments(before, after, tolerance === undefined ? {} : { tolerance });
  if (flags.json === true) io.out(JSON.stringify({ newPeriods: result.newPeriods, counts: result.counts, changes: result.changes }, null, 2));
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
  const output = text(flags, 'output');
  if (output) {
    const issues = validateDocuments([{ document: result.marked, source: output }])[0]!.issues;
    if (printIssues(issues, lang, io)) return 1;
    await writeJson(output, result.marked, io);
  }
  return 0;
};

export const pipelineCommands: [string, CommandDefinition][] = [
  ['convert', { spec: CONVERT, run: convertCommand }],
  ['merge', { spec: MERGE, run: mergeCommand }],
  ['diff', { spec: DIFF, run: diffCommand }],
];
