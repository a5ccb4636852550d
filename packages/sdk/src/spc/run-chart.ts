import { fillLines, type PartitionCalc, type PartitionLimits, type Lines } from './lines.js';
import { medianAt } from './stats.js';

/** Run chart (qicharts2 qic.run): the median of the calculation points, no limits. */
export function runChartLines(
  values: Float64Array,
  inc: Int32Array,
  lines: Lines,
  part: PartitionCalc,
): PartitionLimits {
  const centre = medianAt(values, inc, part.from, part.calcTo);
  fillLines(lines, part, centre, NaN, NaN, NaN, NaN);
  return { centre, sigma: NaN, status: 'no-limits' };
}
