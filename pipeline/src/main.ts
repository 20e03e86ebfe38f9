/**
 * `stroomop-monitor`: the command line for monitor documents.
 *   stroomop-monitor validate FILE...          check documents (read together), print every problem with its path
 *   stroomop-monitor convert | merge | diff   the data pipeline (cli.ts, docs/pipeline.md)
 *   stroomop-monitor [COMMAND] --help | -h    usage; stroomop-monitor --version | -V
 * Arguments are parsed with `node:util` `parseArgs` (strict). Messages are Dutch, English with
 * `--lang en` or an English LC_ALL / LC_MESSAGES / LANG.
 * Exit codes: 0 fine, 1 problems in the data, 2 wrong use (unknown option or command, a file that cannot be read).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs as parseNodeArgs } from 'node:util';
import { validateDocuments, formatIssue, type DocumentInput, type ValidationIssue } from 'stroomop-monitor-elements/format';
import {
  BIN,
  COMMON_OPTIONS,
  EXIT_CODES,
  commandUsage,
  detectLang,
  fileProblem,
  nearest,
  parseCommandArgs,
  pipelineCommands,
  seeHelp,
  wrongUse,
  type CommandDefinition,
  type CommandSpec,
  type Lang,
  type OptionSpec,
} from './cli.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The pipeline package's version. From src/main.ts and from the bundle dist/cli.js alike, ../package.json is pipeline/package.json. */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export async function validateFiles(files: string[], lang: Lang, io: CliIo): Promise<number> {
  const inputs: DocumentInput[] = [];
  const readProblems: ValidationIssue[] = [];
  let unreadable = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(fileProblem(file, error, lang));
      unreadable += 1;
      continue;
    }
    try {
      inputs.push({ document: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, source: file });
    } catch (error) {
      readProblems.push({ severity: 'error', path: '(file)', code: 'json', source: file, message: { nl: `geen geldige JSON: ${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` } });
    }
  }
  const results = validateDocuments(inputs);
  const issues = [...readProblems, ...results.flatMap((result) => result.issues)];
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  for (const issue of errors) io.err(`${lang === 'nl' ? 'fout' : 'error'}: ${formatIssue(issue, lang)}`);
  for (const issue of warnings) io.err(`${lang === 'nl' ? 'waarschuwing' : 'warning'}: ${formatIssue(issue, lang)}`);
  const checked = files.length - unreadable;
  const summary =
    lang === 'nl'
      ? `${checked} ${checked === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}, ${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}${unreadable ? `; ${unreadable} niet te lezen` : ''}`
      : `${checked} ${checked === 1 ? 'file' : 'files'} checked: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}${unreadable ? `; ${unreadable} could not be read` : ''}`;
  (errors.length || unreadable ? io.err : io.out)(summary);
  return unreadable ? 2 : errors.length ? 1 : 0;
}

export const VALIDATE: CommandSpec = {
  name: 'validate',
  synopsis: { nl: '[--lang nl|en] DOCUMENT.json...', en: '[--lang nl|en] DOCUMENT.json...' },
  summary: {
    nl: 'Controleert monitordocumenten (samen gelezen) en noemt elk probleem met zijn pad.',
    en: 'Checks monitor documents (read together) and names every problem with its path.',
  },
  options: [],
};

/** Every command; convert, merge and diff come from cli.ts, so this file stays the one entry point. */
export const commands = new Map<string, CommandDefinition>([
  [
    'validate',
    {
      spec: VALIDATE,
      run: async ({ positionals }, lang, io) => {
        if (!positionals.length) return wrongUse('validate', `${lang === 'nl' ? 'geef minstens één document' : 'give at least one document'}; ${seeHelp('validate', lang)}`, io);
        return validateFiles(positionals, lang, io);
      },
    },
  ],
  ...pipelineCommands,
]);

/** Options before the command. */
export const TOP_OPTIONS: OptionSpec[] = [
  ...COMMON_OPTIONS,
  { name: 'version', short: 'V', type: 'boolean', help: { nl: 'het versienummer', en: 'the version number' } },
];

