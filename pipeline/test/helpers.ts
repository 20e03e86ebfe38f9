/** Shared by the pipeline tests: run the command line in-process, read what it wrote. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/main.js';
import type { MonitorDocument, Observation } from 'stroomop-monitor-elements/format';
import type { ConvertReport } from '../src/convert.js';

export const EXAMPLES = join(import.meta.dirname, '../examples');
export const example = (name: string) => join(EXAMPLES, name);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'stroomop-pipeline-'));
}

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

export async function run(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

export interface Converted extends Run {
  document: MonitorDocument | undefined;
  report: (ConvertReport & { valid: boolean }) | undefined;
}

/** Runs `convert` on a mapping and CSV given as files or as content; returns the document and the report. */
export async function convertFiles(mapping: string | object, inputs: (string | { name: string; text: string | Uint8Array })[], flags: string[] = []): Promise<Converted> {
  const dir = tempDir();
  let mappingFile: string;
  if (typeof mapping === 'string') mappingFile = mapping;
  else {
    mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify(mapping));
  }
  const files = inputs.map((input) => {
    if (typeof input === 'string') return input;
    const file = join(dir, input.name);
    writeFileSync(file, input.text);
    return file;
  });
  const output = join(dir, 'out.json');
  const reportFile = join(dir, 'report.json');
  const result = await run(['convert', '--lang', 'en', '-m', mappingFile, '-o', output, '--report', reportFile, '--published', '2025-06-01', ...flags, ...files]);
  return {
    ...result,
    document: existsSync(output) ? (JSON.parse(readFileSync(output, 'utf8')) as MonitorDocument) : undefined,
    report: existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as ConvertReport & { valid: boolean }) : undefined,
  };
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as T;
}

export function find(document: MonitorDocument, indicator: string, area: string, period: string, breakdown?: Record<string, string>): Observation | undefined {
  const wanted = JSON.stringify(Object.entries(breakdown ?? {}).sort());
  return document.observations?.find(
    (observation) => observation.indicator === indicator && observation.area === area && observation.period === period && JSON.stringify(Object.entries(observation.breakdown ?? {}).sort()) === wanted,
  );
}

/** Parses a small `;` CSV with quotes (for checking results against the input independently of the pipeline's reader). */
export function simpleRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line) continue;
    const fields: string[] = [];
    let current = '';
    let quoted = false;
    for (let index = 0; index < line.length; index += 1) {
      const char = line[index]!;
      if (quoted) {
        if (char === '"' && line[index + 1] === '"') {
          current += '"';
          index += 1;
        } else if (char === '"') quoted = false;
        else current += char;
      } else if (char === '"') quoted = true;
      else if (char === ';') {
        fields.push(current);
        current = '';
      } else current += char;
    }
    fields.push(current);
    rows.push(fields);
  }
  return rows;
}
