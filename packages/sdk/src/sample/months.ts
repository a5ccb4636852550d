import type { DataPoint } from '../schema/measure.js';

/** The sample's 36 month starts, April 2022 to March 2025 (fixed, so tests never drift). */
export const sampleMonths: readonly string[] = Array.from({ length: 36 }, (_, i) => {
  const month = 3 + i; // April 2022 is month index 3 of 2022
  const year = 2022 + Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
});

/** Monthly data points from 36 values in month order. */
export function monthly(values: readonly number[]): DataPoint[] {
  return values.map((y, i) => ({ x: sampleMonths[i] ?? '', y }));
}
