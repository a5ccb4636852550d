/** Log-gamma and the control chart constants that depend on it (c4, c5, A3). */

// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection below 0.5). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum: number = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

// Subgroup sizes repeat, so the constants are cached per size.
const c4Cache = new Map<number, number>();

/** c4(n): E[s] / σ for samples of n; NaN for n ≤ 1 (as qicharts2). */
export function c4(n: number): number {
  if (!(n > 1)) return NaN;
  let value = c4Cache.get(n);
  if (value === undefined) {
    value = Math.sqrt(2 / (n - 1)) * Math.exp(logGamma(n / 2) - logGamma((n - 1) / 2));
    c4Cache.set(n, value);
  }
  return value;
}

/** c5(n) = sqrt(1 − c4²). */
export function c5(n: number): number {
  const c = c4(n);
  return Math.sqrt(1 - c * c);
}

/** A3 for `k`-sigma limits of an Xbar chart (k = 3, or 2 for the near lines). */
export function a3(n: number, k: number): number {
  return k / (c4(n) * Math.sqrt(n));
}
