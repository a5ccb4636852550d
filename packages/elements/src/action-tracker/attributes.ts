import { frameworkPresets, type Framework, type Problem } from '@qms-kit/sdk';
import { notADate, notOneOf as notOneOfProblem } from '../internal/attribute-check.js';
import type { LocalizeController } from '../internal/localize.js';
import type { FrameworkInput } from './controllers/framework-input.js';
import { GROUPINGS, VIEWS } from './view.js';

/** The tracker's settings an attribute can set wrongly. */
export interface TrackerSettings {
  today: string | undefined;
  framework: unknown;
  view: string;
  groupBy: string;
}

/** What is wrong with the tracker's attributes, as problems shown above it. */
export function trackerAttributeProblems(
  i18n: LocalizeController,
  settings: TrackerSettings,
  frameworks: FrameworkInput,
  resolved: () => Framework | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const notOneOf = (name: string, value: unknown, allowed: readonly string[]) =>
    problems.push(notOneOfProblem(i18n, name, value, allowed));
  const today = notADate(i18n, 'today', settings.today);
  if (today) problems.push(today);
  const { framework, view, groupBy } = settings;
  if (typeof framework === 'string' && framework !== '' && !resolved()) {
    notOneOf('framework', framework, Object.keys(frameworkPresets));
  } else if (typeof framework === 'object' && framework !== null) {
    // A bad framework object is shown; the actions are still listed, without domain names.
    problems.push(...frameworks.check(framework).problems);
  }
  if (!(VIEWS as readonly string[]).includes(view)) notOneOf('view', view, VIEWS);
  if (!(GROUPINGS as readonly string[]).includes(groupBy)) {
    notOneOf('group-by', groupBy, GROUPINGS);
  }
  return problems;
}
