/**
 * Reading CSV files the way Dutch spreadsheets write them: `;` as separator,
 * decimal comma, UTF-8 with a byte-order mark or Windows-1252 from older
 * Excel versions, quoted fields with `""` and line breaks inside, CRLF line
 * ends, an optional `sep=;` first line, and `="0344"` text-protected cells.
 * The reader streams: it yields records in batches with the physical line
 * number each record starts on, so any row can be reported by its line.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export type Delimiter = ';' | ',' | '\t' | '|';
export type Encoding = 'utf-8' | 'windows-1252';

export interface CsvOptions {
  /** The field separator; `auto` (default) picks the most frequent of `;` `,` tab `|` in the first line. */
  delimiter?: Delimiter | 'auto';
  /** `auto` (default): UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
  encoding?: Encoding | 'auto';
  /** Records per batch. */
  batchSize?: number;
  /** Bytes to look at before deciding the encoding (default 64 KiB). */
  sniffBytes?: number;
}

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvHeader {
  line: number;
  names: string[];
  delimiter: Delimiter;
  encoding: Encoding;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface ParseState {
  line: number;
}

/**
 * Parses the complete records at the start of `text`; returns how many
 * characters were consumed. An incomplete record (open quote, or no line end
 * yet) is left for the next call unless `final`.
 */
export function parseRecords(text: string, delimiter: string, final: boolean, state: ParseState, out: CsvRecord[]): number {
  const delimiterCode = delimiter.charCodeAt(0);
  const length = text.length;
  let index = 0;
  while (index < length) {
    const recordLine = state.line;
    let newlines = 0;
    const fields: string[] = [];
    let pos = index;
    let complete = false;
    for (;;) {
      // One field starts at pos.
      let value: string;
      if (pos < length && text.charCodeAt(pos) === QUOTE) {
        let scan = pos + 1;
        let segmentStart = scan;
        value = '';
        let closed = false;
        for (;;) {
          const quote = text.indexOf('"', scan);
          if (quote === -1) break;
          if (quote + 1 >= length && !final) break; // cannot tell "" from " yet
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(segmentStart, quote + 1);
            scan = quote + 2;
            segmentStart = scan;
            continue;
          }
          value += text.slice(segmentStart, quote);
          scan = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final) return index;
          throw new CsvError(`unterminated quoted field starting on line ${recordLine}`, recordLine);
        }
        for (let at = pos; at < scan; at += 1) {
          const code = text.charCodeAt(at);
          if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) newlines += 1;
        }
        pos = scan;
        // Lenient: text after the closing quote up to the separator belongs to the field.
        const rest = pos;
        while (pos < length) {
          const code = text.charCodeAt(pos);
          if (code === delimiterCode || code === LF || code === CR) break;
          pos += 1;
        }
        if (pos > rest) value += text.slice(rest, pos);
      } else {
        const start = pos;
        while (pos < length) {
          const code = text.charCodeAt(pos);
          if (code === delimiterCode || code === LF || code === CR) break;
          pos += 1;
        }
        value = text.slice(start, pos);
      }
      fields.push(value);
      if (pos >= length) {
        if (final) complete = true;
        break;
      }
      const code = text.charCodeAt(pos);
      if (code === delimiterCode) {
        pos += 1;
        if (pos >= length && final) {
          fields.push('');
          complete = true;
          break;
        }
        continue;
      }
      // A line end.
      if (code === CR) {
        if (pos + 1 >= length && !final) break;
        pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      } else pos += 1;
      newlines += 1;
      complete = true;
      break;
    }
    if (!complete) return index;
    out.push({ line: recordLine, fields });
    state.line += newlines;
    index = pos;
  }
  return index;
}

function sniffDelimiter(firstLine: string): Delimiter {
  const counts: [Delimiter, number][] = ([';', ',', '\t', '|'] as const).map((candidate) => {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count += 1;
    }
    return [candidate, count];
  });
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

function sniffEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Re-chunks the start of a stream so the first chunk holds at least 64 KiB (or everything), enough to tell the encoding. */
async function* sniffable(chunks: AsyncIterable<Uint8Array>, minimum = 65_536): AsyncGenerator<Uint8Array> {
  let head: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    if (head.length === 0 && size >= minimum) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    size += chunk.length;
    if (size >= minimum) {
      yield concat(head, size);
      head = [];
    }
  }
  if (head.length) yield concat(head, size);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

export interface CsvSource {
  /** Chunks of bytes in order. */
  chunks: AsyncIterable<Uint8Array>;
  /** Total size in bytes when known (for progress). */
  size?: number;
  name: string;
}

export async function fileSource(path: string): Promise<CsvSource> {
  const info = await stat(path);
  return { chunks: createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>, size: info.size, name: path };
}

export function textSource(text: string, name = '(text)'): CsvSource {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    chunks: (async function* () {
      yield await Promise.resolve(bytes);
    })(),
  };
}

export interface CsvReadOptions extends CsvOptions {
  onBytes?: (bytesRead: number) => void;
}

/**
 * Streams a CSV source: first the header, then the data records in batches.
 * Blank lines (every field empty, as Excel writes `;;;`) are counted, not yielded.
 */
export class CsvReader {
  header: CsvHeader | undefined;
  blankLines = 0;
  bytesRead = 0;

