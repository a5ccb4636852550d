import type { Problem } from '../problems.js';
import {
  chartTypes,
  conflictModes,
  improvements,
  rulePresets,
  targetOnLimitModes,
  twoOfThreeModes,
} from '../schema/option-values.js';
import type { ChartType, RuleOptions, Rules } from '../schema/options.js';
import type { SpcOptions } from './input.js';
import { formatPath, quoteList } from './zod-problems.js';

// spc()'s options checked by hand, so spc() loads no zod: the rules and the wording are those of
// `spcOptionsSchema` read through `problemsFromZod` (a property test holds the two together).

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const SAFE = Number.MAX_SAFE_INTEGER;
const RULES_MESSAGE =
  'must be a preset name ("mdc", "mdc-2022", "mdc-excel", "nhsr", "qic" or "anhoej") or an object of rule settings';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isChartType = (value: unknown): value is ChartType =>
  (chartTypes as readonly unknown[]).includes(value);

/** problemsFromZod's wording for a value of the wrong type. */
function wrongType(value: unknown, path: Path, report: Report, expected: string): void {
  if (value === undefined) report(path, 'is required');
  else if (typeof value === 'number' && !Number.isFinite(value)) {
    report(path, 'must be a finite number');
  } else report(path, expected);
}

function isNumber(value: unknown, path: Path, report: Report): value is number {
  if (typeof value === 'number' && Number.isFinite(value)) return true;
  wrongType(value, path, report, 'must be a number');
  return false;
}

/** z.number().check(z.int(), z.gte(min), z.lte(max)): the safe-integer range is checked before min and max. */
function checkInt(value: unknown, path: Path, report: Report, min: number, max?: number): void {
  if (!isNumber(value, path, report)) return;
  if (!Number.isInteger(value)) return report(path, 'must be a whole number');
  if (value < -SAFE) report(path, `must be at least ${-SAFE}`);
  else if (value > SAFE) report(path, `must be at most ${SAFE}`);
  if (value < min) report(path, `must be at least ${min}`);
  if (max !== undefined && value > max) report(path, `must be at most ${max}`);
}

function checkEnum(value: unknown, values: readonly string[], path: Path, report: Report): void {
  if (!values.includes(value as string)) report(path, `must be one of ${quoteList(values)}`);
}

function checkIndices(value: unknown, path: Path, report: Report): void {
  if (!Array.isArray(value)) return wrongType(value, path, report, 'must be a list');
  for (let j = 0; j < value.length; j++) checkInt(value[j], [...path, j], report, 0);
}

/** The keys present in `input`, in `keys` order, as zod's object output holds them. */
function pick<T extends object>(input: Record<string, unknown>, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in input) out[key] = input[key];
  return out as T;
}

const RULE_KEYS = [
  'preset',
  'shift',
  'trend',
  'twoOfThree',
  'screenOutliers',
  'minPoints',
  'targetOnLimit',
  'conflict',
] as const;

function checkRules(value: unknown, report: Report): void {
  if (value === undefined || rulePresets.includes(value as never)) return;
  if (!isRecord(value)) return report(['rules'], RULES_MESSAGE);
  const at = (key: string): Path => ['rules', key];
  const { preset, shift, trend, twoOfThree, screenOutliers, minPoints, targetOnLimit, conflict } =
    value;
  if (preset !== undefined) checkEnum(preset, rulePresets, at('preset'), report);
  if (shift !== undefined) checkInt(shift, at('shift'), report, 2, 20);
  if (trend !== undefined) checkInt(trend, at('trend'), report, 2, 20);
  if (twoOfThree !== undefined) checkEnum(twoOfThree, twoOfThreeModes, at('twoOfThree'), report);
  if (screenOutliers !== undefined && typeof screenOutliers !== 'boolean') {
    wrongType(screenOutliers, at('screenOutliers'), report, 'must be true or false');
  }
  if (minPoints !== undefined) checkInt(minPoints, at('minPoints'), report, 1);
  if (targetOnLimit !== undefined) {
    checkEnum(targetOnLimit, targetOnLimitModes, at('targetOnLimit'), report);
  }
  if (conflict !== undefined) checkEnum(conflict, conflictModes, at('conflict'), report);
}

const OPTION_KEYS = [
  'chart',
  'improvement',
  'target',
  'rules',
  'rebase',
  'baseline',
  'exclude',
] as const;

/**
 * Reads spc()'s options (everything but `data`), with `spcOptionsSchema`'s rules and defaults.
 * Returns the options, or the problems in the order that schema reports them.
 */
export function readOptions(
  input: Record<string, unknown>,
): { ok: true; options: SpcOptions } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (path, message) => {
    problems.push({ where: formatPath(path), message, path });
  };
  const { chart, improvement, target, rules, rebase, baseline, exclude } = input;
  if (chart !== undefined) checkEnum(chart, chartTypes, ['chart'], report);
  if (improvement !== undefined) checkEnum(improvement, improvements, ['improvement'], report);
  if (target !== undefined && target !== null) isNumber(target, ['target'], report);
  checkRules(rules, report);
  if (rebase !== undefined) checkIndices(rebase, ['rebase'], report);
  if (baseline !== undefined) checkInt(baseline, ['baseline'], report, 2);
  if (exclude !== undefined) checkIndices(exclude, ['exclude'], report);
  for (const key of Object.keys(input)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) {
      report([key], 'is not an option spc() understands');
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const options: SpcOptions = {
    chart: (chart as ChartType | undefined) ?? 'xmr',
    improvement: (improvement as SpcOptions['improvement'] | undefined) ?? 'neutral',
    ...pick<Pick<SpcOptions, 'target'>>(input, ['target']),
    rules: isRecord(rules) ? pick<RuleOptions>(rules, RULE_KEYS) : ((rules as Rules) ?? 'mdc'),
    ...pick<Pick<SpcOptions, 'rebase' | 'baseline' | 'exclude'>>(input, [
      'rebase',
      'baseline',
      'exclude',
    ]),
  };
  // zod hands back copies of the lists.
  if (Array.isArray(rebase)) options.rebase = [...(rebase as number[])];
  if (Array.isArray(exclude)) options.exclude = [...(exclude as number[])];
  return { ok: true, options };
}
