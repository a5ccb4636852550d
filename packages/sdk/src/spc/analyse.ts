import { fail, ok, type Problem, type Result } from '../problems.js';
import { compute } from './compute.js';
import type { SpcInput } from './input.js';
import { resolveRules } from './presets.js';
import { readData } from './read-data.js';
import type { Series } from './series.js';
import type { SpcResult, SpcX } from './types.js';
import { isChartType, readOptions } from './read-options.js';

/**
 * Analyses a series of points as a control (or run) chart and returns a discriminated result:
 * `{ ok: true, value }`, or `{ ok: false, problems }` where each problem names where it is
 * (e.g. `data[4].n`) and what is wrong in plain words. Never throws.
 */
export function analyseSpc(input: SpcInput): Result<SpcResult>;
export function analyseSpc(input: unknown): Result<SpcResult>;
export function analyseSpc(input: unknown): Result<SpcResult> {
  try {
    return analyse(input);
  } catch (error) {
    // A bug, not bad input: still reported as a problem so callers never see an exception.
    const detail = error instanceof Error ? error.message : String(error);
    return fail([
      { where: 'spc', message: `could not be analysed because of an internal error (${detail})` },
    ]);
  }
}

/**
 * Statistical process control for one measure: centre line and limits per partition, the
 * special-cause rules of the chosen preset, the variation and assurance icons, the Anhøj runs
 * analysis and warnings.
 *
 * Error handling (a deliberate choice): `spc()` never throws, so a dashboard can render whatever it
 * is given. Invalid input (non-finite y, a zero or negative denominator, an unknown chart, bad
 * options…) returns the same `SpcResult` shape with empty `points` and `partitions`,
 * `variation: 'none'`, `assurance: null` and `problems` listing every issue in plain words. Check
 * `result.problems.length`, or call `analyseSpc()` for a discriminated `Result<SpcResult>`.
 * Options are checked by hand with the rules of `spcOptionsSchema` (tested to agree, so spc() loads
 * no zod); the rows with a single-pass check that applies the rules of `spcDataPointSchema`
 * (tested to agree) plus the chart's own.
 *
 * Above 50,000 points, `points` is an array whose objects are created on first access (building a
 * million objects up front would cost more than the analysis); it behaves as a plain array except
 * for `structuredClone`, which needs `Array.from(result.points)` first.
 */
export function spc(input: SpcInput): SpcResult;
export function spc(input: unknown): SpcResult;
export function spc(input: unknown): SpcResult {
  const result = analyseSpc(input);
  return result.ok ? result.value : emptyResult(input, result.problems);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emptyResult(input: unknown, problems: Problem[]): SpcResult {
  const record = isRecord(input) ? input : {};
  const chart = isChartType(record['chart']) ? record['chart'] : 'xmr';
  return {
    chart,
    improvement: 'neutral',
    target: null,
    rules: resolveRules('mdc', chart),
    points: [],
    partitions: [],
    variation: 'none',
    assurance: null,
    warnings: [],
    problems,
  };
}

function analyse(input: unknown): Result<SpcResult> {
  if (!isRecord(input)) {
    return fail([
      {
        where: 'input',
        message: 'must be an object such as { chart: "xmr", data: [...] }',
        path: [],
      },
    ]);
  }
  const { data, ...rest } = input;
  const problems: Problem[] = [];
  const parsed = readOptions(rest);
  if (!parsed.ok) problems.push(...parsed.problems);
  const chart = parsed.ok
    ? parsed.options.chart
    : isChartType(rest['chart'])
      ? rest['chart']
      : 'xmr';
  let series: Series | null = null;
  if (data === undefined) {
    problems.push({
      where: 'data',
      message: 'is required: a list of points such as [{ "x": "2024-04-01", "y": 12 }]',
      path: ['data'],
    });
  } else if (!Array.isArray(data)) {
    problems.push({
      where: 'data',
      message: 'must be a list of points such as [{ "x": "2024-04-01", "y": 12 }]',
      path: ['data'],
    });
  } else {
    series = readData(data as readonly unknown[], chart, problems);
  }
  if (parsed.ok && series !== null) {
    checkIndices('rebase', parsed.options.rebase, series.length, problems);
    checkIndices('exclude', parsed.options.exclude, series.length, problems);
  }
  if (!parsed.ok || series === null || problems.length > 0) return fail(problems);
  // readData has checked every row, so the rows have the shape the points are built from.
  return ok(compute(data as readonly { x: SpcX }[], series, parsed.options));
}

function checkIndices(
  name: 'rebase' | 'exclude',
  indices: readonly number[] | undefined,
  length: number,
  problems: Problem[],
): void {
  indices?.forEach((index, j) => {
    if (index >= length) {
      problems.push({
        where: `${name}[${j}]`,
        message: `is ${index}, but there ${length === 1 ? 'is only 1 point' : `are only ${length} points`} (numbered from 0)`,
        path: [name, j],
      });
    }
  });
}
