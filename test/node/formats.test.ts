// Numbers and periods are formatted without Intl (its first use starts ICU,
// tens of milliseconds before the first chart draws). These hold our output
// to Intl's nl-NL and en-GB, so the Dutch reader sees exactly what Intl says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, formatValue } from '../../src/format/number.js';
import { formatPeriod, formatDate } from '../../src/format/period.js';

const intlLocale = { nl: 'nl-NL', en: 'en-GB' } as const;

test('formatNumber writes what Intl.NumberFormat writes, in Dutch and English', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const values = [0, 1, 12.35, 12.25, 1.005, 2.5, -2.5, 0.05, 999.95, 1234, 1234567.891, 100, 99.99, 0.5, -1234.5, -12.3];
  for (let index = 0; index < 2000; index += 1) values.push(Math.round((random() - 0.3) * 10 ** (1 + (index % 7)) * 1000) / 1000);
  for (const lang of ['nl', 'en'] as const) {
    for (const decimals of [0, 1, 2, 3]) {
      const intl = new Intl.NumberFormat(intlLocale[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      for (const value of values) {
        const expected = intl.format(value);
        // Intl keeps the sign of a negative that rounds to zero ("-0,0"); a monitor shows 0,0.
        if (/^-0[,.]?0*$/.test(expected)) assert.equal(formatNumber(value, lang, decimals), expected.slice(1), `${value} (${lang}, ${decimals})`);
        else assert.equal(formatNumber(value, lang, decimals), expected, `${value} (${lang}, ${decimals})`);
      }
    }
  }
});

test('percentages read as Intl writes them: 12,3% and 12.3%', () => {
  const indicator = { unit: 'percent', decimals: 1 } as const;
  for (const lang of ['nl', 'en'] as const) {
    const intl = new Intl.NumberFormat(intlLocale[lang], { style: 'unit', unit: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const value of [0, 12.34, 12.35, 99.95, 100, 1234.5]) assert.equal(formatValue(value, indicator, lang), intl.format(value));
  }
  assert.equal(formatValue(12.3, indicator), '12,3%');
  assert.equal(formatValue(1234, { unit: 'count', decimals: 0 }), '1.234');
});

test('months and days are named as Intl.DateTimeFormat names them', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const style of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(intlLocale[lang], { month: style, year: 'numeric', timeZone: 'UTC' });
      const day = new Intl.DateTimeFormat(intlLocale[lang], { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' });
      for (let index = 1; index <= 12; index += 1) {
        const text = String(index).padStart(2, '0');
        assert.equal(formatPeriod(`2024-${text}`, lang, style), month.format(new Date(Date.UTC(2024, index - 1, 1))));
        for (const date of [1, 9, 28]) assert.equal(formatPeriod(`2024-${text}-${String(date).padStart(2, '0')}`, lang, style), day.format(new Date(Date.UTC(2024, index - 1, date))));
      }
    }
  }
  assert.equal(formatDate('2025-05-03'), '3 mei 2025');
  assert.equal(formatDate('2025-05-03', 'en'), '3 May 2025');
});
