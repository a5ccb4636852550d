/**
 * The 5th percentile of Binomial(size, 0.5), as R's `qbinom(0.05, size, 0.5)`: the smallest k
 * with P(X ≤ k) ≥ 0.05. Used for the Anhøj "unusually few crossings" limit.
 *
 * Up to size 1000 the CDF is summed from P(X = 0) = 2^-size by the exact ratio recurrence
 * (relative error about k·ε). Beyond that, P(X = k0) at a point well below the quantile is found
 * with Loader's saddle-point formula (as R's dbinom), the lower tail is summed down from it and the
 * CDF walked up to the quantile: linear in √size, accurate to ~1e-14, and checked against exact
 * integer arithmetic in the tests.
 */

// R fuzzes p downwards so that a CDF equal to p up to rounding still counts (left continuity).
const TARGET = 0.05 * (1 - 64 * Number.EPSILON);
const LN_TWO_PI = Math.log(2 * Math.PI);
const LN_SQRT_TWO_PI = 0.5 * LN_TWO_PI;

const cache = new Map<number, number>();

export function binomialFifthPercentile(size: number): number {
  if (!(size > 0)) return 0;
  const known = cache.get(size);
  if (known !== undefined) return known;
  const result = size <= 1000 ? smallSize(size) : largeSize(size);
  cache.set(size, result);
  return result;
}

function smallSize(size: number): number {
  let pmf = 0.5 ** size;
  let cdf = pmf;
  let k = 0;
  while (cdf < TARGET && k < size) {
    pmf = (pmf * (size - k)) / (k + 1);
    k++;
    cdf += pmf;
  }
  return k;
}

function largeSize(size: number): number {
  // 2.5 standard deviations below the mean: the CDF there is about 0.006, safely below 0.05.
  let k = Math.max(0, Math.floor(size / 2 - 1.25 * Math.sqrt(size)));
  const pmfAtK = binomialHalfPmf(k, size);
  let cdf = pmfAtK;
  let term = pmfAtK;
  for (let j = k; j > 0; j--) {
    term = (term * j) / (size - j + 1);
    cdf += term;
    if (term < cdf * 1e-18) break;
  }
  let pmf = pmfAtK;
  // Walk down if the start was already past the quantile (not expected for size > 1000).
  while (k > 0 && cdf - pmf >= TARGET) {
    cdf -= pmf;
    pmf = (pmf * k) / (size - k + 1);
    k--;
  }
  while (cdf < TARGET && k < size) {
    pmf = (pmf * (size - k)) / (k + 1);
    k++;
    cdf += pmf;
  }
  return k;
}

/** P(X = x) for X ~ Binomial(n, 0.5), by Loader (2000) as in R's dbinom_raw. */
export function binomialHalfPmf(x: number, n: number): number {
  if (x === 0 || x === n) return 0.5 ** n;
  const half = n / 2;
  const lc =
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance(x, half) -
    deviance(n - x, half);
  const lf = LN_TWO_PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/** ln(n!) − ((n + ½) ln n − n + ln √(2π)) for whole n ≥ 1. */
function stirlingError(n: number): number {
  if (n <= 15) {
    let logFactorial = 0;
    for (let i = 2; i <= n; i++) logFactorial += Math.log(i);
    return logFactorial - (n + 0.5) * Math.log(n) + n - LN_SQRT_TWO_PI;
  }
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x / np) + np − x, computed without cancellation when x is close to np. */
function deviance(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}
