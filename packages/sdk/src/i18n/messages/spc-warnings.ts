import type { MessagesLike } from '../types.js';

// English only and apart from the rest of the SPC part: spc() writes its warnings in English
// (hosts localise them by `code`), so it imports these few strings and no catalogue.

/** Chart names, as used inside warnings and descriptions. */
export const spcChartNamesEn = {
  'spc.chart.run': 'run chart',
  'spc.chart.xmr': 'XmR chart',
  'spc.chart.mr': 'moving range chart',
  'spc.chart.p': 'p chart',
  'spc.chart.pp': 'p′ chart',
  'spc.chart.u': 'u chart',
  'spc.chart.up': 'u′ chart',
  'spc.chart.c': 'c chart',
  'spc.chart.g': 'g chart',
  'spc.chart.t': 't chart',
  'spc.chart.xbar': 'Xbar chart',
  'spc.chart.s': 'S chart',
} as const satisfies MessagesLike;

/** The English text of `SpcWarning.message`, by message key. */
export const spcWarningsEn = {
  'spc.warning.noData': 'There are no data points to analyse.',
  'spc.warning.allExcluded': 'Every point is excluded or missing, so nothing could be calculated.',
  'spc.warning.tooFewPoints':
    'Partition {partition} has {points} usable points; at least {minPoints} are needed before its process limits are shown.',
  'spc.warning.iconsWithheld':
    'The last partition has {points} usable points; at least {minPoints} are needed before the variation and assurance icons are shown.',
  'spc.warning.chartTooFewPoints':
    'The chart has {points} usable points; at least {minPoints} are needed before process limits and icons are shown.',
  'spc.warning.trialLimits':
    'Partition {partition} has only {points} usable points: its limits are trial limits and will change as points are added (at least {minPoints} are recommended).',
  'spc.warning.fewForRuns':
    'Partition {partition} has only {points} usable points; the runs analysis is reliable from about {minPoints}.',
  'spc.warning.limitsUnavailable':
    'Partition {partition} has too few usable points to calculate process limits.',
  'spc.warning.noVariation':
    'Partition {partition} shows no variation, so its process limits lie on the centre line.',
  'spc.warning.baselineSpecialCause':
    'The baseline of partition {partition} contains special cause variation, so the limits fixed from it may be misleading.',
  'spc.warning.baselineLonger':
    'The baseline of {baseline} points is longer than partition {partition} ({points} usable points), so all of its points were used.',
  'spc.warning.conflictImprovement':
    'Points with special cause on both sides (for example a trend one way and a shift the other): {count}. Each is shown as an improvement, the Making Data Count default.',
  'spc.warning.rebaseIgnored':
    'The limits are fixed from the first {baseline} points for the whole chart, so the recalculations are not applied (as in the Making Data Count single chart tool).',
  'spc.warning.conflictConcern':
    'Points with special cause on both sides (for example a trend one way and a shift the other): {count}. Each is shown as a concern, as the chart’s settings ask.',
  'spc.warning.conflictPrecedence':
    'Points with special cause on both sides (for example a trend one way and a shift the other): {count}. Each takes the side of the strongest rule: outside the limits, then trend, two of three, shift.',
  'spc.warning.targetNeutral':
    'A target was given but the improvement direction is neutral, so there is no assurance icon.',
  'spc.warning.targetChart':
    'Assurance icons are not given on a {chart}, so the target is not assessed.',
  'spc.warning.denominatorIgnored': 'Denominators (n) are not used on a {chart} and were ignored.',
  'spc.warning.rebaseNotFound': 'The rebase date {date} is after the last point and was ignored.',
  'spc.warning.valuesTooLarge':
    'Partition {partition} has values too large to calculate with (their sums or ranges go beyond the numbers a computer holds), so it has no centre line, limits or icons.',
  'spc.warning.sortedByDate':
    'The points were not in date order, so they were analysed in date order (point numbers follow that order).',
  'spc.warning.sortedByX':
    'The points were not in order of x, so they were analysed in order of x (point numbers follow that order).',
} as const satisfies MessagesLike;

/** The catalogue key of an `SpcWarning`'s message. */
export type SpcWarningKey = keyof typeof spcWarningsEn;
