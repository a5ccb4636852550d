import { binomialFifthPercentile } from './qbinom.js';
import type { RunsAnalysis } from './types.js';

/**
 * Anhøj runs analysis as qicharts2 0.8.1 `runs.analysis`: points exactly on the centre line are
 * dropped; a longest run above round(log2(n)) + 3 or fewer crossings than qbinom(0.05, n − 1, 0.5)
 * signals non-random variation.
 */
export function runsAnalysis(
  values: Float64Array,
  inc: Int32Array,
  from: number,
  to: number,
  centre: number,
): RunsAnalysis {
  let useful = 0;
  let runs = 0;
  let longest = 0;
  let current = 0;
  let previous = 0;
  for (let q = from; q < to; q++) {
    const d = (values[inc[q] ?? 0] ?? NaN) - centre;
    const s = d > 0 ? 1 : d < 0 ? -1 : 0;
    if (s === 0) continue;
    useful++;
    if (s === previous) current++;
    else {
      runs++;
      current = 1;
      previous = s;
    }
    if (current > longest) longest = current;
  }
  return runsResult(useful, runs, longest);
}

/** The runs analysis from its counts: useful points, number of runs and the longest run. */
export function runsResult(useful: number, runs: number, longest: number): RunsAnalysis {
  if (useful === 0) {
    return {
      useful,
      longestRun: null,
      longestRunMax: null,
      crossings: null,
      crossingsMin: null,
      signal: false,
    };
  }
  const longestRunMax = longestRunLimit(useful);
  const crossingsMin = binomialFifthPercentile(useful - 1);
  const crossings = runs - 1;
  return {
    useful,
    longestRun: longest,
    longestRunMax,
    crossings,
    crossingsMin,
    signal: longest > longestRunMax || crossings < crossingsMin,
  };
}

/** round(log2(n)) + 3 (log2 of a whole number is never exactly x.5, so rounding rules agree with R). */
export function longestRunLimit(useful: number): number {
  return Math.round(Math.log2(useful)) + 3;
}

/** qbinom(0.05, n − 1, 0.5). */
export function crossingsLimit(useful: number): number {
  return binomialFifthPercentile(useful - 1);
}
