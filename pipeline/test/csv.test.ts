import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvReader, cleanCell, parseDate, parseNumber, type CsvRecord, type CsvSource } from '../src/csv.js';

/** A source that hands the bytes over in small pieces, so records and characters straddle chunk boundaries. */
function chunked(bytes: Uint8Array, size: number): CsvSource {
  return {
    name: 'test.csv',
    size: bytes.length,
    chunks: (async function* () {
      for (let start = 0; start < bytes.length; start += size) yield await Promise.resolve(bytes.slice(start, start + size));
    })(),
  };
}

async function readAll(source: CsvSource, options = {}) {
  const reader = new CsvReader(source, options);
  const records: CsvRecord[] = [];
  for await (const batch of reader.batches()) records.push(...batch);
  return { reader, records };
}

const EXCEL = '\uFEFFTeam;Opmerking;Score\r\nNoord;"Verblijf; gezinshuis";7,5\r\nOost;"zei ""nee"" en\r\nging weg";8\r\n;;\r\nZuid;gewoon;6\r\n';

test('csv: Excel export with BOM, ; separator, quoted ; and "" and a line break inside quotes, CRLF, blank row', async () => {
  for (const size of [1, 3, 7, 1000]) {
    const { reader, records } = await readAll(chunked(new TextEncoder().encode(EXCEL), size), { sniffBytes: 1 });
    assert.deepEqual(reader.header?.names, ['Team', 'Opmerking', 'Score'], `chunk ${size}`);
    assert.equal(reader.header.delimiter, ';');
    assert.equal(reader.header.encoding, 'utf-8');
    assert.deepEqual(
      records.map((record) => [record.line, ...record.fields]),
      [
        [2, 'Noord', 'Verblijf; gezinshuis', '7,5'],
        [3, 'Oost', 'zei "nee" en\r\nging weg', '8'],
        // Line 4 is the second line of the quoted field, line 5 the blank row.
        [6, 'Zuid', 'gewoon', '6'],
      ],
      `chunk ${size}`,
    );
    assert.equal(reader.blankLines, 1);
  }
});

test('csv: Excel sep= line, Windows-1252 bytes, comma separator detected', async () => {
  const windows1252 = Uint8Array.from([...new TextEncoder().encode('sep=;\nnaam;waarde\n'), 0x43, 0x72, 0xe8, 0x63, 0x68, 0x65, 0x3b, 0x31, 0x0a]);
  const { reader, records } = await readAll(chunked(windows1252, 4));
  assert.equal(reader.header?.encoding, 'windows-1252');
  assert.equal(reader.header.line, 2);
  assert.deepEqual(records[0], { line: 3, fields: ['Crèche', '1'] });
  const comma = await readAll(chunked(new TextEncoder().encode('"a","b"\n"1,5",2'), 100));
  assert.equal(comma.reader.header?.delimiter, ',');
  assert.deepEqual(comma.records[0]?.fields, ['1,5', '2']);
});

test('csv: an unterminated quote is an error with its line', async () => {
  await assert.rejects(readAll(chunked(new TextEncoder().encode('a;b\n1;"open\n'), 100)), /unterminated quoted field starting on line 2/);
});

test('numbers: decimal comma and thousands dots, decimal point, refusals', () => {
  assert.equal(parseNumber('7,5', ','), 7.5);
  assert.equal(parseNumber('1.234,5', ','), 1234.5);
  assert.equal(parseNumber('−3', ','), -3);
  assert.equal(parseNumber('12 345', ','), 12345);
  assert.equal(parseNumber('7.5', ','), undefined, 'a decimal point in a decimal-comma file is refused, not guessed');
  assert.equal(parseNumber('1,234.5', '.'), 1234.5);
  assert.equal(parseNumber('10.6', '.'), 10.6);
  assert.equal(parseNumber('abc', '.'), undefined);
  assert.equal(parseNumber('', ','), undefined);
  assert.equal(cleanCell(' ="0344" '), '0344');
});

test('dates: Dutch day-first, ISO, Excel serial; impossible dates refused', () => {
  assert.deepEqual(parseDate('15-3-2024'), { year: 2024, month: 3, day: 15 });
  assert.deepEqual(parseDate('01/12/2024 00:00'), { year: 2024, month: 12, day: 1 });
  assert.deepEqual(parseDate('2024-03-15'), { year: 2024, month: 3, day: 15 });
  assert.deepEqual(parseDate('45366', 'excel'), { year: 2024, month: 3, day: 15 });
  assert.equal(parseDate('30-02-2024'), undefined);
  assert.equal(parseDate('2024/15/03'), undefined);
});
