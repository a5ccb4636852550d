import {
  spcChartNamesEn,
  spcWarningsEn,
  type SpcWarningKey,
} from '../i18n/messages/spc-warnings.js';
import type { Improvement } from '../schema/options.js';
import type { Classification } from './classify.js';
import type { Included } from './partitions.js';
import type { ResolvedRules, SpcWarning, SpcWarningCode } from './types.js';

const MAX_LISTED = 20;

type Params = Record<string, string | number>;
type ChartNameKey = keyof typeof spcChartNamesEn;

/** `{name}` placeholders filled from `params` (the same rule as the SDK's `translate`). */
function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A warning with its English message, and the key and values that let `describeSpcWarning`
 * word it in another language. A `chart` value is a chart id, named in English here.
 */
export function warning(
  code: SpcWarningCode,
  key: SpcWarningKey,
  params: Params = {},
  extra: { partition?: number; points?: readonly number[] } = {},
): SpcWarning {
  const english =
    typeof params.chart === 'string'
      ? { ...params, chart: spcChartNamesEn[`spc.chart.${params.chart}` as ChartNameKey] }
      : params;
  const w: SpcWarning = {
    code,
    message: fill(spcWarningsEn[key], english),
    messageKey: key,
    params: { ...params },
  };
  if (extra.partition !== undefined) w.partition = extra.partition;
  if (extra.points !== undefined) w.points = extra.points.slice(0, MAX_LISTED);
  return w;
}

/** A warning per partition whose baseline points carry special cause. */
export function baselineWarnings(
  ruled: Included,
  bits: Uint8Array,
  baseline: number,
  warnings: SpcWarning[],
  firstOnly = false,
): void {
  const partitions = firstOnly ? Math.min(1, ruled.offsets.length - 1) : ruled.offsets.length - 1;
  for (let k = 0; k < partitions; k++) {
    const from = ruled.offsets[k] ?? 0;
    const to = Math.min(ruled.offsets[k + 1] ?? 0, from + baseline);
    const flagged: number[] = [];
    for (let q = from; q < to; q++) {
      const i = ruled.inc[q] ?? 0;
      if ((bits[i] ?? 0) !== 0) flagged.push(i);
    }
    if (flagged.length > 0) {
      warnings.push(
        warning(
          'baseline-special-cause',
          'spc.warning.baselineSpecialCause',
          { partition: k + 1 },
          { partition: k, points: flagged },
        ),
      );
    }
  }
}

/** One warning listing the points flagged on both sides. */
export function conflictWarning(
  classes: Classification,
  rules: ResolvedRules,
  improvement: Improvement,
  warnings: SpcWarning[],
): void {
  const count = classes.conflicts.length;
  if (count === 0) return;
  // With no improving side (neutral), the MDC rule falls back to precedence too.
  const bySide = rules.conflict !== 'precedence' && improvement !== 'neutral';
  const key = !bySide
    ? 'spc.warning.conflictPrecedence'
    : rules.conflict === 'improvement'
      ? 'spc.warning.conflictImprovement'
      : 'spc.warning.conflictConcern';
  warnings.push(warning('conflicting-signals', key, { count }, { points: classes.conflicts }));
}
