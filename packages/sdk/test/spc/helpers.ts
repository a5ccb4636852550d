import { spc, type SpcInput, type SpcResult } from '../../src/index.js';

export type Options = Omit<SpcInput, 'data'>;

/** An XmR (or other) chart of plain values, x = 0, 1, 2 … */
export function chart(values: readonly (number | null)[], options: Options = {}): SpcResult {
  const result = spc({ chart: 'xmr', ...options, data: values.map((y, i) => ({ x: i, y })) });
  if (result.problems.length > 0)
    throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Indices of the points carrying `signal`. */
export function flagged(
  result: SpcResult,
  signal: 'astronomical' | 'shift' | 'trend' | 'two-of-three',
): number[] {
  return result.points.filter((p) => p.signals.includes(signal)).map((p) => p.index);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** 20 points alternating 9 and 11: mean 10, MRbar 2, limits 10 ± 5.32, 2-sigma lines 10 ± 3.5467. */
export const CALM: readonly number[] = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 9 : 11));

/** Close enough for values computed in a different order (relative 1e-12). */
export function near(actual: number | null | undefined, expected: number, digits = 9): boolean {
  return (
    actual !== null &&
    actual !== undefined &&
    Math.abs(actual - expected) <= 10 ** -digits * Math.max(1, Math.abs(expected))
  );
}
