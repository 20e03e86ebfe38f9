import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalQuantile, sampleSd, tCdf, tInterval, tQuantile, wilsonInterval } from '../src/stats.js';

const close = (actual: number | undefined, expected: number, digits: number, what: string) => {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${what}: ${String(actual)} is not ${expected} to ${digits} decimals`);
};

test('normal quantile matches tables', () => {
  close(normalQuantile(0.975), 1.959963985, 9, 'z 0.975');
  close(normalQuantile(0.995), 2.575829304, 9, 'z 0.995');
  close(normalQuantile(0.05), -1.644853627, 9, 'z 0.05');
  close(normalQuantile(1e-10), -6.361340902, 8, 'z 1e-10');
});

test('t quantile matches tables, including the exact cases of 1 and 2 degrees of freedom', () => {
  const table: [number, number, number][] = [
    [0.975, 1, 12.70620474],
    [0.975, 2, 4.30265273],
    [0.975, 4, 2.776445105],
    [0.975, 9, 2.262157163],
    [0.975, 29, 2.045229642],
    [0.975, 100, 1.983971519],
    [0.995, 9, 3.249835542],
    [0.95, 5, 2.015048373],
    [0.05, 9, -1.833112933],
  ];
  for (const [p, df, expected] of table) close(tQuantile(p, df), expected, 6, `t(${p}, ${df})`);
  close(tCdf(tQuantile(0.975, 17), 17), 0.975, 10, 'cdf(quantile) round trip');
  close(tQuantile(0.975, Infinity), 1.959963985, 8, 't with infinite df is normal');
});

test('Wilson interval: 8 of 20 at 95% is [0.2188, 0.6134]; edges stay in [0, 1] and hold p', () => {
  const interval = wilsonInterval(8, 20);
  close(interval?.lower, 0.2188, 4, 'lower');
  close(interval?.upper, 0.6134, 4, 'upper');
  assert.deepEqual(wilsonInterval(0, 20)?.lower, 0);
  close(wilsonInterval(0, 20)?.upper, 0.1611, 4, 'upper of 0/20');
  assert.equal(wilsonInterval(20, 20)?.upper, 1);
  // 90%: z = 1.6449 → 8/20 gives [0.2424, 0.5814].
  close(wilsonInterval(8, 20, 0.9)?.lower, 0.2424, 4, '90% lower');
  close(wilsonInterval(8, 20, 0.9)?.upper, 0.5814, 4, '90% upper');
  assert.equal(wilsonInterval(1, 0), undefined);
});

test('t interval of the sample 5, 7, 8, 6, 9: mean 7 ± 2.7764 · 1.5811 / √5 = [5.0368, 8.9632]', () => {
  const sample = [5, 7, 8, 6, 9];
  const sd = sampleSd(sample);
  close(sd, 1.5811388, 6, 'sd');
  const interval = tInterval(7, sd, sample.length);
  close(interval?.lower, 5.0368, 4, 'lower');
  close(interval?.upper, 8.9632, 4, 'upper');
  assert.equal(tInterval(7, 0, 1), undefined, 'one value has no interval');
});
