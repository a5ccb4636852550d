import type { Measure } from '../schema/measure.js';
import type { Rules } from '../schema/options.js';

/**
 * The special-cause rules to judge a measure by: its own `rules` win, else `pageRules` (e.g. an
 * element's `rules` attribute), else `mdc`. Every element showing a measure's icons asks this, so
 * one measure never shows two verdicts on one page.
 */
export function measureRules(measure: Pick<Measure, 'rules'>, pageRules?: Rules): Rules {
  return measure.rules ?? pageRules ?? 'mdc';
}
