import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairedRatio, verdict } from '../../bench/verdict.js';

// Loads of a contender that a drifting machine slows down round by round, with some noise of their own.
const drifting = (scale: number, noise: number[]) => noise.map((wobble, round) => scale * (300 + round * 20) * (1 + wobble));
const noiseA = [0.04, -0.03, 0.02, -0.05, 0.01, 0.03, -0.02, 0.05, -0.04, 0, 0.02, -0.01, 0.04, -0.03, 0.01];
const noiseB = [-0.02, 0.04, -0.04, 0.03, -0.01, 0.02, 0.05, -0.03, 0.01, -0.05, 0.03, 0, -0.02, 0.04, -0.01];

test('the ratio is the median of the rounds, so a drift that every contender shares cancels', () => {
  const other = [100, 180, 260, 340, 420];
  const result = pairedRatio(other.map((value) => value * 0.9), other);
  assert.ok(Math.abs(result.ratio - 0.9) < 1e-12, `ratio ${result.ratio}`);
  assert.ok(Math.abs(result.low - 0.9) < 1e-12 && Math.abs(result.high - 0.9) < 1e-12, `interval ${result.low}–${result.high}`);
  assert.equal(result.rounds, 5);
  assert.equal(verdict(result, 1), 'met');
});

test('a clear margin under the limit is met, a clear one over it is not, and a close one is undecided', () => {
  const other = drifting(1, noiseB);
  const faster = pairedRatio(drifting(0.8, noiseA), other);
  const slower = pairedRatio(drifting(1.25, noiseA), other);
  const even = pairedRatio(drifting(1, noiseA), other);
  for (const result of [faster, slower, even]) assert.ok(result.low <= result.ratio && result.ratio <= result.high, `${result.low} ≤ ${result.ratio} ≤ ${result.high}`);
  assert.ok(faster.high < 1 && slower.low > 1, `faster ${faster.low}–${faster.high}, slower ${slower.low}–${slower.high}`);
  assert.ok(even.low < 1 && even.high > 1, `even ${even.low}–${even.high}`);
  assert.equal(verdict(faster, 1), 'met');
  assert.equal(verdict(slower, 1), 'not met');
  assert.equal(verdict(even, 1), 'undecided');
});

test('the interval widens with the noise and narrows with more rounds', () => {
  const other = drifting(1, noiseB);
  const width = ({ low, high }: { low: number; high: number }) => high - low;
  const quiet = pairedRatio(drifting(1, noiseA.map((wobble) => wobble / 4)), other);
  const loud = pairedRatio(drifting(1, noiseA), other);
  assert.ok(width(quiet) < width(loud), `quiet ${width(quiet)}, loud ${width(loud)}`);
  const few = pairedRatio(drifting(1, noiseA).slice(0, 5), other.slice(0, 5));
  const many = pairedRatio([...drifting(1, noiseA), ...drifting(1, noiseA)], [...other, ...other]);
  assert.ok(width(many) < width(few), `15 rounds twice ${width(many)}, 5 rounds ${width(few)}`);
});

test('the same loads give the same interval', () => {
  const ours = drifting(1.02, noiseA);
  const other = drifting(1, noiseB);
  assert.deepEqual(pairedRatio(ours, other), pairedRatio(ours, other));
});

test('the limit itself counts as met', () => {
  assert.equal(verdict({ low: 0.9, high: 1.3 }, 1.3), 'met');
  assert.equal(verdict({ low: 1.3, high: 1.5 }, 1.3), 'undecided');
  assert.equal(verdict({ low: 1.31, high: 1.5 }, 1.3), 'not met');
});

test('loads that do not pair, or a load without a figure, are refused by name', () => {
  assert.throws(() => pairedRatio([1, 2, 3], [1, 2]), /3 loads against 2/);
  assert.throws(() => pairedRatio([], []), /no loads/);
  assert.throws(() => pairedRatio([1, 2], [1, 0]), /no time or no heap/);
});
