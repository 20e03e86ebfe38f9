// parsePeriod works on plain milliseconds (a daily series has thousands of
// periods, and two Dates each were a good part of a chart's heap). These hold
// its calendar arithmetic to what Date itself says, day by day and week by week.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriod, periodMidpoint, comparePeriods } from '../../src/format/period.js';

const DAY = 86_400_000;
const pad = (value: number) => String(value).padStart(2, '0');

test('every calendar day from 1896 to 2104 parses to its UTC midnight; impossible days do not parse', () => {
  for (let year = 1896; year <= 2104; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= 31; day += 1) {
        const text = `${year}-${pad(month)}-${pad(day)}`;
        const date = new Date(Date.UTC(year, month - 1, day));
        const exists = date.getUTCDate() === day;
        const parsed = parsePeriod(text);
        if (!exists) {
          assert.equal(parsed, undefined, text);
          continue;
        }
        assert.ok(parsed, text);
        assert.equal(parsed.start, date.getTime(), text);
        assert.equal(parsed.end - parsed.start, DAY, text);
        assert.deepEqual([parsed.kind, parsed.year, parsed.month, parsed.day], ['day', year, month, day], text);
      }
    }
  }
});

test('texts shaped like a day that are none do not parse', () => {
  for (const text of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', '20a4-01-01', '2024-1a-01', '2024-01-1a', '2024-1--01', '2024--1-01', '+024-01-01', '2024-01-01 ', '2024/01/01', '2024-01-0.', '2024-.1-01', '1e24-01-01', ' 024-01-01', '2024-01-1e', '2024-0x-01', '2024-W1-01', '2024-H1-01', 'abcd-ef-gh'])
    assert.equal(parsePeriod(text), undefined, text);
  assert.equal(parsePeriod('2024-01-01')?.text, '2024-01-01');
});

test('ISO weeks start on the Monday Date names, and week 53 exists only in long years', () => {
  for (let year = 1950; year <= 2060; year += 1) {
    // The reference: the Monday of the week that holds 4 January.
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const firstMonday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
    const nextJan4 = new Date(Date.UTC(year + 1, 0, 4));
    const nextFirstMonday = nextJan4.getTime() - ((nextJan4.getUTCDay() + 6) % 7) * DAY;
    const weeksInYear = (nextFirstMonday - firstMonday) / (7 * DAY);
    for (let week = 1; week <= 53; week += 1) {
      const text = `${year}-W${pad(week)}`;
      const parsed = parsePeriod(text);
      if (week > weeksInYear) {
        assert.equal(parsed, undefined, text);
        continue;
      }
      const start = firstMonday + (week - 1) * 7 * DAY;
      assert.ok(parsed, text);
      assert.equal(parsed.start, start, text);
      assert.equal(parsed.end, start + 7 * DAY, text);
      assert.equal(new Date(parsed.start).getUTCDay(), 1, `${text} starts on a Monday`);
      assert.deepEqual([parsed.month, parsed.day], [new Date(start).getUTCMonth() + 1, new Date(start).getUTCDate()], text);
    }
  }
});

test('years, halves, quarters and months span what Date says; the midpoint lies halfway', () => {
  const cases: [string, [number, number, number], [number, number, number]][] = [
    ['2024', [2024, 0, 1], [2025, 0, 1]],
    ['2024-H1', [2024, 0, 1], [2024, 6, 1]],
    ['2024-H2', [2024, 6, 1], [2025, 0, 1]],
    ['2024-Q4', [2024, 9, 1], [2025, 0, 1]],
    ['2024-02', [2024, 1, 1], [2024, 2, 1]],
    ['2024-12', [2024, 11, 1], [2025, 0, 1]],
  ];
  for (const [text, from, to] of cases) {
    const parsed = parsePeriod(text)!;
    assert.equal(parsed.start, Date.UTC(...from), text);
    assert.equal(parsed.end, Date.UTC(...to), text);
    assert.equal(periodMidpoint(parsed), (Date.UTC(...from) + Date.UTC(...to)) / 2, text);
  }
  assert.ok(comparePeriods('2024', '2024-H1') < 0, 'a year before its first half');
  assert.ok(comparePeriods('2024-W01', '2023-12-31') > 0);
});
