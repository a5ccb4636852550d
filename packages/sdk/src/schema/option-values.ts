/**
 * The allowed values of the SPC options, as plain lists: the zod schemas in `options.ts` are built
 * from them, and `spc()` checks against them without loading zod.
 */
export const chartTypes = [
  'run',
  'xmr',
  'mr',
  'p',
  'pp',
  'u',
  'up',
  'c',
  'g',
  't',
  'xbar',
  's',
] as const;

export const improvements = ['increase', 'decrease', 'neutral'] as const;

export const rulePresets = ['mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic', 'anhoej'] as const;

/** Which side a point flagged both ways takes (MDC SQL `MetricConflictRule`). */
export const conflictModes = ['improvement', 'concern'] as const;

export const twoOfThreeModes = ['beyond-2-sigma', 'between-2-and-3-sigma'] as const;

export const targetOnLimitModes = ['inclusive', 'strict'] as const;