  constructor(
    private readonly source: CsvSource,
    private readonly options: CsvReadOptions = {},
  ) {}

  async *batches(): AsyncGenerator<CsvRecord[]> {
    const batchSize = this.options.batchSize ?? 16384;
    let decoder: TextDecoder | undefined;
    let encoding: Encoding | undefined;
    let delimiter: Delimiter | undefined;
    let text = '';
    const state: ParseState = { line: 1 };
    let pending: CsvRecord[] = [];
    const requested = this.options.encoding ?? 'auto';

    const take = function* (this: CsvReader, records: CsvRecord[]): Generator<CsvRecord[]> {
      for (const record of records) {
        if (!this.header) {
          this.header = { line: record.line, names: record.fields.map((name) => name.trim()), delimiter: delimiter!, encoding: encoding! };
          continue;
        }
        if (record.fields.every((field) => field.trim() === '')) {
          this.blankLines += 1;
          continue;
        }
        pending.push(record);
        if (pending.length >= batchSize) {
          yield pending;
          pending = [];
        }
      }
    }.bind(this);

    const decode = (bytes: Uint8Array | undefined): string => {
      try {
        return bytes ? decoder!.decode(bytes, { stream: true }) : decoder!.decode();
      } catch {
        throw new CsvError(`${this.source.name} is not valid UTF-8 (after byte ${this.bytesRead}); set "csv": {"encoding": "windows-1252"} in the mapping`);
      }
    };

    const prepare = (): boolean => {
      // Decide the separator once the first line is complete; honour Excel's `sep=;` line.
      if (delimiter) return true;
      const end = text.search(/\r|\n/);
      if (end === -1) return false;
      const first = text.slice(0, end);
      const hint = /^sep=(.)$/i.exec(first.trim());
      if (hint) {
        delimiter = hint[1] as Delimiter;
        text = text.slice(end + (text.startsWith('\r\n', end) ? 2 : 1));
        state.line = 2;
        return true;
      }
      const option = this.options.delimiter ?? 'auto';
      delimiter = option === 'auto' ? sniffDelimiter(first) : option;
      return true;
    };

    for await (const chunk of sniffable(this.source.chunks, this.options.sniffBytes)) {
      if (!decoder) {
        encoding = requested === 'auto' ? sniffEncoding(chunk) : requested;
        // The UTF-8 decoder drops a leading BOM by itself.
        decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
      }
      this.bytesRead += chunk.length;
      text += decode(chunk);
      this.options.onBytes?.(this.bytesRead);
      if (!prepare()) continue;
      const records: CsvRecord[] = [];
      const consumed = parseRecords(text, delimiter!, false, state, records);
      text = text.slice(consumed);
      yield* take(records);
    }
    if (decoder) text += decode(undefined);
    if (!delimiter) {
      encoding ??= 'utf-8';
      delimiter = this.options.delimiter && this.options.delimiter !== 'auto' ? this.options.delimiter : sniffDelimiter(text);
    }
    if (text.length) {
      const records: CsvRecord[] = [];
      parseRecords(text, delimiter, true, state, records);
      yield* take(records);
    }
    if (pending.length) yield pending;
    if (!this.header) throw new CsvError(`${this.source.name} is empty: no header line`);
  }
}

/** Trims a cell and unwraps Excel's text protection `="0344"`. */
export function cleanCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  // Most cells need nothing: no surrounding space, no `="..."`.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && first !== 61 && last > 32 && first !== 0xa0 && last !== 0xa0) return value;
  const trimmed = value.trim();
  if (trimmed.length >= 3 && trimmed.startsWith('="') && trimmed.endsWith('"')) return trimmed.slice(2, -1).replace(/""/g, '"');
  return trimmed;
}

const COMMA_THOUSANDS = /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_PLAIN = /^[-+]?(?:\d+(?:,\d*)?|,\d+)$/;
const POINT_THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const POINT_PLAIN = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A number as written with a decimal comma (`12,5`, `1.234,5`) or a decimal
 * point (`12.5`, `1,234.5`). Spaces (also non-breaking) and the Unicode minus
 * are accepted; anything else gives undefined. With the decimal comma, `7.5`
 * is refused rather than guessed.
 */
export function parseNumber(raw: string, decimal: ',' | '.'): number | undefined {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (!text) return undefined;
  let normal: string;
  if (decimal === ',') {
    if (COMMA_PLAIN.test(text)) normal = text.replace(',', '.');
    else if (COMMA_THOUSANDS.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
    else return undefined;
  } else if (POINT_PLAIN.test(text)) normal = text;
  else if (POINT_THOUSANDS.test(text)) normal = text.replace(/,/g, '');
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?$/;

function calendar(year: number, month: number, day: number): CalendarDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/**
 * A date as Dutch exports write it: `15-3-2024`, `15-03-2024`, `15/03/2024`,
 * `15.03.2024` (day first), or ISO `2024-03-15`; a time after it is ignored.
 * With `excel`, a serial day number (45366 = 2024-03-15).
 */
export function parseDate(text: string, format: 'auto' | 'excel' = 'auto'): CalendarDate | undefined {
  if (format === 'excel') {
    const serial = parseNumber(text, ',') ?? parseNumber(text, '.');
    if (serial === undefined || serial < 1) return undefined;
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = DUTCH_DATE.exec(text);
  if (dutch) return calendar(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  return undefined;
}
