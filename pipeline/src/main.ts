/**
 * `stroomop-monitor`: the command line for monitor documents.
 *   stroomop-monitor validate FILE...   check documents (read together), print every problem with its path
 *   stroomop-monitor convert | merge | diff   the data pipeline (src/pipeline/cli.ts, docs/pipeline.md)
 * Exit codes: 0 fine, 1 problems found, 2 wrong use.
 */
import { readFile } from 'node:fs/promises';
import { validateDocuments, formatIssue, type DocumentInput, type ValidationIssue } from 'stroomop-monitor-elements/format';
import { pipelineCommands, PIPELINE_USAGE } from './cli.js';

type Lang = 'nl' | 'en';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `Gebruik / usage:
  stroomop-monitor validate [--lang nl|en] FILE...

  validate   controleert monitordocumenten (samen gelezen) en noemt elk probleem met zijn pad
             checks monitor documents (read together) and names every problem with its path
${PIPELINE_USAGE}`;

function readLang(args: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = (process.env.LANG ?? '').startsWith('en') ? 'en' : 'nl';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === '--lang') {
      lang = args[index + 1] === 'en' ? 'en' : 'nl';
      index += 1;
    } else if (arg.startsWith('--lang=')) lang = arg.endsWith('en') ? 'en' : 'nl';
    else rest.push(arg);
  }
  return { lang, rest };
}

export async function validateFiles(files: string[], lang: Lang, io: CliIo): Promise<number> {
  const inputs: DocumentInput[] = [];
  const readProblems: ValidationIssue[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      readProblems.push({ severity: 'error', path: '(file)', code: 'read', source: file, message: { nl: `kan het bestand niet lezen: ${(error as Error).message}`, en: `cannot read the file: ${(error as Error).message}` } });
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
  const summary =
    lang === 'nl'
      ? `${files.length} ${files.length === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}, ${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}`
      : `${files.length} ${files.length === 1 ? 'file' : 'files'} checked: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`;
  (errors.length ? io.err : io.out)(summary);
  return errors.length ? 1 : 0;
}

/** Extra commands (convert, merge, diff) register here, so this file stays the one entry point. */
export const commands = new Map<string, (args: string[], lang: Lang, io: CliIo) => Promise<number>>([
  ['validate', async (args, lang, io) => {
    if (!args.length) {
      io.err(USAGE);
      return 2;
    }
    return validateFiles(args, lang, io);
  }],
  // convert, merge, diff: src/pipeline/cli.ts
  ...pipelineCommands,
]);

export async function main(argv: string[], io: CliIo = { out: (line) => { console.log(line); }, err: (line) => { console.error(line); } }): Promise<number> {
  const [command, ...args] = argv;
  const { lang, rest } = readLang(args);
  const run = command ? commands.get(command) : undefined;
  if (!run) {
    io.err(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  return run(rest, lang, io);
}