export function usage(lang: Lang): string {
  const names = [...commands.keys()];
  const width = Math.max(...names.map((name) => name.length)) + 3;
  const optionLabel = (option: OptionSpec) => `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  const optionWidth = Math.max(...TOP_OPTIONS.map((option) => optionLabel(option).length)) + 2;
  return [
    `${lang === 'nl' ? 'Gebruik' : 'Usage'}: ${BIN} ${lang === 'nl' ? 'OPDRACHT [opties] [BESTANDEN]' : 'COMMAND [options] [FILES]'}`,
    '',
    `${lang === 'nl' ? 'Opdrachten' : 'Commands'}:`,
    ...[...commands.values()].map(({ spec }) => `  ${spec.name.padEnd(width)}${spec.summary[lang]}`),
    '',
    `${lang === 'nl' ? 'Opties' : 'Options'}:`,
    ...TOP_OPTIONS.map((option) => `  ${optionLabel(option).padEnd(optionWidth)}${option.help[lang]}`),
    '',
    lang === 'nl' ? `De opties van een opdracht: ${BIN} OPDRACHT --help` : `The options of a command: ${BIN} COMMAND --help`,
    EXIT_CODES[lang],
  ].join('\n');
}

async function dispatch(argv: string[], lang: Lang, io: CliIo): Promise<number> {
  // The options before the command: --help, --version, --lang (with its value).
  let index = 0;
  while (index < argv.length && argv[index]!.startsWith('-') && argv[index] !== '-' && argv[index] !== '--') index += argv[index] === '--lang' ? 2 : 1;
  const leading = argv.slice(0, index);
  let top;
  try {
    top = parseNodeArgs({ args: leading, options: Object.fromEntries(TOP_OPTIONS.map((option) => [option.name, { type: option.type, ...(option.short ? { short: option.short } : {}) }])), strict: true, allowPositionals: false });
  } catch {
    const parsed = parseCommandArgs({ name: '', synopsis: { nl: '', en: '' }, summary: { nl: '', en: '' }, options: TOP_OPTIONS.filter((option) => !COMMON_OPTIONS.includes(option)) }, leading, lang);
    return wrongUse('', 'error' in parsed ? parsed.error : seeHelp('', lang), io);
  }
  if (top.values.lang !== undefined && top.values.lang !== 'nl' && top.values.lang !== 'en')
    return wrongUse('', lang === 'nl' ? `--lang: kies nl of en, niet "${top.values.lang}"` : `--lang: choose nl or en, not "${top.values.lang}"`, io);
  if (top.values.version) {
    io.out(VERSION);
    return 0;
  }
  if (argv[index] === '--') index += 1;
  const name = argv[index];
  if (top.values.help && name === undefined) {
    io.out(usage(lang));
    return 0;
  }
  if (name === undefined) {
    io.err(usage(lang));
    return 2;
  }
  const command = commands.get(name);
  if (!command) {
    const suggestion = nearest(name, [...commands.keys()]);
    const hint = suggestion ? (lang === 'nl' ? `bedoelt u ${suggestion}?` : `did you mean ${suggestion}?`) : seeHelp('', lang);
    return wrongUse('', `${lang === 'nl' ? 'onbekende opdracht' : 'unknown command'} "${name}"; ${hint}`, io);
  }
  const rest = argv.slice(index + 1);
  const parsed = parseCommandArgs(command.spec, rest, lang);
  if ('error' in parsed) return wrongUse(name, parsed.error, io);
  if (parsed.values.help || top.values.help) {
    io.out(commandUsage(command.spec, lang));
    return 0;
  }
  return command.run(parsed, lang, io);
}

/**
 * Runs the command line; returns the exit code. Never throws: an unexpected error is one line
 * (exit 2 when the system refused a file, such as an output folder that does not exist; else 1).
 */
export async function main(
  argv: string[],
  io: CliIo = { out: (line) => { console.log(line); }, err: (line) => { console.error(line); } },
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const lang = detectLang(argv, env);
  try {
    return await dispatch(argv, lang, io);
  } catch (error) {
    const system = error as NodeJS.ErrnoException;
    if (typeof system.code === 'string' && typeof system.path === 'string') {
      io.err(`${BIN}: ${lang === 'nl' ? 'fout' : 'error'}: ${system.path}: ${lang === 'nl' ? 'kan niet worden gelezen of geschreven' : 'cannot be read or written'} (${system.code})`);
      return 2;
    }
    io.err(`${BIN}: ${lang === 'nl' ? 'onverwachte fout' : 'unexpected error'}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${env.STROOMOP_DEBUG ? `\n${(error as Error).stack ?? ''}` : ''}`);
    return 1;
  }
}
